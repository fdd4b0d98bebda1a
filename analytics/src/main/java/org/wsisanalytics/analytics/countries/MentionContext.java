package org.wsisanalytics.analytics.countries;

import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.model.CountryMentionKind;

/**
 * Reads the words around a matched form to tell a mention from a false friend and to find its kind.
 * All offsets are into the {@link FoldedText}.
 */
final class MentionContext {

    /** Max. capitalised words between a country word and an organisation's head word ("National AI Task Force"). */
    private static final int ORG_WORDS = 6;

    private static final Set<String> CONNECTORS = Set.of("and", "for", "of", "the", "on", "de", "&");
    /** The rest of a list of capitalised words: ", Chinese", " and Spanish", ", and Russian". */
    private static final Pattern LIST_ITEM =
            Pattern.compile("(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)\\p{Lu}\\p{L}*");
    /** "Georgia, USA", "Georgia (US)": the US state. */
    private static final Pattern US_STATE_SUFFIX =
            Pattern.compile("(?:,\\s?|\\s?\\()(?:USA|U\\.S\\.A?\\.?|US|United States)(?![\\p{L}\\p{N}])");

    private static final int MAX_GIVEN_NAMES = 2;

    private final FoldedText text;
    private final Gazetteer gazetteer;

    MentionContext(FoldedText text, Gazetteer gazetteer) {
        this.text = text;
        this.gazetteer = gazetteer;
    }

    /**
     * Whether the form at [start, end) is not a country here: a personal name after a title ("Mr. Jordan",
     * "Ms. Hala Jordan"),
     * the pronoun "US" in a heading written in capitals ("LET US BUILD", "JOIN US"), the currency "US$", or the
     * US state Georgia ("Atlanta, Georgia").
     */
    boolean isFalseFriend(Alias alias, int start, int end) {
        if (isPersonalName(start)) {
            return true;
        }
        if (text.slice(start, end).equals("US")) {
            if (end < text.length() && text.charAt(end) == '$') {
                return true;
            }
            String previous = previousWord(start);
            String next = nextWord(end);
            return isCapitalsWord(previous) && (isCapitalsWord(next) || next.isEmpty() && !previous.equals("THE"));
        }
        if ("GE".equals(alias.iso2()) && alias.kind() == Alias.Kind.NAME) {
            return US_STATE_SUFFIX
                            .matcher(CharBuffer.wrap(text.chars(), 0, text.length()))
                            .region(end, text.length())
                            .lookingAt()
                    || previousText(start, 9).equals("Atlanta, ");
        }
        return false;
    }

    /** The kind of a mention at [start, end), {@code end} before any possessive. */
    CountryMentionKind kind(Alias alias, int start, int end, boolean possessive) {
        CountryMentionKind base =
                alias.kind() == Alias.Kind.DEMONYM ? CountryMentionKind.DEMONYM : CountryMentionKind.NAME;
        if (possessive) {
            return base;
        }
        if (headsFollow(end) || headPrecedes(start)) {
            return CountryMentionKind.ORG;
        }
        if (base == CountryMentionKind.DEMONYM && (languageFollows(end) || languagePrecedes(start, end))) {
            return CountryMentionKind.LANGUAGE;
        }
        if (base == CountryMentionKind.DEMONYM && pastPeriodFollows(end)) {
            return CountryMentionKind.HISTORICAL;
        }
        return base;
    }

