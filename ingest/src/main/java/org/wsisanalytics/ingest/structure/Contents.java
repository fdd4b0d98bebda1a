package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's table of contents, in whatever rendition it comes, so that its entries never
 * become sessions or headings. An entry is
 * <ul>
 * <li>a line ending in dot leaders and a page number ("Introduction ........ 3", "Part I … 12");</li>
 * <li>a two-cell row of a title and a page number (a Word contents field, a PDF line with a tab stop);</li>
 * <li>a title followed by a page number ("Leaders TalkX: Click to govern 34") when the same title is
 * written again later in the document (perhaps wrapped over two or three lines), where its section really
 * starts; the page number may stand on the line
 * under the title, as a PDF's text conversion writes a right-aligned page number column;</li>
 * <li>any line under a "Contents" heading that is written again later, or has a page number, up to the
 * first line that is neither.</li>
 * </ul>
 */
final class Contents {

    private static final Pattern DOT_LEADERS = Pattern.compile("(?:\\.\\s?){3,}\\s*\\d{0,4}\\s*$|…\\s*\\d{0,4}\\s*$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("^(.*?\\S)\\s+(?:p\\.\\s*)?\\d{1,3}$");
    private static final Pattern HEADING =
            Pattern.compile("(?i)^(?:table\\s+of\\s+)?contents?:?$|^sommaire$|^índice$|^contenido$|^inhalt$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:p\\.\\s*)?\\d{1,4}");
    private static final int MAX_ENTRY_WORDS = 40;
    private static final int MAX_TITLE_LINES = 3;

    private Contents() {}

    /** The line is a contents entry by its own shape (dot leaders). */
    static boolean isEntry(String line) {
        return DOT_LEADERS.matcher(line.strip()).find();
    }

    /** The blocks without the contents heading and entries. */
    static List<Block> remove(List<Block> blocks) {
        Map<String, Integer> lastWritten = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            // A title may wrap over two or three lines where it is written again (a PDF's text conversion).
            String joined = "";
            for (int n = i; n < Math.min(blocks.size(), i + MAX_TITLE_LINES); n++) {
                joined = joined + " " + blocks.get(n).text();
                lastWritten.put(key(joined), i);
            }
        }
        List<Block> kept = new ArrayList<>(blocks.size());
        boolean inContents = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text().strip();
            if (HEADING.matcher(text).matches()) {
                inContents = true;
                continue;
            }
            boolean pageBelow = i + 1 < blocks.size() && isBarePage(blocks.get(i + 1));
            boolean entry = isEntry(text)
                    || isPageRow(block)
                    || titleWithPage(text, i, lastWritten)
                    || pageBelow && writtenAgain(text, i + 1, lastWritten);
            if (inContents && !entry) {
                entry = block.kind() != Block.Kind.TABLE_ROW
                        && words(text) <= MAX_ENTRY_WORDS
                        && lastWritten.get(key(text)) > i;
            }
            if (entry) {
                if (pageBelow) {
                    i++;
                }
                continue;
            }
            inContents = false;
            kept.add(block);
        }
        return kept;
    }

    private static boolean isPageRow(Block block) {
        if (block.kind() != Block.Kind.TABLE_ROW) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : block.text().split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells.size() == 2
                && PAGE_NUMBER.matcher(cells.get(1)).matches()
                && !PAGE_NUMBER.matcher(cells.get(0)).matches();
    }

    private static boolean isBarePage(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH
                && PAGE_NUMBER.matcher(block.text().strip()).matches();
    }

    private static boolean writtenAgain(String text, int after, Map<String, Integer> lastWritten) {
        return !PAGE_NUMBER.matcher(text).matches()
                && words(text) <= MAX_ENTRY_WORDS
                && lastWritten.getOrDefault(key(text), -1) > after;
    }

    private static boolean titleWithPage(String text, int index, Map<String, Integer> lastWritten) {
        Matcher matcher = TRAILING_PAGE.matcher(text);
        return matcher.matches()
                && words(text) <= MAX_ENTRY_WORDS
                && lastWritten.getOrDefault(key(matcher.group(1)), -1) > index;
    }

    /**
     * Compared without case, punctuation, spacing and hyphens: a contents entry is often cut or styled differently,
     * and a PDF's text conversion drops the hyphen of a word it joins again ("knowledge-" / "driven").
     */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[-‐]\\s*", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static int words(String text) {
        return HeadingDetector.words(text).size();
    }
}
