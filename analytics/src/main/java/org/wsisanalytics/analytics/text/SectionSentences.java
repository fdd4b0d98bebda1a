package org.wsisanalytics.analytics.text;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.TextLocation;

/**
 * The sentences of one section's text as evidence for the mentions found in it. The text is split only when the
 * first mention asks for its sentence (most sections of a document mention nothing a given detector looks for),
 * and each sentence's plain text is computed once however many mentions it holds. Lookups are fastest for offsets
 * in increasing order, the order in which a detector finds its mentions. Not thread-safe: one per section.
 */
public final class SectionSentences {

    private final String text;
    private final Section section;
    private List<Sentence> sentences;
    private String[] plainTexts;
    private int current;

    /** The sentences of a text whose location in its input file is not known. */
    public SectionSentences(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.section = null;
    }

    /** The sentences of the section's text, each located in the input file by the section's anchors. */
    public SectionSentences(Section section) {
        this.text = section.text();
        this.section = section;
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

    /**
     * Where the sentence {@link #at(int) at} the offset is in the input file ("p. 36", "lines 2061–2063"), or
     * {@code null} when that is not known.
     */
    public TextLocation locationAt(int offset) {
        if (section == null) {
            return null;
        }
        Sentence sentence = at(offset);
        return section.location(sentence.start(), sentence.end());
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
