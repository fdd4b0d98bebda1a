package org.wsisanalytics.ingest.clean;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes footnote reference numbers that a conversion glued to the text: "(WSIS)1" → "(WSIS)",
 * "Society.2 The" → "Society. The", "governance3," → "governance,", "access,4 and" → "access, and", and
 * superscript digits after a word ("Society¹²"). The number must sit where a footnote mark sits: after a
 * closing bracket or quote, after a word's full stop or comma, or after a word of three or more lower-case
 * letters. So the rule keeps "C1", "G20", "5G", "SDG4", "H2", "IPv6", "TalkX2" (capitals or digits before
 * the number), "COVID-19", "ISO 27001", years, decimals ("2.6"), "No.2" and "Fig.3" (abbreviations in
 * {@code abbreviations-before-numbers.txt}), words that take a number ("Web3", "covid19", in
 * {@code numbered-words.txt}), exponents ("km²", "10⁶"), and addresses, paths and e-mail addresses as a whole.
 */
public final class FootnoteMarks {

    private static final Set<String> NUMBERED_WORDS = WordList.load("numbered-words.txt");
    private static final Set<String> ABBREVIATIONS = WordList.load("abbreviations-before-numbers.txt");
    /** Units that take a superscript exponent. */
    private static final Set<String> UNITS = Set.of("m", "cm", "mm", "km", "dm", "ft", "in", "mi", "yd");

    private static final String SUPERSCRIPT_DIGITS = "¹²³⁰⁴⁵⁶⁷⁸⁹";
    private static final String TAIL = "(?<tail>[.,;:!?)\\]\"”’]*)";
    private static final Pattern AFTER_BRACKET =
            Pattern.compile("(?<text>.*\\p{L}.*[)\\]\"”’])(?<mark>\\d{1,3})" + TAIL);
    private static final Pattern AFTER_PUNCTUATION =
            Pattern.compile("(?<text>.*?(?<word>\\p{L}{2,}))(?<punct>[.,;])(?<mark>\\d{1,3})" + TAIL);
    private static final Pattern AFTER_WORD =
            Pattern.compile("(?<text>[(\\[\"“‘]*(?<word>\\p{Lu}?\\p{Ll}{3,}))(?<mark>\\d{1,2})" + TAIL);
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<before>[^¹²³⁰⁴⁵⁶⁷⁸⁹]*)(?<mark>[¹²³⁰⁴⁵⁶⁷⁸⁹]+)");

    private FootnoteMarks() {}

    /** The line without the footnote numbers glued to its words. */
    public static String strip(String line) {
        return hasDigit(line) ? eachToken(line, FootnoteMarks::stripToken) : line;
    }

    /**
     * Only the superscript rule: for text whose footnote marks are known to be superscripts (an HTML page's
     * {@code <sup>}), so digits written on the line are left as they are.
     */
    public static String stripSuperscripts(String line) {
        return hasDigit(line) ? eachToken(line, FootnoteMarks::superscripts) : line;
    }

    /**
     * The line with {@code rule} applied to each of its tokens (runs of characters other than the whitespace of
     * {@code \s}) that holds a digit or a superscript digit; the whitespace between them is kept as it is. The
     * rules change no other token, and most tokens have no digit: skipping them spares a matcher per word.
     */
    private static String eachToken(String line, UnaryOperator<String> rule) {
        StringBuilder result = null;
        int length = line.length();
        int start = 0;
        while (start < length) {
            int end = start;
            boolean digit = false;
            while (end < length && !isSpace(line.charAt(end))) {
                digit |= isMarkDigit(line.charAt(end));
                end++;
            }
            if (digit) {
                String token = line.substring(start, end);
                String stripped = rule.apply(token);
                if (!stripped.equals(token) && result == null) {
                    result = new StringBuilder(length).append(line, 0, start);
                }
                if (result != null) {
                    result.append(stripped);
                }
            } else if (result != null) {
                result.append(line, start, end);
            }
            start = end;
            while (start < length && isSpace(line.charAt(start))) {
                start++;
            }
            if (result != null) {
                result.append(line, end, start);
            }
        }
        return result == null ? line : result.toString();
    }

    /** The whitespace of the patterns' {@code \s} (no Unicode flag): a no-break space belongs to its token. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A digit that the rules' patterns see: ASCII ({@code \d} without the Unicode flag) or superscript. */
    private static boolean isMarkDigit(char c) {
        return (c >= '0' && c <= '9') || SUPERSCRIPT_DIGITS.indexOf(c) >= 0;
    }

    static String stripToken(String token) {
        if (token.contains("/")
                || token.contains("@")
                || token.startsWith("<")
                || token.toLowerCase(Locale.ROOT).contains("www.")) {
            return token; // an address or a path: its digits are part of it
        }
        String text = superscripts(token);
        Matcher bracket = AFTER_BRACKET.matcher(text);
        if (bracket.matches()) {
            return bracket.group("text") + bracket.group("tail");
        }
        Matcher punctuation = AFTER_PUNCTUATION.matcher(text);
        if (punctuation.matches()
                && !(punctuation.group("punct").equals(".")
                        && ABBREVIATIONS.contains(punctuation.group("word").toLowerCase(Locale.ROOT)))) {
            return punctuation.group("text") + punctuation.group("punct") + punctuation.group("tail");
        }
        Matcher word = AFTER_WORD.matcher(text);
        if (word.matches() && !NUMBERED_WORDS.contains(word.group("word").toLowerCase(Locale.ROOT))) {
            return word.group("text") + word.group("tail");
        }
        return text;
    }

    /** Removes superscript digits after a word or punctuation; keeps them after a digit or a unit (exponents). */
    private static String superscripts(String token) {
        Matcher superscript = SUPERSCRIPT.matcher(token);
        StringBuilder result = new StringBuilder(token.length());
        int end = 0;
        while (superscript.find()) {
            String before = superscript.group("before");
            result.append(before);
            if (isExponentBase(result)) {
                result.append(superscript.group("mark"));
            }
            end = superscript.end();
        }
        result.append(token, end, token.length());
        return result.toString();
    }

    /** True after a digit ("10⁶") or after a unit that stands alone or follows a number ("km²", "100m²"). */
    private static boolean isExponentBase(CharSequence before) {
        int end = before.length();
        if (end == 0) {
            return true;
        }
        if (Character.isDigit(before.charAt(end - 1))) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        String unit = before.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        return UNITS.contains(unit) && (start == 0 || !Character.isLetter(before.charAt(start - 1)));
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c) || SUPERSCRIPT_DIGITS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
