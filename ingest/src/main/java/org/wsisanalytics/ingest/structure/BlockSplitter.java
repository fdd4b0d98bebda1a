package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups cleaned lines into paragraphs, list items, table rows and Markdown headings. A blank line
 * ends a paragraph; lines of a hard-wrapped paragraph are joined with a space.
 */
final class BlockSplitter {

    /** "- ", "* ", "• ", "1. ", "2) ", "a. ", "b) ": markers a summary uses for list items. */
    static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•+–]|\\d{1,2}[.)]|[a-z][.)])\\s+\\S.*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");

    private BlockSplitter() {
    }

    static List<Block> split(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        Block.Kind currentKind = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(blocks, currentKind, current);
                current = null;
                continue;
            }
            Matcher heading = MARKDOWN_HEADING.matcher(line);
            if (raw.indexOf('\t') >= 0 || heading.matches()) {
                flush(blocks, currentKind, current);
                current = null;
                blocks.add(heading.matches() && raw.indexOf('\t') < 0
                        ? new Block(Block.Kind.MARKED_HEADING, heading.group(1))
                        : new Block(Block.Kind.TABLE_ROW, raw.strip()));
                continue;
            }
            if (LIST_MARKER.matcher(line).matches()) {
                flush(blocks, currentKind, current);
                current = new StringBuilder(line);
                currentKind = Block.Kind.LIST_ITEM;
            } else if (current == null) {
                current = new StringBuilder(line);
                currentKind = Block.Kind.PARAGRAPH;
            } else {
                current.append(' ').append(line);
            }
        }
        flush(blocks, currentKind, current);
        return blocks;
    }

    private static void flush(List<Block> blocks, Block.Kind kind, StringBuilder text) {
        if (text != null) {
            blocks.add(new Block(kind, text.toString()));
        }
    }
}
