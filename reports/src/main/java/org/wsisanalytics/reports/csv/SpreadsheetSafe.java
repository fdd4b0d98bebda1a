package org.wsisanalytics.reports.csv;

/**
 * Neutralises text that a spreadsheet would run as a formula when the CSV is opened (OWASP "CSV
 * injection"): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return gets a leading single quote.
 *
 * <p>Only text goes through here. Numbers and booleans the exporter produces itself (indexes,
 * counts, flags) are written as they are, so a number is never turned into text. Text is quoted
 * even when it looks harmless ("-cmd", "- a dash title", "@ITU"): a document is untrusted input and
 * telling a harmless "-" from a dangerous one would need a formula parser.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    /** The value to write for a text cell: empty for {@code null}, quoted if it could start a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsFormula(value.charAt(0)) ? "'" + value : value;
    }

    private static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
