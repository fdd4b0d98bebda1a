package org.wsisanalytics.analytics.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one pattern that finds candidate figures: an optional currency, a number (with ',' or a space, thin space or
 * no-break space as thousands separator, and decimals), an optional scale ("million", "lakh", "bn", "M"), an
 * optional '+', then a percent sign or word, or a currency after the number. Whether a candidate is a figure is
 * decided from its context by {@link FigureDetector}.
 */
final class NumberPattern {

    static final Pattern PATTERN = Pattern.compile(
            // The look-ahead lets the matcher pass over most positions after one character test.
            "(?=[\\dUECG$\u20AC\u00A3])(?:(?<cur>US\\s?\\$|USD|EUR|CHF|GBP|[$\u20AC\u00A3])\\s?)?"
                    + "(?<num>\\d{1,3}(?:[,\u00A0\u2009\u202F ]\\d{3})+(?!\\d)|\\d+)(?<dec>\\.\\d+)?"
                    + "(?:\\s?(?<scale>(?i:thousand|million|billion|trillion|lakhs?|crores?))(?!\\p{L})"
                    + "|(?<abbr>bn|mn|tn|M|m|k|K)(?![\\p{L}\\d])|\\s(?<spacedAbbr>bn|mn)(?!\\p{L}))?"
                    + "(?<plus>\\+)?"
                    + "(?<pct>\\s?%|\\s(?:percent|per\\s?cent)(?!\\p{L}))?"
                    + "(?<curAfter>\\s(?:US dollars|dollars|euros|Swiss francs|USD|EUR|CHF|GBP)(?!\\p{L}))?");

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", new BigDecimal("1e3")),
            Map.entry("k", new BigDecimal("1e3")),
            Map.entry("lakh", new BigDecimal("1e5")),
            Map.entry("lakhs", new BigDecimal("1e5")),
            Map.entry("million", new BigDecimal("1e6")),
            Map.entry("m", new BigDecimal("1e6")),
            Map.entry("mn", new BigDecimal("1e6")),
            Map.entry("crore", new BigDecimal("1e7")),
            Map.entry("crores", new BigDecimal("1e7")),
            Map.entry("billion", new BigDecimal("1e9")),
            Map.entry("bn", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")),
            Map.entry("tn", new BigDecimal("1e12")));

    private NumberPattern() {}

    /** The scale word or abbreviation of the match, or null. */
    static String scale(Matcher m) {
        String scale = m.group("scale");
        if (scale == null) {
            scale = m.group("abbr");
        }
        if (scale == null) {
            scale = m.group("spacedAbbr");
        }
        return scale;
    }

    /** The number with its scale applied, without trailing zeros: "2.6 billion" is 2600000000. */
    static BigDecimal value(Matcher m) {
        String digits = m.group("num").replaceAll("[^0-9]", "") + (m.group("dec") == null ? "" : m.group("dec"));
        BigDecimal value = new BigDecimal(digits);
        String scale = scale(m);
        if (scale != null) {
            value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The ISO 4217 code of the currency written before or after the number, or null. */
    static String currency(Matcher m) {
        String written = m.group("cur") != null ? m.group("cur") : m.group("curAfter");
        if (written == null) {
            return null;
        }
        String c = written.strip().replace(" ", "");
        return switch (c) {
            case "$", "US$", "USD", "dollars", "USdollars" -> "USD";
            case "\u20AC", "EUR", "euros" -> "EUR";
            case "\u00A3", "GBP" -> "GBP";
            default -> "CHF";
        };
    }

    /** A plain four-digit number from 1900 to 2099, with nothing attached: a year. */
    static boolean isYear(Matcher m) {
        String num = m.group("num");
        return num.length() == 4
                && m.group("dec") == null
                && scale(m) == null
                && m.group("pct") == null
                && m.group("plus") == null
                && m.group("cur") == null
                && m.group("curAfter") == null
                && (num.startsWith("19") || num.startsWith("20"));
    }
}
