package org.wsisanalytics.ingest.odt;

import java.util.regex.Pattern;

/** Character clean-up and list numbers, shared by the parts of the OpenDocument reader. */
final class OdtText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private OdtText() {}

    /** No-break spaces become spaces; zero-width characters and soft hyphens go. */
    static String normalise(String text) {
        return INVISIBLE
                .matcher(text.replace('\u00A0', ' ').replace('\u202F', ' '))
                .replaceAll("");
    }

    /**
     * A list number in an OpenDocument {@code style:num-format}: "1", "a"/"A" (a..z, aa..zz as Writer counts),
     * "i"/"I"; an unknown format is written in digits.
     */
    static String number(int count, String format) {
        if (count < 1) {
            return Integer.toString(count);
        }
        return switch (format) {
            case "a" -> letters(count).toLowerCase(java.util.Locale.ROOT);
            case "A" -> letters(count);
            case "i" -> roman(count).toLowerCase(java.util.Locale.ROOT);
            case "I" -> roman(count);
            default -> Integer.toString(count);
        };
    }

    private static String letters(int count) {
        return String.valueOf((char) ('A' + (count - 1) % 26)).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        StringBuilder result = new StringBuilder();
        int rest = count;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                result.append(ROMAN[i]);
            }
        }
        return result.toString();
    }
}
