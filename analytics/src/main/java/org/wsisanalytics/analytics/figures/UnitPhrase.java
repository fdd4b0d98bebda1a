package org.wsisanalytics.analytics.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a count: the short noun phrase right after the number, up to and including its head noun
 * ("people", "elderly people", "innovative companies", "Youth Computer Clubs"), at most three words.
 *
 * <p>Without a part-of-speech tagger the head is recognised by its form: the first plural-looking word (ending in
 * "s", or an irregular plural such as "people" or "children"). Failing that, a run of capitalised words
 * ("American Big Tech") is a name and is taken whole; otherwise the first word is the unit only when the number
 * has a scale word ("2 million youth"). Function words end the phrase ("2.6 billion in 2025" has no unit).
 */
final class UnitPhrase {

    private static final int MAX_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("\\G[ \\t]*\\n?[ \\t]*(\\p{L}[\\p{L}\\p{M}'\u2019\\-]*)");
    private static final Set<String> IRREGULAR_PLURALS =
            Set.of("people", "children", "women", "men", "staff", "personnel", "schoolchildren");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "with",
            "by",
            "and",
            "or",
            "but",
            "nor",
            "as",
            "than",
            "that",
            "which",
            "who",
            "whom",
            "whose",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "has",
            "have",
            "had",
            "will",
            "would",
            "can",
            "could",
            "may",
            "might",
            "must",
            "should",
            "shall",
            "does",
            "do",
            "did",
            "still",
            "remain",
            "remains",
            "every",
            "each",
            "per",
            "across",
            "over",
            "under",
            "into",
            "through",
            "out",
            "up",
            "down",
            "about",
            "around",
            "worldwide",
            "since",
            "during",
            "while",
            "not",
            "now",
            "only",
            "also",
            "already",
            "more",
            "less",
            "this",
            "these",
            "those",
            "their",
            "its",
            "his",
            "her",
            "our",
            "your",
            "it",
            "they",
            "we",
            "he",
            "she",
            "via",
            "between",
            "among",
            "amongst",
            "within",
            "without",
            "including",
            "such",
            "so",
            "if",
            "when",
            "where",
            "after",
            "before",
            "until",
            "always",
            "thus",
            "perhaps",
            "against",
            "towards",
            "toward",
            "alone",
            "all",
            "both",
            "some",
            "most",
            "other");
    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private UnitPhrase() {}

    /**
     * The unit after {@code from} in {@code text}.
     *
     * @param scaled whether the number has a scale word, which makes a single non-plural word acceptable
     * @return the unit and where it ends; an empty unit ending at {@code from} when there is none
     */
    static Unit after(String text, int from, boolean scaled) {
        List<String> words = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(from, text.length());
        while (words.size() < MAX_WORDS && m.find()) {
            String word = trimWord(m.group(1));
            if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(word);
            ends.add(m.start(1) + word.length());
            m.region(m.end(), text.length());
        }
        for (int i = 0; i < words.size(); i++) {
            if (isPlural(words.get(i))) {
                return new Unit(String.join(" ", words.subList(0, i + 1)), ends.get(i));
            }
        }
        int capitalised = 0;
        while (capitalised < words.size()
                && Character.isUpperCase(words.get(capitalised).charAt(0))) {
            capitalised++;
        }
        if (capitalised >= 2) {
            return new Unit(String.join(" ", words.subList(0, capitalised)), ends.get(capitalised - 1));
        }
        if (scaled && !words.isEmpty()) {
            return new Unit(words.get(0), ends.get(0));
        }
        return new Unit("", from);
    }

    /** True when the first word after {@code from} is a month: the number is a day of a date. */
    static boolean startsWithMonth(String text, int from) {
        Matcher m = WORD.matcher(text);
        m.region(from, text.length());
        return m.find() && MONTHS.contains(trimWord(m.group(1)).toLowerCase(Locale.ROOT));
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PLURALS.contains(lower)) {
            return true;
        }
        return lower.length() >= 4
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is");
    }

    private static String trimWord(String word) {
        int end = word.length();
        while (end > 1 && "'\u2019-".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    /** A unit and the offset just past it (where the figure's text ends). */
    record Unit(String text, int end) {}
}