    /** "the Russian occupation", "British colonial rule", "Portuguese-era": a phrase of past-period-words.tsv. */
    private boolean pastPeriodFollows(int end) {
        if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '-')) {
            return false;
        }
        for (List<String> phrase : gazetteer.pastPeriods()) {
            int p = end;
            boolean matches = true;
            for (String word : phrase) {
                if (p >= text.length() || (text.charAt(p) != ' ' && text.charAt(p) != '-')) {
                    matches = false;
                    break;
                }
                int to = wordEnd(p + 1);
                if (!text.slice(p + 1, to).toLowerCase(Locale.ROOT).equals(word)) {
                    matches = false;
                    break;
                }
                p = to;
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** The end of a list of capitalised words that continues the word ending at {@code end}, or {@code end}. */
    private int listEnd(int end) {
        Matcher item = LIST_ITEM.matcher(CharBuffer.wrap(text.chars(), 0, text.length()));
        int p = end;
        while (item.region(p, text.length()).lookingAt()) {
            p = item.end();
        }
        return p;
    }

    /** "the Latvian language", "French and Spanish interpretation", "Spanish-speaking". */
    private boolean languageFollows(int end) {
        int p = listEnd(end);
        if (p >= text.length() || (text.charAt(p) != ' ' && text.charAt(p) != '-')) {
            return false;
        }
        return gazetteer.isLanguageWord("after", text.slice(p + 1, wordEnd(p + 1)));
    }

    /**
     * "in French", "translated into Russian", "in Arabic, Chinese and Spanish": a "before" word opens the list
     * that holds the adjective, and nothing after the list makes it an adjective ("in Chinese cities").
     */
    private boolean languagePrecedes(int start, int end) {
        int p = start;
        while (!gazetteer.isLanguageWord("before", wordBefore(p))) {
            String word = wordBefore(p);
            if (word.equals("and") || word.equals("or")) {
                p -= word.length() + 1;
            } else if (p < 2 || text.charAt(p - 1) != ' ' || text.charAt(p - 2) != ',') {
                return false;
            }
            // Back over " " or ", " to the list item before: a capitalised word.
            int q = p > 0 && text.charAt(p - 1) == ' ' ? p - 1 : p;
            q = q > 0 && text.charAt(q - 1) == ',' ? q - 1 : q;
            int from = q;
            while (from > 0 && FoldedText.isWordChar(text.charAt(from - 1))) {
                from--;
            }
            if (from == q || !Character.isUpperCase(text.charAt(from))) {
                return false;
            }
            p = from;
        }
        int after = listEnd(end);
        if (after >= text.length() || text.charAt(after) == '\n') {
            return true;
        }
        if (text.charAt(after) != ' ') {
            return !FoldedText.isWordChar(text.charAt(after)) && text.charAt(after) != '-';
        }
        String next = text.slice(after + 1, wordEnd(after + 1));
        return next.isEmpty() || gazetteer.isLanguageWord("then", next) || gazetteer.isLanguageWord("after", next);
    }

    /** "Nigerian Communications Commission", "Bangladesh NGOs Network for Radio": capitalised words up to a head. */
    private boolean headsFollow(int end) {
        int p = end;
        for (int words = 0; words < ORG_WORDS; words++) {
            if (p >= text.length() || text.charAt(p) != ' ') {
                return false;
            }
            int from = p + 1;
            int to = wordEnd(from);
            if (to == from) {
                if (from < text.length() && text.charAt(from) == '&') {
                    p = from + 1;
                    continue;
                }
                return false;
            }
            String word = text.slice(from, to);
            if (Character.isUpperCase(word.charAt(0))) {
                if (gazetteer.isOrgHead(word)) {
                    return true;
                }
            } else if (!CONNECTORS.contains(word)) {
                return false;
            }
            p = to;
        }
        return false;
    }

    /** "Independent Communications Authority of South Africa": a head, capitalised words, "of" [the]. */
    private boolean headPrecedes(int start) {
        int p = start;
        String word = wordBefore(p);
        if (word.equals("the")) {
            p -= word.length() + 1;
            word = wordBefore(p);
        }
        if (!word.equals("of")) {
            return false;
        }
        p -= word.length() + 1;
        for (int words = 0; words < ORG_WORDS; words++) {
            word = wordBefore(p);
            if (word.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                if (gazetteer.isOrgHead(word)) {
                    return true;
                }
            } else if (!CONNECTORS.contains(word)) {
                return false;
            }
            p -= word.length() + 1;
        }
        return false;
    }

    /** The word (letters, digits) that ends one space before {@code start}, or "". */
    private String wordBefore(int start) {
        int end = start - 1;
        if (end < 0 || text.charAt(end) != ' ') {
            return "";
        }
        int from = end;
        while (from > 0 && (FoldedText.isWordChar(text.charAt(from - 1)) || text.charAt(from - 1) == '&')) {
            from--;
        }
        return text.slice(from, end);
    }

    /**
     * Whether the word at {@code start} is part of a person's name: a title right before it, or before one or two
     * given names written with a capital ("Mr. Jordan", "Ms. Hala Jordan", "Dr. Anna-Maria Chad").
     */
    private boolean isPersonalName(int start) {
        int at = start;
        for (int names = 0; names <= MAX_GIVEN_NAMES; names++) {
            String previous = previousNamePart(at);
            if (isHonorific(previous)) {
                return true;
            }
            if (!isGivenName(previous)) {
                return false;
            }
            int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
            at = end - previous.length();
        }
        return false;
    }

    /** The token before {@code at} across one space, with its dots and hyphens ("Dr.", "Anna-Maria"), or "". */
    private String previousNamePart(int at) {
        int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
        int from = end;
        while (from > 0
                && (FoldedText.isWordChar(text.charAt(from - 1))
                        || text.charAt(from - 1) == '.'
                        || text.charAt(from - 1) == '-')) {
            from--;
        }
        return text.slice(from, end);
    }

    private static boolean isGivenName(String word) {
        return word.length() >= 2
                && Character.isUpperCase(word.charAt(0))
                && Character.isLowerCase(word.charAt(1))
                && word.indexOf('.') < 0;
    }

    /** The token before {@code start} across one space, with its dots ("Mr.", "H.E."), or "". */
    private String previousWord(int start) {
        int end = start;
        if (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && (FoldedText.isWordChar(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        return text.slice(from, end);
    }

    private String nextWord(int end) {
        int from = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        return text.slice(from, wordEnd(from));
    }

    private String previousText(int start, int length) {
        return start >= length ? text.slice(start - length, start) : "";
    }

    private int wordEnd(int from) {
        int to = from;
        while (to < text.length() && FoldedText.isWordChar(text.charAt(to))) {
            to++;
        }
        return to;
    }

    private boolean isHonorific(String token) {
        String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        // A title listed with its full stop ("M.") needs it: "M" alone is an initial or a letter.
        return !word.isEmpty() && (gazetteer.isHonorific(word) || token.endsWith(".") && gazetteer.isHonorific(token));
    }

    private static boolean isCapitalsWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i)) && !Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
