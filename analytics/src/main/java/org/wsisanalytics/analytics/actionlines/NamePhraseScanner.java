package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds action lines referred to by name in one pass over a text, with one pattern compiled from the catalog that
 * matches either action-line wording ("action line", "action lines") or any catalog wording of a line, tried only
 * where a word begins as one of them does ({@link WordStarts}).
 *
 * <p>A name is marked as an action line ({@link NamePhrase#worded()}) when the wording comes right before it with
 * "on", "for", "of", "concerning", "regarding" or "about" ("the action line on e-environment", "Action Line on
 * Capacity Building"), when it follows such a name in a list after plural wording ("the action lines on media
 * and on ethics"), or when the wording follows it directly ("the capacity-building action line", "the media and
 * ethics action lines"). Other names are returned as bare phrases only when they are distinctive, that is of two
 * or more words or a C7 sub-line: whether a bare name counts depends on where it stands, which the caller knows.
 *
 * <p>A phrase takes in a "the" and a "WSIS" written before it ("the WSIS action line on e-environment", "the
 * enabling environment"). Wording followed by a number ("Action Line C6", "Action Lines 1 and 3") is a numeric
 * notation and marks no name. Wording and name are joined by white space holding at most one line break, so a
 * heading or a paragraph ending in a name does not join the wording that opens the next one.
 */
final class NamePhraseScanner {

    private static final String BLANK = "[ \\t\\u00A0\\r]";
    /** White space with at most one line break. */
    private static final String SPACE = "(?:" + BLANK + "*\\n" + BLANK + "*|" + BLANK + "+)";

    private static final String HYPHEN = "[-\\u2010\\u2011]";
    private static final String HYPHEN_OR_SPACE = "(?:" + SPACE + "|" + BLANK + "*" + HYPHEN + BLANK + "*)";
    private static final String WORD_SEPARATOR = "(?:," + SPACE + "?|" + HYPHEN_OR_SPACE + ")";
    private static final String NUMBER_AFTER = "(?!" + SPACE + "(?:no\\.?" + BLANK + "*)?(?:c?\\d"
            + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?![\\p{L}\\p{N}])))";
    private static final String WORDING =
            "(?<wording>action" + HYPHEN_OR_SPACE + "line(?<plural>s)?" + "(?![\\p{L}\\p{N}])" + NUMBER_AFTER + ")";

    private static final Pattern CONNECTOR = gap(SPACE + "(?:on|for|of|concerning|regarding|about)" + SPACE);
    private static final Pattern LIST = gap(BLANK + "*(?:," + SPACE + "?(?:(?:and|or)" + SPACE + ")?|" + SPACE
            + "(?:and|or|&|as" + SPACE + "well" + SPACE + "as)" + SPACE + ")(?:(?:on|for|of)" + SPACE + ")?");
    private static final Pattern DIRECT = gap(HYPHEN_OR_SPACE);

    private final Pattern pattern;
    private final List<CatalogEntry> alternatives;
    private final boolean[] distinctive;
    private final WordStarts starts = new WordStarts();

    NamePhraseScanner(ActionLineCatalog catalog) {
        // Longest wording first: Java takes the first alternative that matches, and "Access to information" must
        // win over "Access".
        this.alternatives = catalog.entries().stream()
                .sorted(Comparator.comparingInt(
                                (CatalogEntry entry) -> entry.text().length())
                        .reversed())
                .toList();
        this.distinctive = new boolean[alternatives.size()];
        StringBuilder names = new StringBuilder();
        starts.add("action");
        for (int i = 0; i < alternatives.size(); i++) {
            CatalogEntry entry = alternatives.get(i);
            List<String> words = words(entry.text());
            distinctive[i] = entry.kind() == CatalogEntry.Kind.SUB_LINE || words.size() >= 2;
            starts.add(String.join(" ", words));
            names.append(i == 0 ? "" : "|")
                    .append("(?<e")
                    .append(i)
                    .append('>')
                    .append(regex(words))
                    .append(')');
        }
        // A "the" or "WSIS" before a match is taken into its phrase afterwards (see wordBefore) rather than by the
        // pattern: "the" is the commonest word, and trying the pattern at each one cost more than all the rest.
        this.pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}]" + HYPHEN + ")(?:" + WORDING + "|(?<name>" + names + ")(?![\\p{L}\\p{N}]))",
                Pattern.CASE_INSENSITIVE);
    }

    /** The names found in the text, in text order: those marked by wording, and distinctive bare ones. */
    List<NamePhrase> scan(String text) {
        List<NamePhrase> found = new ArrayList<>();
        List<Token> pending = new ArrayList<>();
        Token wording = null;
        NamePhrase listed = null;
        // Transparent bounds let the look-behind see the text before the region, as find() would.
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while ((from = nextCandidate(text, from)) < text.length()) {
            if (!matcher.region(from, text.length()).lookingAt()) {
                from++;
                continue;
            }
            from = matcher.end();
            Token token = token(text, matcher);
            if (token.entry() == null) {
                boolean follows = !pending.isEmpty()
                        && !token.article()
                        && joins(DIRECT, text, pending.get(pending.size() - 1).end(), token.start());
                if (follows) {
                    acceptBeforeWording(pending, token, found);
                } else {
                    addBare(pending, found);
                }
                pending.clear();
                wording = follows ? null : token;
                listed = null;
            } else if (wording != null && joins(CONNECTOR, text, wording.end(), token.start())) {
                listed = worded(token, wording.start(), token.end(), found);
                listed = wording.plural() ? listed : null;
                wording = null;
            } else if (listed != null && joins(LIST, text, listed.end(), token.start())) {
                listed = worded(token, token.start(), token.end(), found);
                wording = null;
            } else {
                wording = null;
                listed = null;
                if (pending.isEmpty()
                        || !joins(LIST, text, pending.get(pending.size() - 1).end(), token.start())) {
                    addBare(pending, found);
                    pending.clear();
                }
                pending.add(token);
            }
        }
        addBare(pending, found);
        found.sort(Comparator.comparingInt(NamePhrase::start));
        return found;
    }

    /**
     * The first offset from {@code from} on where a match can begin, or the text's length. Trying the pattern only
     * there gives the matches of {@code find()}, which would try (and fail at) every other offset too.
     */
    private int nextCandidate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (starts.startsAt(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** "the media and ethics action lines": plural wording marks every name of the list, singular the last. */
    private void acceptBeforeWording(List<Token> names, Token wording, List<NamePhrase> found) {
        Token last = names.get(names.size() - 1);
        List<Token> before = names.subList(0, names.size() - 1);
        if (wording.plural()) {
            before.forEach(name -> worded(name, name.start(), name.end(), found));
        } else {
            addBare(before, found);
        }
        worded(last, last.start(), wording.end(), found);
    }

    private static NamePhrase worded(Token name, int start, int end, List<NamePhrase> found) {
        NamePhrase phrase = new NamePhrase(name.entry(), start, end, name.nameStart(), name.nameEnd(), true);
        found.add(phrase);
        return phrase;
    }

    private void addBare(List<Token> names, List<NamePhrase> found) {
        for (Token name : names) {
            if (distinctive[name.alternative()]) {
                found.add(new NamePhrase(
                        name.entry(), name.start(), name.end(), name.nameStart(), name.nameEnd(), false));
            }
        }
    }

    private Token token(String text, Matcher matcher) {
        int wsis = wordBefore(text, matcher.start(), "wsis");
        int from = wsis >= 0 ? wsis : matcher.start();
        int the = wordBefore(text, from, "the");
        int start = the >= 0 ? the : from;
        if (matcher.group("wording") != null) {
            return new Token(null, -1, start, matcher.end(), -1, -1, matcher.group("plural") != null, the >= 0);
        }
        for (int i = 0; i < alternatives.size(); i++) {
            if (matcher.start("e" + i) >= 0) {
                return new Token(
                        alternatives.get(i), i, start, matcher.end(), matcher.start(), matcher.end(), false, the >= 0);
            }
        }
        throw new IllegalStateException("no alternative matched " + matcher.group());
    }

    /** The offset of the word ("the", "wsis") written right before the offset, or -1 when another word is. */
    private static int wordBefore(String text, int offset, String word) {
        int i = offset;
        int lineBreaks = 0;
        while (i > 0 && " \t\u00A0\r\n".indexOf(text.charAt(i - 1)) >= 0) {
            lineBreaks += text.charAt(i - 1) == '\n' ? 1 : 0;
            i--;
        }
        int start = i - word.length();
        boolean found = i < offset
                && lineBreaks <= 1
                && start >= 0
                && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
        return found ? start : -1;
    }

    private static boolean joins(Pattern gap, String text, int from, int to) {
        return from <= to && gap.matcher(text).region(from, to).matches();
    }

    /** A catalog wording as a pattern: words apart by a space or hyphen (or a comma), "&amp;" for "and", final "s". */
    private static String regex(List<String> words) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0) {
                regex.append(WORD_SEPARATOR);
            }
            regex.append(word.equalsIgnoreCase("and") || word.equals("&") ? "(?:and|&)" : Pattern.quote(word));
        }
        return regex.append("s?").toString();
    }

    /** The words of a catalog wording, without a leading "The" (the pattern takes "the" before any name). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("[\\s\\-\\u2010\\u2011]+")) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}&]", "");
            if (!bare.isEmpty()
                    && !(words.isEmpty() && bare.toLowerCase(Locale.ROOT).equals("the"))) {
                words.add(bare);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("The catalog wording '" + text + "' has no words.");
        }
        return words;
    }

    private static Pattern gap(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** One match: action-line wording (entry null) or a name with its leading "the". */
    private record Token(
            CatalogEntry entry,
            int alternative,
            int start,
            int end,
            int nameStart,
            int nameEnd,
            boolean plural,
            boolean article) {}
}
