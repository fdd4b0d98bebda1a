package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/**
 * Groups cleaned lines into paragraphs, list items, table rows and marked headings.
 * <p>
 * A blank line always ends a paragraph, but documents are not always kind enough to put one around
 * every paragraph or heading, so whether the next line goes on with the paragraph depends on how the
 * text was written ({@link LineRegime}):
 * <ul>
 * <li>one line per paragraph (a word processor's or a web page's text): a line is a paragraph of its
 * own, unless the line before stopped mid-sentence and this one starts in lower case (a paragraph that a
 * page break or a careless copy cut in two);</li>
 * <li>hard-wrapped text (every line cut near one width): a line goes on with the paragraph when its first
 * word would not have fitted on the line before (or that line stopped mid-sentence and this one starts in
 * lower case), except that a section's name, or a short heading-shaped line after a finished sentence, is
 * a heading of its own, and the line after a section's name starts a new paragraph.</li>
 * </ul>
 */
final class BlockSplitter {

    /** "- ", "* ", "• ", "1. ", "2) ", "a. ", "b) ": markers a summary uses for list items. */
    static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•+–▪◦]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S.*");

    private static final Pattern MARKED_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][\"'”’)\\]]*$");
    private static final Pattern STARTS_LOWER_CASE = Pattern.compile("^[\\p{Ll}(\\[“\"‘'].*");
    /** A contents entry with its page number after a space ("Introduction 3"), as PDF-to-text writes one. */
    private static final Pattern ENDS_IN_PAGE_NUMBER = Pattern.compile(".*\\p{L}\\S*\\s+\\d{1,3}$");

    private static final Pattern STARTS_UPPER_CASE = Pattern.compile("^\\p{Lu}.*");

    private BlockSplitter() {}

    /** Splits text in which no line is known to be a section's name. */
    static List<Block> split(List<String> lines) {
        return split(lines, List.of(), line -> false);
    }

    /** Splits text in which no line's location is known. */
    static List<Block> split(List<String> lines, Predicate<String> sectionName) {
        return split(lines, List.of(), sectionName);
    }

    /**
     * @param locations where each line is in the input file, one per line (or empty where that is not known)
     * @param sectionName lines that are a section's name ("Introduction", "Key challenges"): in hard-wrapped
     *                    text such a line is a heading even right under a full line
     */
    static List<Block> split(List<String> lines, List<TextLocation> locations, Predicate<String> sectionName) {
        LineRegime regime = LineRegime.of(lines);
        List<Block> blocks = new ArrayList<>();
        Open open = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.strip();
            TextLocation where = locations.isEmpty() ? null : locations.get(i);
            if (line.isEmpty()) {
                open = flush(blocks, open);
                continue;
            }
            Matcher heading = MARKED_HEADING.matcher(line);
            if (raw.indexOf('\t') >= 0) {
                open = flush(blocks, open);
                blocks.add(new Block(Block.Kind.TABLE_ROW, line, 0, anchorsAt(where)));
            } else if (heading.matches() && !heading.group(2).isEmpty()) {
                open = flush(blocks, open);
                blocks.add(new Block(
                        Block.Kind.MARKED_HEADING,
                        heading.group(2),
                        heading.group(1).length(),
                        anchorsAt(where)));
            } else if (LIST_MARKER.matcher(line).matches() && !dashRunOn(open, line, regime)) {
                flush(blocks, open);
                open = new Open(Block.Kind.LIST_ITEM, line, where);
            } else if (open != null && goesOn(open, line, regime, sectionName)) {
                open.append(line, where);
            } else {
                flush(blocks, open);
                open = new Open(Block.Kind.PARAGRAPH, line, where);
            }
        }
        flush(blocks, open);
        return blocks;
    }

    private static boolean goesOn(Open open, String line, LineRegime regime, Predicate<String> sectionName) {
        String last = open.lastLine;
        boolean midSentence = !SENTENCE_END.matcher(last).matches();
        if (midSentence && STARTS_LOWER_CASE.matcher(line).matches()) {
            return true;
        }
        if (!regime.hardWrapped()) {
            return false;
        }
        if (open.lines == 1 && open.kind == Block.Kind.PARAGRAPH && sectionName.test(last)) {
            return false; // the open "paragraph" is a section heading: what follows is its text
        }
        if (isShortHeading(line) && (sectionName.test(line) || !midSentence && !regime.full(line))) {
            return false;
        }
        // A contents entry and the next: wrapped text does not end a line on a number before a capital.
        if (ENDS_IN_PAGE_NUMBER.matcher(last).matches()
                && STARTS_UPPER_CASE.matcher(line).matches()) {
            return false;
        }
        // A line of wrapped text falls short of the width only where its paragraph or heading ends, or where a
        // proportional font's line (a PDF's text) broke before a word that counts as fitting: then a bracket it
        // opens closes on the next line.
        return regime.wrapsInto(last, line) || closesOpenBracket(last, line);
    }

    /** The line leaves a bracket open ("... (Costa") that the next line closes before opening another. */
    private static boolean closesOpenBracket(String last, String line) {
        int open = 0;
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            open += c == '(' ? 1 : c == ')' && open > 0 ? -1 : 0;
        }
        int close = line.indexOf(')');
        int reopen = line.indexOf('(');
        return open > 0 && close > 0 && (reopen < 0 || close < reopen);
    }

    /**
     * "– Part I" under a full line that did not finish its sentence is the rest of that line, not a list item:
     * hard wrapping breaks before a dash as readily as before a word.
     */
    private static boolean dashRunOn(Open open, String line, LineRegime regime) {
        return open != null
                && open.kind == Block.Kind.PARAGRAPH
                && (line.startsWith("– ") || line.startsWith("— "))
                && !SENTENCE_END.matcher(open.lastLine).matches()
                && regime.wrapsInto(open.lastLine, line);
    }

    private static boolean isShortHeading(String line) {
        return HeadingDetector.isHeadingShaped(new Block(Block.Kind.PARAGRAPH, line));
    }

    private static Open flush(List<Block> blocks, Open open) {
        if (open != null) {
            blocks.add(new Block(open.kind, open.text.toString(), 0, open.anchors));
        }
        return null;
    }

    private static List<TextAnchor> anchorsAt(TextLocation where) {
        return where == null ? List.of() : List.of(new TextAnchor(0, where));
    }

    /** The paragraph or list item being filled, with where each of its lines is. */
    private static final class Open {
        private final Block.Kind kind;
        private final StringBuilder text;
        private final List<TextAnchor> anchors = new ArrayList<>();
        private String lastLine;
        private int lines = 1;

        Open(Block.Kind kind, String line, TextLocation where) {
            this.kind = kind;
            this.text = new StringBuilder(line);
            this.lastLine = line;
            anchor(0, where);
        }

        void append(String line, TextLocation where) {
            text.append(Block.joint(lastLine, line));
            anchor(text.length(), where);
            text.append(line);
            lastLine = line;
            lines++;
        }

        private void anchor(int offset, TextLocation where) {
            boolean same = !anchors.isEmpty()
                    && anchors.get(anchors.size() - 1).location().equals(where);
            if (where != null && !same) {
                anchors.add(new TextAnchor(offset, where));
            }
        }
    }
}
