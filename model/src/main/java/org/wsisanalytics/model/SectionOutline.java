package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A section of a session without its text: what the reports show about it.
 *
 * @param heading the heading as written in the document (empty for text before the first heading)
 * @param type the canonical kind of section
 * @param words number of words in the body, counted as {@link Section#words()} counts them
 */
public record SectionOutline(String heading, SectionType type, int words) {

    public SectionOutline {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(type, "type");
        Requires.notNegative(words, "words");
    }
}
