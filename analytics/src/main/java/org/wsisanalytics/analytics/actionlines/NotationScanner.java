package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric action-line notations in one pass over a text with a single precompiled pattern.
 *
 * <p>Recognised: a bare code "C1".."C11" ("C3", "C5.", "(C3)", each element of "C1, C3, C4");
 * a prefixed reference "Action Line C2", "WSIS Action Line C6", "AL C5", "ALs C3, C4", "Action Line 4",
 * "Action Line One" (number words one to eleven), "ACTION LINE C6", "Action Line C-7"; and after a plural prefix
 * the further elements of a list ("Action Lines 1, 3 and 5", "Action Lines One and Two"). Look-alike characters
 * ("С5" with a Cyrillic С, fullwidth "Ｃ５") are read as ASCII first ({@link Confusables}).
 *
 * <p>A bare code in lower case or written apart ("c5", "C 5", "C.5", "C. 5", "C-5") is weak: outline numbers,
 * grades and models are written so too, so it counts only in a list with a plain code ("C1, C 3 and C5") or
 * where the text links to action lines (the detector decides that).
 *
 * <p>Deliberately not recognised: codes glued to letters, digits or code punctuation ("C12", "C10" as C1,
 * "ABC3", "C2C", "B2C", "CO2", "Cl1", "#C3C3C3", "C3.1", "C3/PO", ".../C3"), a code next to a word of
 * {@code notation-context.tsv} that makes it a room, place, document part or level ("Room C2", "building C2",
 * "Section C4 of the annex", "C2 room", "level C1", "C1 level"), with the list or range after such a word ("Rooms
 * C1 and C2", "Room C2-C4"), "AL" followed by a bare number, and "Action Lines" without a number ("10 out of the
 * 11 WSIS action lines").
 *
 * <p>Ranges count every line in them: "C1–C5", "C1-C5", "C1 to C5", "Action Lines 1–5", "Action Lines C7 through
 * C9" give each line from the first to the last. The lines between the ends are notations whose text and
 * offsets are the whole range; the ends keep their own. A range whose end is not above its start ("C5–C3")
 * gives its ends only.
 */
final class NotationScanner {

    private static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven";
    private static final List<String> NUMBER_WORDS = List.of(WORDS.split("\\|"));
    private static final String SPACE = "[\\s\\u00A0]";
    private static final String NUMBER = "(?:1[01]|[1-9])";
    /** Between the letter and the number of a code written apart: "C 7", "C.7", "C. 7", "C-7". */
    private static final String APART = "(?:[ \\u00A0]|\\.[ \\u00A0]?|[-\\u2010\\u2011])";
    /** What may not follow an element: more of a word or code, "-x", a decimal part, "/x", "+x". */
    private static final String ELEMENT_END =
            "(?![\\p{L}\\p{N}_]|[-\\u2010](?![Cc]?(?:1[01]|[1-9])(?![\\p{L}\\p{N}_]))[\\p{L}\\p{N}]|\\.\\p{N}"
                    + "|[/+&@]\\p{Alnum})";
    /** The rest of a range after its first element: "–C5", "-5", " to C5", " through 9". */
    private static final Pattern RANGE_END = Pattern.compile(
            "(?:[ \\t\\u00A0]*[-\\u2010-\\u2014][ \\t\\u00A0]*|[ \\t\\u00A0]+(?i:to|through)[ \\t\\u00A0]+)"
                    + "(?<end>[Cc]" + APART + "?(?<code>" + NUMBER + ")|(?<number>" + NUMBER + "))" + ELEMENT_END);
    /** What joins two codes of a list or range: ", ", " and ", ", and ", "/", "-", " to ". */
    private static final String JOIN = "(?:[ \\t\\u00A0]*(?:[,;/&+]|[-\\u2010-\\u2014])[ \\t\\u00A0]*"
            + "|[ \\t\\u00A0]+(?i:and|or|to|through)[ \\t\\u00A0]+)(?:(?i:and|or)[ \\t\\u00A0]+)?";

    /*
     * Each alternative opens with a look-ahead for the characters it can start with, before its look-behinds:
     * the variable-length look-behind over the place words costs dozens of comparisons wherever it is evaluated.
     * The look-aheads match nothing, so they change how soon an attempt fails, never what it finds.
     */
    private static final Pattern NOTATION = Pattern.compile(
            // A prefixed reference: "Action Line(s) ...", "WSIS Action Line ...", "AL C5", "ALs C3, C4".
            "(?=[WwAa])(?<![\\p{L}\\p{N}])(?:(?i:WSIS)" + SPACE + "+)?"
                    + "(?:(?<actionLine>(?i:action(?:" + SPACE + "+|" + SPACE + "*[-\\u2010]" + SPACE
                    + "*)line(?<plural>s)?))"
                    + "|(?<al>AL(?<alPlural>s)?))"
                    + SPACE + "+(?:(?i:no\\.?)" + SPACE + "*)?"
                    + "(?:(?<prefixedElement>[Cc]" + APART + "?(?<prefixedCode>" + NUMBER + "))"
                    + "|(?<prefixedNumber>" + NUMBER + ")|(?<prefixedWord>(?i:" + WORDS + ")))" + ELEMENT_END
                    // Or a bare code "C3"; "c3", "C 3", "C.3" and "C-3" are weak (see Notation).
                    + "|(?=[Cc]" + APART + "?" + NUMBER + ")(?<![\\p{L}\\p{N}_#&@./\\\\])(?<!\\p{L}[-\\u2010])"
                    + "(?<!" + NotationContext.PLACE_BEFORE + ")"
                    + "(?<bareLetter>[Cc])(?<bareApart>" + APART + ")?(?<bareCode>" + NUMBER + ")" + ELEMENT_END
                    + "(?!" + NotationContext.PLACE_AFTER + ")");

    /** A further element of a list after a plural prefix: ", 3", " and C5", ", and Four", " & 7". */
    private static final Pattern LIST_ELEMENT = Pattern.compile(
            "(?:[ \\t]*,[ \\t]*(?:(?i:and|or)" + SPACE + "+)?|" + SPACE + "+(?:(?i:and|or)|&)" + SPACE + "+)"
                    + "(?<element>[Cc]" + APART + "?(?<code>" + NUMBER + ")|(?<number>" + NUMBER + ")|(?<word>(?i:"
                    + WORDS + ")))" + ELEMENT_END);

    /** A code that continues a list or range of places: the "C2" of "Rooms C1 and C2", the "C4" of "Room C2-C4". */
    private static final Pattern PLACE_LIST = Pattern.compile(NotationContext.PLACE_WORD + "[ \\t\\u00A0]{1,3}[Cc]"
            + APART + "?\\p{N}{1,2}(?:" + JOIN + "[Cc]" + APART + "?\\p{N}{1,2})*" + JOIN + "$");

    private static final int PLACE_LIST_WINDOW = 100;
    /** What lets a weak element count next to a strong one: ", ", " and ", "; ", " & ". */
    private static final Pattern LIST_GAP = Pattern.compile(
            "[ \\t\\u00A0]*(?:[,;&][ \\t\\u00A0]*(?:(?i:and|or)[ \\t\\u00A0]+)?|[ \\t\\u00A0]+(?i:and|or)[ \\t\\u00A0]+)");

    private NotationScanner() {}

    /**
     * The notations of a text in text order. Matching runs on the text with look-alike characters folded
     * ({@link Confusables}); each notation's text is cut from the text as written.
     */
    static List<Notation> scan(String original) {
        String text = Confusables.fold(original);
        List<Notation> found = new ArrayList<>();
        // Transparent bounds let the look-behinds see the text before the region, as find() would.
        Matcher matcher = NOTATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while ((from = nextCandidate(text, from)) < text.length()) {
            if (!matcher.region(from, text.length()).lookingAt()) {
                from++;
                continue;
            }
            from = matcher.end();
            if (matcher.group("bareCode") != null) {
                if (continuesPlaceList(text, matcher.start())) {
                    continue;
                }
                boolean weak = matcher.group("bareLetter").equals("c") || matcher.group("bareApart") != null;
                found.add(notation(matcher, original, "bareCode", matcher.start(), weak));
                from = addRange(original, text, found, matcher.start(), from);
            } else if (matcher.group("al") == null || matcher.group("prefixedCode") != null) {
                from = addPrefixed(matcher, original, text, found);
            }
        }
        return strengthenListNeighbours(text, found);
    }

    /**
     * The first offset from {@code from} on where a notation can begin ("WSIS", "Action", "AL", "C1".."C11", "C 1",
     * "C.1", "C-1", "c1"), or the text's length. Trying the pattern only there gives the same matches as
     * {@code find()}, which would try (and fail at) every other offset too; on prose that was most of the
     * detector's time.
     */
    private static int nextCandidate(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char next = text.charAt(i + 1);
            boolean candidate = switch (text.charAt(i)) {
                case 'W', 'w' -> next == 'S' || next == 's';
                case 'A' -> next == 'C' || next == 'c' || next == 'L';
                case 'a' -> next == 'C' || next == 'c';
                case 'C', 'c' -> isCodeDigit(next) || isApart(next) && codeDigitAfterApart(text, i + 1);
                default -> false;
            };
            if (candidate) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isCodeDigit(char c) {
        return c >= '1' && c <= '9';
    }

    private static boolean isApart(char c) {
        return c == ' ' || c == '\u00A0' || c == '.' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** "C.7", "C. 7": a code digit after the separator at {@code i}, or after a full stop and a space there. */
    private static boolean codeDigitAfterApart(String text, int i) {
        if (i + 1 < text.length() && isCodeDigit(text.charAt(i + 1))) {
            return true;
        }
        return text.charAt(i) == '.'
                && i + 2 < text.length()
                && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\u00A0')
                && isCodeDigit(text.charAt(i + 2));
    }

    /** Whether the code at {@code start} continues a list or range that a place word opened ("Rooms C1 and C2"). */
    private static boolean continuesPlaceList(String text, int start) {
        return PLACE_LIST
                .matcher(text)
                .region(Math.max(0, start - PLACE_LIST_WINDOW), start)
                .useTransparentBounds(true)
                .find();
    }

    private static int addPrefixed(Matcher matcher, String original, String text, List<Notation> found) {
        String group = matcher.group("prefixedCode") != null
                ? "prefixedCode"
                : matcher.group("prefixedNumber") != null ? "prefixedNumber" : "prefixedWord";
        found.add(notation(matcher, original, group, matcher.start(), false));
        // The element as written: "C7" (the group holds the digits only), "7" or "seven".
        int elementStart = group.equals("prefixedCode") ? matcher.start("prefixedElement") : matcher.start(group);
        int end = addRange(original, text, found, elementStart, matcher.end());
        if (matcher.group("plural") == null && matcher.group("alPlural") == null) {
            return end;
        }
        // "Action Lines 1 and 3": the plain numbers after the first are references too. Elements must be of
        // the first element's kind (or codes), so "Action Lines 1 and 3, ten years on" stops before "ten".
        Matcher element = LIST_ELEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        while (element.region(end, text.length()).lookingAt()) {
            String kind = element.group("code") != null ? "code" : element.group("number") != null ? "number" : "word";
            boolean sameKind = kind.equals("code")
                    || group.equals("prefixedCode")
                    || (kind.equals("number") == group.equals("prefixedNumber"));
            if (!sameKind) {
                break;
            }
            found.add(notation(element, original, kind, element.start("element"), false));
            end = addRange(original, text, found, element.start("element"), element.end());
        }
        return end;
    }

    /**
     * If a range continues the element just found (which ends at {@code end}), adds the lines after it up to
     * the range's end and returns where the range ends; otherwise returns {@code end}. The lines of a range are
     * as weak as its first element.
     */
    private static int addRange(String original, String text, List<Notation> found, int elementStart, int end) {
        Matcher range = RANGE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (!range.region(end, text.length()).lookingAt()) {
            return end;
        }
        Notation first = found.get(found.size() - 1);
        String value = range.group("code") != null ? range.group("code") : range.group("number");
        int last = Integer.parseInt(value);
        if (last <= first.number()) {
            return end;
        }
        String whole = original.substring(elementStart, range.end());
        for (int number = first.number() + 1; number < last; number++) {
            found.add(new Notation(number, whole, elementStart, range.end(), first.weak()));
        }
        found.add(new Notation(
                last,
                original.substring(range.start("end"), range.end("end")),
                range.start("end"),
                range.end("end"),
                first.weak()));
        return range.end();
    }

    /**
     * A weak notation joined to a strong one by a list's comma or "and" is strong: "C1, C 3 and C5" gives three
     * lines, "c3" alone none. Runs forwards and backwards so that the strength passes along the whole list.
     */
    private static List<Notation> strengthenListNeighbours(String text, List<Notation> found) {
        if (found.stream().noneMatch(Notation::weak)) {
            return found;
        }
        List<Notation> result = new ArrayList<>(found);
        for (int i = 1; i < result.size(); i++) {
            result.set(i, strengthened(text, result.get(i - 1), result.get(i)));
        }
        for (int i = result.size() - 2; i >= 0; i--) {
            result.set(i, strengthened(text, result.get(i + 1), result.get(i)));
        }
        return result;
    }

    private static Notation strengthened(String text, Notation neighbour, Notation notation) {
        if (!notation.weak() || neighbour.weak()) {
            return notation;
        }
        boolean adjacent = neighbour.end() <= notation.start()
                ? joined(text, neighbour.end(), notation.start())
                : notation.end() <= neighbour.start() && joined(text, notation.end(), neighbour.start());
        boolean sameRange = neighbour.start() == notation.start() || neighbour.end() == notation.end();
        return adjacent || sameRange
                ? new Notation(notation.number(), notation.text(), notation.start(), notation.end(), false)
                : notation;
    }

    private static boolean joined(String text, int from, int to) {
        return LIST_GAP.matcher(text).region(from, to).matches();
    }

    private static Notation notation(Matcher matcher, String original, String group, int start, boolean weak) {
        String value = matcher.group(group);
        int number = Character.isDigit(value.charAt(0))
                ? Integer.parseInt(value)
                : NUMBER_WORDS.indexOf(value.toLowerCase(Locale.ROOT)) + 1;
        int end = matcher.end(group);
        return new Notation(number, original.substring(start, end), start, end, weak);
    }
}
