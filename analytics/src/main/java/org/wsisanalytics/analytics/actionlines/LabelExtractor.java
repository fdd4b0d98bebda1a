package org.wsisanalytics.analytics.actionlines;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the label written right after a notation: "C11 (E-Governance)", "Action Line C6 – Enabling
 * Environment", "Action Line 4: Capacity building", "Action Line 8 -> diversity".
 *
 * <p>A colon, dash or arrow is followed by a label only when what follows is short (at most
 * {@value #MAX_RUN_IN_WORDS} words up to the end of the line, sentence, '(' , ';' or '+'); longer text is a
 * description ("Action Line C2: Universal access to meaningful connectivity, and steps to ..."), and text after
 * a bold run-in ("**C3:** Cambodia's ...") is the item's body, so neither is read as a label.
 */
final class LabelExtractor {

    static final int MAX_RUN_IN_WORDS = 6;
    private static final int MAX_PARENTHESISED = 120;
    static final Pattern SEPARATOR = Pattern.compile("[ \\t]*(?:->|\\u2192|=>|[:\\u2013\\u2014]|-(?=[ \\t]))");
    static final Pattern RUN_IN_END = Pattern.compile("\\.(?=\\s|$)|[;(\\n+]|->|\\u2192");

    private LabelExtractor() {}

    static Optional<String> labelAfter(String text, int end) {
        int i = skipSpacesAndBold(text, end);
        if (i < text.length() && text.charAt(i) == '(') {
            return parenthesised(text, i);
        }
        Matcher separator = SEPARATOR.matcher(text).region(i, text.length());
        if (!separator.lookingAt() || text.startsWith("**", separator.end())) {
            return Optional.empty();
        }
        int from = skipSpacesAndBold(text, separator.end());
        Matcher stop = RUN_IN_END.matcher(text).region(from, text.length());
        int to = stop.find() ? stop.start() : text.length();
        String label = clean(text.substring(from, to));
        int words = label.isEmpty() ? 0 : label.split("\\s+").length;
        return words >= 1 && words <= MAX_RUN_IN_WORDS ? Optional.of(label) : Optional.empty();
    }

    private static Optional<String> parenthesised(String text, int open) {
        int close = text.indexOf(')', open + 1);
        if (close < 0
                || close - open > MAX_PARENTHESISED
                || text.substring(open, close).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        String label = clean(text.substring(open + 1, close));
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    static int skipSpacesAndBold(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.startsWith("**", i)) {
                i += 2;
            } else if (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static String clean(String label) {
        return label.replace("**", "").replaceAll("\\s+", " ").strip();
    }
}
