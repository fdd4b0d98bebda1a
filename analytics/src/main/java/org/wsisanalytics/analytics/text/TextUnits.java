package org.wsisanalytics.analytics.text;

/**
 * The units a statement is made in: a list item as a whole (its sentences belong together: "- Kenya: ... . This
 * serves C2."), else a sentence. A section's paragraphs are separated by a blank line, and a list item is a
 * paragraph or line that starts with a list marker ({@link ListItems}). Not thread-safe: one per section.
 */
public final class TextUnits {

    /** A unit's bounds in the text. */
    public record Unit(int start, int end) {

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final String text;
    private final SectionSentences sentences;

    public TextUnits(String text) {
        this.text = text;
        this.sentences = new SectionSentences(text);
    }

    /** The list item holding the offset, or else the sentence holding it. */
    public Unit at(int offset) {
        Sentence sentence = sentences.at(offset);
        // Back over the lines of the sentence's paragraph until one starts a list item.
        for (int start = lineStart(sentence.start()); ; start = lineStart(start - 1)) {
            String line = line(start);
            if (line.isBlank()) {
                break;
            }
            if (ListItems.startsItem(line)) {
                return new Unit(start, itemEnd(start));
            }
            if (start == 0) {
                break;
            }
        }
        return new Unit(sentence.start(), sentence.end());
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private String line(int start) {
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** Where the item starting at {@code start} ends: at a blank line, the next item's line, or the text's end. */
    private int itemEnd(int start) {
        int end = text.indexOf('\n', start);
        while (end >= 0) {
            int next = text.indexOf('\n', end + 1);
            String line = text.substring(end + 1, next < 0 ? text.length() : next);
            if (line.isBlank() || ListItems.startsItem(line)) {
                return end;
            }
            end = next;
        }
        return text.length();
    }
}
