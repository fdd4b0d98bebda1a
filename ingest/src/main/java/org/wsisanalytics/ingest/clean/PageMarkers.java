package org.wsisanalytics.ingest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page numbers that a conversion leaves as lines of their own: "- 1/9 -", "Page 3 of 12", "page 3",
 * "3 / 12", "– 4 –", "[5]", "Seite 3 von 12", and the bare "7" or "(7)". Only a whole line is a page
 * number; "in 2025 page 3 shows" is text. "(7)" counts as bare, because numbered paragraphs of legal texts
 * are written that way. A number with a total must not exceed it ("24/7" and
 * "2025/26" are not pages), and a year (1900 to 2099) is never a page number without a page word or a
 * total, so a cover's "2025" stays.
 */
public final class PageMarkers {

    private static final int MAX_LENGTH = 40;
    private static final Pattern DASHES = Pattern.compile("^[-–—]+\\s*(.*?)\\s*[-–—]+$");
    private static final Pattern BRACKETS = Pattern.compile("^[(\\[](.*)[)\\]]$");
    private static final Pattern NUMBER =
            Pattern.compile("(?i)(?:(page|p\\.|pg\\.?|pag\\.|pág\\.|seite|página|pagina)\\s*)?(\\d{1,4})"
                    + "(?:\\s*(?:/|of|de|von|sur|\\|)\\s*(\\d{1,4}))?");

    private PageMarkers() {}

    /**
     * True for a page number that says it is one, by decoration ("- 7 -", "[7]"), a page word ("Page 7")
     * or a total ("7 / 40"): such a line is removed wherever it stands.
     */
    public static boolean isMarked(String line) {
        return kind(line) == Kind.MARKED;
    }

    /** True for any page number, also a bare "7", which is only taken for one where pages meet. */
    public static boolean isPageNumber(String line) {
        return kind(line) != Kind.NONE;
    }

    private enum Kind {
        NONE,
        BARE,
        MARKED
    }

    private static Kind kind(String line) {
        String text = line.replace('\t', ' ').strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Kind.NONE;
        }
        boolean decorated = false;
        Matcher dashes = DASHES.matcher(text);
        Matcher brackets = BRACKETS.matcher(text);
        if (dashes.matches()) {
            text = dashes.group(1);
            decorated = true;
        } else if (brackets.matches() && pairs(text.charAt(0), text.charAt(text.length() - 1))) {
            decorated = text.charAt(0) == '[';
            text = brackets.group(1).strip();
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return Kind.NONE;
        }
        int page = Integer.parseInt(number.group(2));
        if (number.group(3) != null) {
            int total = Integer.parseInt(number.group(3));
            return page >= 1 && page <= total ? Kind.MARKED : Kind.NONE;
        }
        if (number.group(1) != null) {
            return Kind.MARKED;
        }
        if (page >= 1900 && page <= 2099) {
            return Kind.NONE;
        }
        return decorated ? Kind.MARKED : Kind.BARE;
    }

    private static boolean pairs(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']');
    }
}
