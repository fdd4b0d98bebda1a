package org.wsisanalytics.analytics.actionlines;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.data.ReferenceFile;

/**
 * Reads characters that look like ASCII ones (Cyrillic "С", fullwidth "５", a Roman-numeral "Ⅽ") as their ASCII
 * twins, from {@code confusables.tsv}. The folding replaces one UTF-16 unit by one, so the folded text has the
 * length of the original and an offset found in one is the same offset in the other: matching runs on the folded
 * text, evidence is cut from the original.
 */
final class Confusables {

    static final String FILE = "confusables.tsv";

    private static final Pattern CODE_POINTS = Pattern.compile("U\\+(\\p{XDigit}{4})(?:\\.\\.U\\+(\\p{XDigit}{4}))?");
    private static final Table TABLE = load(ReferenceFile.bundled(Confusables.class, FILE, "'" + FILE + "'"));

    private Confusables() {}

    /** The text with every listed character replaced by its ASCII twin; the same instance when none occurs. */
    static String fold(String text) {
        return TABLE.fold(text);
    }

    static Table load(ReferenceFile file) {
        TreeMap<Character, Character> map = new TreeMap<>();
        for (ReferenceFile.Row row : file.rows()) {
            List<String> c = file.columns(row, 2, 3, "2 or 3 tab-separated columns (from, to, note)");
            Matcher from = CODE_POINTS.matcher(c.get(0));
            Matcher to = CODE_POINTS.matcher(c.get(1));
            if (!from.matches() || !to.matches() || to.group(2) != null) {
                throw file.error(
                        row,
                        "write a code point or range as U+0421 or U+FF01..U+FF5E, then the code "
                                + "point of the ASCII character it is read as, e.g. U+0043.");
            }
            int first = Integer.parseInt(from.group(1), 16);
            int last = from.group(2) == null ? first : Integer.parseInt(from.group(2), 16);
            int target = Integer.parseInt(to.group(1), 16);
            if (last < first || first < 0x80 || target < 0x20 || target + (last - first) > 0x7E) {
                throw file.error(
                        row,
                        "the characters folded must lie above U+007F and their twins within the "
                                + "printable ASCII characters U+0020..U+007E.");
            }
            for (int cp = first; cp <= last; cp++) {
                Character previous = map.put((char) cp, (char) (target + cp - first));
                if (previous != null) {
                    throw file.error(row, String.format("U+%04X is listed twice; keep one line for it.", cp));
                }
            }
        }
        return new Table(map);
    }

    /** The folding as two sorted arrays, searched only for characters at or above the lowest one listed. */
    static final class Table {
        private final char[] from;
        private final char[] to;

        private Table(TreeMap<Character, Character> map) {
            from = new char[map.size()];
            to = new char[map.size()];
            int i = 0;
            for (var entry : map.entrySet()) {
                from[i] = entry.getKey();
                to[i] = entry.getValue();
                i++;
            }
        }

        String fold(String text) {
            if (from.length == 0) {
                return text;
            }
            char lowest = from[0];
            char[] folded = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < lowest) {
                    continue;
                }
                int k = Arrays.binarySearch(from, c);
                if (k >= 0) {
                    if (folded == null) {
                        folded = text.toCharArray();
                    }
                    folded[i] = to[k];
                }
            }
            return folded == null ? text : new String(folded);
        }
    }
}
