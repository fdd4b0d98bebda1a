package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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

    /** The words after a suspended hyphen: "short- and long-term", "public- or private-sector". */
    private static final Pattern SUSPENDED_HYPHEN = Pattern.compile("(?:and|or|to|nor|as well as)\\b");

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

    /** This block with the next one's text after it on the same line ({@link #joint}); its anchors follow. */
    Block joinedWith(Block next) {
        String head = text.stripTrailing();
        String tail = next.text().strip();
        String joint = joint(head, tail);
        int shift = head.length()
                + joint.length()
                - (next.text().length() - next.text().stripLeading().length());
        List<TextAnchor> joined = new ArrayList<>(anchors);
        for (TextAnchor anchor : next.anchors()) {
            joined.add(new TextAnchor(Math.max(0, anchor.offset() + shift), anchor.location()));
        }
        return new Block(kind, head + joint + tail, level, joined);
    }

    /**
     * What goes between a line and the next line of its paragraph: nothing after a word's hyphen when the next
     * line goes on in lower case ("knowledge-" / "driven", "e-" / "services": the hyphen stays, as a line-end
     * hyphen is as often a word's own as a broken word's), a space otherwise, also after a suspended hyphen
     * ("short-" / "and long-term").
     */
    static String joint(String line, String next) {
        boolean hyphen = line.length() > 1
                && line.endsWith("-")
                && Character.isLetter(line.charAt(line.length() - 2))
                && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0))
                && !SUSPENDED_HYPHEN.matcher(next).lookingAt();
        return hyphen ? "" : " ";
    }

    boolean isOneLineText() {
        return (kind == Kind.PARAGRAPH || kind == Kind.MARKED_HEADING) && text.indexOf('\t') < 0;
    }
}
