package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A headed part of a session's summary.
 *
 * @param heading the heading as written in the document (empty for text before the first heading)
 * @param type the canonical kind of section
 * @param text the section's body text, paragraphs separated by a blank line
 */
public record Section(String heading, SectionType type, String text) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** Number of words in the body, counted as runs of letters or digits. */
    public int words() {
        return WordCount.of(text);
    }
}
