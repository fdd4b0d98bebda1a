package org.wsisanalytics.analytics.text;

import java.util.List;
import java.util.Objects;

/**
 * The sentences of one section's text as evidence for the mentions found in it. The text is split only when the
 * first mention asks for its sentence (most sections of a document mention nothing a given detector looks for),
 * and each sentence's plain text is computed once however many mentions it holds. Lookups are fastest for offsets
 * in increasing order, the order in which a detector finds its mentions. Not thread-safe: one per section.
 */
public final class SectionSentences {

    private final String text;
    private List<Sentence> sentences;
    private String[] plainTexts;
    private int current;

    public SectionSentences(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The sentence holding the offset, or else the last one starting before it (or the first sentence). */
    public Sentence at(int offset) {
        return sentences().get(indexAt(offset));
    }

    /** The {@linkplain Sentence#plainText() plain text} of the sentence {@link #at(int) at} the offset. */
    public String plainTextAt(int offset) {
        int index = indexAt(offset);
        if (plainTexts[index] == null) {
            plainTexts[index] = sentences.get(index).plainText();
        }
        return plainTexts[index];
    }

    private int indexAt(int offset) {
        List<Sentence> all = sentences();
        if (current > 0 && all.get(current).start() > offset) {
            current = 0;
        }
        while (current + 1 < all.size() && all.get(current + 1).start() <= offset) {
            current++;
        }
        return current;
    }

    private List<Sentence> sentences() {
        if (sentences == null) {
            sentences = SentenceSplitter.split(text);
            if (sentences.isEmpty()) {
                throw new IllegalStateException("A mention was found in a section without text; it has no sentence.");
            }
            plainTexts = new String[sentences.size()];
        }
        return sentences;
    }
}
