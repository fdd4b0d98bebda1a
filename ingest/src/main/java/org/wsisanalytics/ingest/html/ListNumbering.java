package org.wsisanalytics.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The numbers a browser shows before the items of an ordered list: {@code start}, {@code reversed},
 * {@code type} ("1", "a", "A", "i", "I") or a CSS {@code list-style-type} in the style attribute, and an
 * item's {@code value}, which restarts the count from there. Letters count like a browser's lower-alpha
 * (z, aa, ab), not like Word (z, aa, bb).
 */
final class ListNumbering {

    private static final Pattern STYLE_TYPE = Pattern.compile("(?i)list-style(?:-type)?\\s*:\\s*([a-z-]+)");

    enum Style {
        DECIMAL,
        LOWER_ALPHA,
        UPPER_ALPHA,
        LOWER_ROMAN,
        UPPER_ROMAN,
        NONE
    }

    private final Style style;
    private final boolean reversed;
    private int next;

    private ListNumbering(Style style, boolean reversed, int first) {
        this.style = style;
        this.reversed = reversed;
        this.next = first;
    }

    /** The numbering of an {@code ol}; {@code items} is how many {@code li} it holds (a reversed list counts down from it). */
    static ListNumbering of(Element list, int items) {
        boolean reversed = list.hasAttr("reversed");
        Integer start = integer(list.attr("start"));
        return new ListNumbering(style(list), reversed, start != null ? start : reversed ? items : 1);
    }

    /** The marker of the next item ("3.", "c.", "iv."), or {@code null} for a list styled without markers. */
    String marker(Element item) {
        Integer value = integer(item.attr("value"));
        int number = value != null ? value : next;
        next = reversed ? number - 1 : number + 1;
        return style == Style.NONE ? null : format(number) + ".";
    }

    String format(int number) {
        if (number < 1) {
            return Integer.toString(number); // browsers fall back to decimal where letters and numerals have none
        }
        return switch (style) {
            case LOWER_ALPHA -> letters(number).toLowerCase(Locale.ROOT);
            case UPPER_ALPHA -> letters(number);
            case LOWER_ROMAN -> roman(number).toLowerCase(Locale.ROOT);
            case UPPER_ROMAN -> roman(number);
            default -> Integer.toString(number);
        };
    }

    private static Style style(Element list) {
        Matcher css = STYLE_TYPE.matcher(list.attr("style"));
        if (css.find()) {
            switch (css.group(1).toLowerCase(Locale.ROOT)) {
                case "lower-alpha", "lower-latin" -> {
                    return Style.LOWER_ALPHA;
                }
                case "upper-alpha", "upper-latin" -> {
                    return Style.UPPER_ALPHA;
                }
                case "lower-roman" -> {
                    return Style.LOWER_ROMAN;
                }
                case "upper-roman" -> {
                    return Style.UPPER_ROMAN;
                }
                case "none" -> {
                    return Style.NONE;
                }
                case "decimal", "decimal-leading-zero" -> {
                    return Style.DECIMAL;
                }
                default -> {}
            }
        }
        // The type attribute is case-sensitive: "a" and "A" differ.
        return switch (list.attr("type").strip()) {
            case "a" -> Style.LOWER_ALPHA;
            case "A" -> Style.UPPER_ALPHA;
            case "i" -> Style.LOWER_ROMAN;
            case "I" -> Style.UPPER_ROMAN;
            default -> Style.DECIMAL;
        };
    }

    /** Bijective base 26, as CSS counts: A..Z, AA..AZ, BA... */
    private static String letters(int number) {
        StringBuilder result = new StringBuilder();
        for (int rest = number; rest > 0; rest = (rest - 1) / 26) {
            result.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return result.toString();
    }

    private static String roman(int number) {
        if (number >= 4000) {
            return Integer.toString(number); // no numeral in the usual notation
        }
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder result = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                result.append(symbols[i]);
            }
        }
        return result.toString();
    }

    private static Integer integer(String value) {
        try {
            return value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null; // browsers ignore a start or value that is not a number
        }
    }
}
