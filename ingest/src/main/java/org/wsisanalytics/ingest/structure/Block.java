package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/**
 * One paragraph-level piece of the cleaned text.
 *
 * @param kind what the piece looks like
 * @param text the text as written, lines of a wrapped paragraph joined by a space (a table row keeps its tabs)
 * @param level a marked heading's level (1 is the top level: Word "Heading 1", HTML h1, Markdown "#",
 *              a PDF's largest heading size); 0 for every other kind
 * @param anchors where the text is in the input file, offsets in {@code text} (empty where it is not known)
 */
record Block(Kind kind, String text, int level, List<TextAnchor> anchors) {

    enum Kind {
        /** Ordinary text, possibly a heading: that is decided in context by {@link HeadingDetector}. */
        PARAGRAPH,
        /** "- item", "1. item", "a) item": kept with its marker. */
        LIST_ITEM,
        /** A line with tab-separated cells. */
        TABLE_ROW,
        /** A heading the reader marked ("#" x level; the marker removed). */
        MARKED_HEADING
    }

    Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.MARKED_HEADING) != (level > 0)) {
            throw new IllegalArgumentException(
                    "a marked heading has a level from 1, other blocks 0: " + kind + " " + level);
        }
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
    }

    /** A block whose location is not known. */
    Block(Kind kind, String text, int level) {
        this(kind, text, level, List.of());
    }

    /** The same text as another kind of block. */
    Block as(Kind other) {
        return new Block(other, text, 0, anchors);
    }

    /** A block that is not a marked heading. */
    Block(Kind kind, String text) {
        this(kind, text, 0);
    }

    /**
     * Where a piece of the block's text is in the input file (a title without its prefix or run-in by-line): the
     * lines, paragraph or page its first occurrence spans, all of the block's where the text does not hold it;
     * {@code null} where the block's location is not known.
     */
    TextLocation locationOf(String piece) {
        int at = text.indexOf(piece);
        return at < 0
                ? TextAnchor.location(anchors, 0, text.length())
                : TextAnchor.location(anchors, at, at + piece.length());
    }

    boolean isOneLineText() {
        return (kind == Kind.PARAGRAPH || kind == Kind.MARKED_HEADING) && text.indexOf('\t') < 0;
    }
}
