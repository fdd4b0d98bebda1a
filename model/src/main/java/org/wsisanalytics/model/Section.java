package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * A headed part of a session's summary.
 *
 * @param heading the heading as written in the document (empty for text before the first heading)
 * @param type the canonical kind of section
 * @param text the section's body text, paragraphs separated by a blank line
 * @param anchors where the body's text is in the input file, in increasing offset order (empty where the reader
 *                gave no locations)
 * @param headingLocation where the heading is in the input file, or {@code null} where it is not known (or the
 *                section has no heading)
 */
public record Section(
        String heading, SectionType type, String text, List<TextAnchor> anchors, TextLocation headingLocation) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
        for (int i = 1; i < anchors.size(); i++) {
            if (anchors.get(i).offset() < anchors.get(i - 1).offset()) {
                throw new IllegalArgumentException("anchors out of order at " + anchors.get(i));
            }
        }
    }

    /** A section whose heading's location is not known. */
    public Section(String heading, SectionType type, String text, List<TextAnchor> anchors) {
        this(heading, type, text, anchors, null);
    }

    /** A section whose text's location is not known. */
    public Section(String heading, SectionType type, String text) {
        this(heading, type, text, List.of());
    }

    /**
     * The heading as a section of its own, its text the heading and located where the heading is: the unit in which
     * detectors look for what a heading names ("The Estonian Experience").
     */
    public Section headingAsSection() {
        return oneLine(heading, type, headingLocation);
    }

    /**
     * A section of one line headed by its own text and located at {@code location} ({@code null} where not known):
     * a heading or title given to the detectors as text of its own.
     */
    public static Section oneLine(String line, SectionType type, TextLocation location) {
        return new Section(
                line, type, line, location == null ? List.of() : List.of(new TextAnchor(0, location)), location);
    }

    /** Number of words in the body, counted as runs of letters or digits. */
    public int words() {
        return WordCount.of(text);
    }

    /**
     * Where the text from {@code start} to {@code end} is in the input file: the locations of every anchored run it
     * overlaps, joined ("lines 2061–2063"); {@code null} where the section has no anchors.
     */
    public TextLocation location(int start, int end) {
        return TextAnchor.location(anchors, start, end);
    }
}
