package org.wsisanalytics.analytics.text;

import java.util.regex.Pattern;

/** Recognises lines that start a list item: bullets, "1.", "a)", "(b)", or a bold run-in label. */
final class ListItems {

    private static final Pattern MARKER =
            Pattern.compile("^[ \\t]*(?:[-*\u2022\u25AA\u25E6\u2013\u2014](?=[ \\t])|\\d{1,2}[.)](?=[ \\t])"
                    + "|[a-z][.)](?=[ \\t])|\\([a-z0-9]{1,3}\\)(?=[ \\t]))[ \\t]*");
    private static final Pattern BOLD_START = Pattern.compile("^[ \\t]*\\*\\*(?=\\S)");

    private ListItems() {}

    /** True when the line begins a new list item (and so a new sentence). */
    static boolean startsItem(CharSequence line) {
        return MARKER.matcher(line).lookingAt() || BOLD_START.matcher(line).lookingAt();
    }

    /** The text without its leading list marker (bold markers are left for the caller). */
    static String stripMarker(String text) {
        return MARKER.matcher(text).replaceFirst("");
    }
}
