package org.wsisanalytics.ingest.structure;

import java.util.Arrays;
import java.util.List;

/**
 * How a text's lines relate to its paragraphs: one line per paragraph, or hard-wrapped near one width
 * (text saved from an e-mail, a terminal or a PDF-to-text tool). Hard-wrapped text has a ceiling: most
 * of its prose lines end within a few characters of one width, and none is much longer.
 *
 * @param width the wrap width, or 0 when the text is not hard-wrapped
 */
record LineRegime(int width) {

    private static final int MIN_LINES = 8;
    private static final int MAX_WRAP_WIDTH = 132;
    private static final double FULL = 0.75;
    private static final double SHARE_NEAR_WIDTH = 0.4;

    static LineRegime of(List<String> lines) {
        int[] lengths = lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && line.indexOf('\t') < 0 && !line.startsWith("#"))
                .mapToInt(String::length)
                .sorted()
                .toArray();
        if (lengths.length < MIN_LINES) {
            return new LineRegime(0);
        }
        int width = lengths[(int) Math.floor(0.95 * (lengths.length - 1))];
        // A few longer lines (a web address, a pasted table) do not make wrapped text unwrapped.
        if (width > MAX_WRAP_WIDTH || lengths[(int) Math.floor(0.99 * (lengths.length - 1))] > width * 1.3) {
            return new LineRegime(0);
        }
        long nearWidth =
                Arrays.stream(lengths).filter(length -> length >= width * FULL).count();
        return new LineRegime(nearWidth >= lengths.length * SHARE_NEAR_WIDTH ? width : 0);
    }

    boolean hardWrapped() {
        return width > 0;
    }

    /**
     * The next line's first word would not have fitted on the line, so the break may be the wrapping's
     * rather than the writer's. A line that stops short with room for the next word ended its paragraph
     * or heading.
     */
    boolean wrapsInto(String line, String next) {
        if (!hardWrapped()) {
            return false;
        }
        String stripped = next.strip();
        int space = stripped.indexOf(' ');
        int firstWord = space < 0 ? stripped.length() : space;
        return line.strip().length() + 1 + firstWord > width;
    }

    /** The line reaches near the wrap width. */
    boolean full(String line) {
        return hardWrapped() && line.strip().length() >= width * FULL;
    }
}
