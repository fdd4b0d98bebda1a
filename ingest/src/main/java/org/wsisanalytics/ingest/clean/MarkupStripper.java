package org.wsisanalytics.ingest.clean;

import java.util.regex.Pattern;

/**
 * Removes formatting that converters leave in the text (HTML tags from table cells, Markdown bold)
 * while keeping every word. Only known inline tag names are removed, so an autolink such as
 * {@code <https://www.itu.int/...>} or a comparison "a < b" survives.
 */
final class MarkupStripper {

    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(?:p|i|b|u|em|strong|span|div|sup|sub|font|a|td|tr|th|li|ul|ol|h[1-6])(?:\\s[^<>]*)?/?>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");

    private MarkupStripper() {}

    static String strip(String line) {
        String text = LINE_BREAK_TAG.matcher(line).replaceAll(" ");
        text = INLINE_TAG.matcher(text).replaceAll("");
        text = BOLD.matcher(text).replaceAll("");
        return decodeEntities(text);
    }

    // The handful of entities that HTML-to-text converters leave behind; &amp; last so "&amp;lt;" stays "&lt;".
    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
