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
 * a prefixed reference "Action Line C2", "WSIS Action Line C6", "AL C5", "Action Line 4",
 * "Action Line One" (number words one to eleven), "ACTION LINE C6"; and after a plural prefix the further
 * elements of a list ("Action Lines 1, 3 and 5", "Action Lines One and Two").
 *
 * <p>Deliberately not recognised: codes glued to letters, digits or code punctuation ("C12", "C10" as C1,
 * "ABC3", "C2C", "B2C", "CO2", "Cl1", "C-3", "#C3C3C3", "C3.1", "C3/PO", ".../C3"), a code after a
 * word that makes it a document, room or level reference ("Section C4 of the annex", "Room C2", "level C1",
 * "C1 level" as in language levels), "AL" followed by a bare number, and "Action Lines" without a number
 * ("10 out of the 11 WSIS action lines").
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
    /** What may not follow an element: more of a word or code, "-x", a decimal part, "/x", "+x". */
    private static final String ELEMENT_END =
            "(?![\\p{L}\\p{N}_]|[-\\u2010](?![Cc]?(?:1[01]|[1-9])(?![\\p{L}\\p{N}_]))[\\p{L}\\p{N}]|\\.\\p{N}"
                    + "|[/+&@]\\p{Alnum})";
    /** The rest of a range after its first element: "–C5", "-5", " to C5", " through 9". */
    private static final Pattern RANGE_END = Pattern.compile(
            "(?:[ \\t\\u00A0]*[-\\u2010-\\u2014][ \\t\\u00A0]*|[ \\t\\u00A0]+(?i:to|through)[ \\t\\u00A0]+)"
                    + "(?<end>[Cc](?<code>1[01]|[1-9])|(?<number>1[01]|[1-9]))" + ELEMENT_END);
    private static final String REFERENCE_WORDS = "section|annex|appendix|table|figure|fig\\.|room|hall|article"
            + "|paragraph|para\\.|part|item|page|box|row|column|level|grade|class|category|type|model|step|phase";

    /*
     * Each alternative opens with a look-ahead for the characters it can start with, before its look-behinds:
     * the variable-length look-behind over REFERENCE_WORDS costs dozens of comparisons wherever it is evaluated.
     * The look-aheads match nothing, so they change how soon an attempt fails, never what it finds.
     */
    private static final Pattern NOTATION = Pattern.compile(
            // A prefixed reference: "Action Line(s) ...", "WSIS Action Line ...", "AL C5".
            "(?=[WwAa])(?<![\\p{L}\\p{N}])(?:(?i:WSIS)" + SPACE + "+)?"
                    + "(?:(?<actionLine>(?i:action(?:" + SPACE + "+|" + SPACE + "*[-\\u2010]" + SPACE + "*)line(?<plural>s)?))|(?<al>AL))"
                    + SPACE + "+(?:(?i:no\\.?)" + SPACE + "*)?"
                    + "(?:[Cc](?<prefixedCode>1[01]|[1-9])|(?<prefixedNumber>1[01]|[1-9])|(?<prefixedWord>(?i:"
                    + WORDS + ")))" + ELEMENT_END
                    // Or a bare code "C3".
                    + "|(?=C(?:1[01]|[1-9]))(?<![\\p{L}\\p{N}_#&@./\\\\])(?<!\\p{L}[-\\u2010])"
                    + "(?<!\\b(?i:" + REFERENCE_WORDS + ")[ \\t\\u00A0]{1,3})"
                    + "C(?<bareCode>1[01]|[1-9])" + ELEMENT_END
                    + "(?![ \\t]*[-\\u2010]?[ \\t]*(?i:level)\\b)");

    /** A further element of a list after a plural prefix: ", 3", " and C5", ", and Four", " & 7". */
    private static final Pattern LIST_ELEMENT = Pattern.compile(
            "(?:[ \\t]*,[ \\t]*(?:(?i:and|or)" + SPACE + "+)?|" + SPACE + "+(?:(?i:and|or)|&)" + SPACE + "+)"
                    + "(?<element>[Cc](?<code>1[01]|[1-9])|(?<number>1[01]|[1-9])|(?<word>(?i:" + WORDS + ")))"
                    + ELEMENT_END);

    private NotationScanner() {
    }

    static List<Notation> scan(String text) {
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
                found.add(notation(matcher, "bareCode", matcher.start()));
                from = addRange(text, found, matcher.start(), from);
            } else if (matcher.group("al") == null || matcher.group("prefixedCode") != null) {
                from = addPrefixed(matcher, text, found);
            }
        }
        return found;
    }

    /**
     * The first offset from {@code from} on where a notation can begin ("WSIS", "Action", "AL", "C1".."C11"), or
     * the text's length. Trying the pattern only there gives the same matches as {@code find()}, which would try
     * (and fail at) every other offset too; on prose that was most of the detector's time.
     */
    private static int nextCandidate(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char next = text.charAt(i + 1);
            boolean candidate = switch (text.charAt(i)) {
                case 'W', 'w' -> next == 'S' || next == 's';
                case 'A' -> next == 'C' || next == 'c' || next == 'L';
                case 'a' -> next == 'C' || next == 'c';
                case 'C' -> next >= '1' && next <= '9';
                default -> false;
            };
            if (candidate) {
                return i;
            }
        }
        return text.length();
    }

    private static int addPrefixed(Matcher matcher, String text, List<Notation> found) {
        String group = matcher.group("prefixedCode") != null ? "prefixedCode"
                : matcher.group("prefixedNumber") != null ? "prefixedNumber" : "prefixedWord";
        found.add(notation(matcher, group, matcher.start()));
        // The element as written: "C7" (the group holds the digits only), "7" or "seven".
        int elementStart = matcher.start(group) - (group.equals("prefixedCode") ? 1 : 0);
        int end = addRange(text, found, elementStart, matcher.end());
        if (matcher.group("plural") == null) {
            return end;
        }
        // "Action Lines 1 and 3": the plain numbers after the first are references too. Elements must be of
        // the first element's kind (or codes), so "Action Lines 1 and 3, ten years on" stops before "ten".
        Matcher element = LIST_ELEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        while (element.region(end, text.length()).lookingAt()) {
            String kind = element.group("code") != null ? "code" : element.group("number") != null ? "number" : "word";
            boolean sameKind = kind.equals("code") || group.equals("prefixedCode")
                    || (kind.equals("number") == group.equals("prefixedNumber"));
            if (!sameKind) {
                break;
            }
            found.add(notation(element, kind, element.start("element")));
            end = addRange(text, found, element.start("element"), element.end());
        }
        return end;
    }

    /**
     * If a range continues the element just found (which ends at {@code end}), adds the lines after it up to
     * the range's end and returns where the range ends; otherwise returns {@code end}.
     */
    private static int addRange(String text, List<Notation> found, int elementStart, int end) {
        Matcher range = RANGE_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (!range.region(end, text.length()).lookingAt()) {
            return end;
        }
        int first = found.get(found.size() - 1).number();
        String value = range.group("code") != null ? range.group("code") : range.group("number");
        int last = Integer.parseInt(value);
        if (last <= first) {
            return end;
        }
        String whole = text.substring(elementStart, range.end());
        for (int number = first + 1; number < last; number++) {
            found.add(new Notation(number, whole, elementStart, range.end()));
        }
        found.add(new Notation(last, range.group("end"), range.start("end"), range.end("end")));
        return range.end();
    }

    private static Notation notation(Matcher matcher, String group, int start) {
        String value = matcher.group(group);
        int number = Character.isDigit(value.charAt(0))
                ? Integer.parseInt(value)
                : NUMBER_WORDS.indexOf(value.toLowerCase(Locale.ROOT)) + 1;
        int end = matcher.end(group);
        return new Notation(number, matcher.group().substring(start - matcher.start(), end - matcher.start()), start, end);
    }
}
