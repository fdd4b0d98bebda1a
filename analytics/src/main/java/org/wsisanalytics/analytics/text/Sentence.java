package org.wsisanalytics.analytics.text;

import java.util.regex.Pattern;

/**
 * One sentence of a text, located by character offsets.
 *
 * @param start offset of the sentence's first character in the text
 * @param end offset just past its last character (its terminal punctuation, if any)
 * @param paragraphStart offset where the paragraph holding it begins (paragraphs are separated by a blank line)
 * @param text the sentence exactly as written, {@code text.substring(start, end)}
 */
public record Sentence(int start, int end, int paragraphStart, String text) {

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public Sentence {
        if (start < 0 || end <= start || paragraphStart < 0 || paragraphStart > start) {
            throw new IllegalArgumentException("bad sentence bounds " + paragraphStart + "/" + start + "-" + end);
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("sentence text must span " + start + "-" + end);
        }
    }

    /** True when the offset lies within this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * The sentence as readable evidence: Markdown bold markers and a leading list bullet removed,
     * line breaks and runs of spaces collapsed to one space.
     */
    public String plainText() {
        String plain = EMPHASIS.matcher(text).replaceAll("");
        plain = ListItems.stripMarker(plain);
        return WHITESPACE.matcher(plain).replaceAll(" ").strip();
    }
}
