package org.wsisanalytics.ingest.structure;

import java.util.Objects;

/**
 * One paragraph-level piece of the cleaned text.
 *
 * @param kind what the piece looks like
 * @param text the text as written, lines of a wrapped paragraph joined by a space (a table row keeps its tabs)
 */
record Block(Kind kind, String text) {

    enum Kind {
        /** Ordinary text, possibly a heading: that is decided in context by {@link HeadingDetector}. */
        PARAGRAPH,
        /** "- item", "1. item", "a) item": never a heading, kept with its marker. */
        LIST_ITEM,
        /** A line with tab-separated cells. */
        TABLE_ROW,
        /** A Markdown "# heading" (the marker removed). */
        MARKED_HEADING
    }

    Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    boolean isOneLineText() {
        return (kind == Kind.PARAGRAPH || kind == Kind.MARKED_HEADING) && text.indexOf('\t') < 0;
    }
}
