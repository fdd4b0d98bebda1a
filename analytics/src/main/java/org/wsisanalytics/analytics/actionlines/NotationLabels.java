package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text that label or describe a numeric notation. A name found there is part of a numeric
 * mention, not a reference by name only:
 * <ul>
 * <li>after the notation: a label in parentheses ("C3 (Access to information)"), and text after a colon, dash,
 * arrow, "on", "for" or "of" ("Action Line C6 – Enabling Environment", "ACTION LINE C6 ON ENABLING
 * ENVIRONMENTS", "**C7 (ICT Applications):** AI and e-government solutions") or after the point of a notation
 * that opens its line ("C5. Building confidence and security"), up to the end of the sentence or line, a ';',
 * '(', '+' or arrow;</li>
 * <li>before a notation in parentheses: the clause it closes ("shaping enabling environments (Action Line C1)",
 * "improving access to information and digital literacy (C3)"), back to the previous punctuation.</li>
 * </ul>
 */
final class NotationLabels {

    private static final int MAX_PARENTHESISED = 120;
    private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:on|for|of)[ \\t\\u00A0]+");
    private static final String CLAUSE_BOUNDARIES = ",;:.!?\n()";

    private final List<int[]> spans;

    private NotationLabels(List<int[]> spans) {
        this.spans = spans;
    }

    /** The labels of every notation in the text (found with {@link NotationScanner}). */
    static NotationLabels of(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Notation notation : NotationScanner.scan(text)) {
            int after = labelEnd(text, notation);
            if (after > notation.end()) {
                spans.add(new int[] {notation.end(), after});
            }
            int before = clauseStartBefore(text, notation.start());
            if (before >= 0) {
                spans.add(new int[] {before, notation.start()});
            }
        }
        return new NotationLabels(spans);
    }

    /** True when the stretch from start to end overlaps a notation's label. */
    boolean covers(int start, int end) {
        return spans.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    private static int labelEnd(String text, Notation notation) {
        int end = notation.end();
        int i = LabelExtractor.skipSpacesAndBold(text, end);
        if (i < text.length() && text.charAt(i) == '(') {
            int close = text.indexOf(')', i + 1);
            if (close < 0
                    || close - i > MAX_PARENTHESISED
                    || text.substring(i, close).indexOf('\n') >= 0) {
                return end;
            }
            end = close + 1;
            i = LabelExtractor.skipSpacesAndBold(text, end);
        }
        int from = runInStart(text, i, notation);
        if (from < 0) {
            return end;
        }
        Matcher stop = LabelExtractor.RUN_IN_END.matcher(text).region(from, text.length());
        return stop.find() ? Math.max(end, stop.start()) : text.length();
    }

    /** Where a run-in label or description after the notation begins, or -1 when none follows. */
    private static int runInStart(String text, int i, Notation notation) {
        if (i >= text.length()) {
            return -1;
        }
        Matcher separator = LabelExtractor.SEPARATOR.matcher(text).region(i, text.length());
        if (separator.lookingAt()) {
            return separator.end();
        }
        Matcher connector = CONNECTOR.matcher(text).region(i, text.length());
        if (connector.lookingAt()) {
            return connector.end();
        }
        return text.charAt(i) == '.' && opensLine(text, notation.start()) ? i + 1 : -1;
    }

    private static boolean opensLine(String text, int start) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (" \t\u00A0*-\u2022(".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The start of the clause a parenthesised notation closes, or -1 when the notation is not in parentheses. */
    private static int clauseStartBefore(String text, int start) {
        int open = start - 1;
        while (open >= 0 && (text.charAt(open) == ' ' || text.charAt(open) == '*')) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return -1;
        }
        int from = open;
        while (from > 0 && CLAUSE_BOUNDARIES.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return from < open ? from : -1;
    }
}
