package org.wsisanalytics.ingest.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph, deciding for a line that ends in a hyphen whether the hyphen was put
 * there by the line break ("infra-" + "structure") or belongs to the word ("multi-" + "stakeholder").
 * The document itself is the dictionary: a form it writes elsewhere wins ("infrastructure" elsewhere
 * mends "infra-structure"). Without such evidence for the word at hand, the document as a whole decides:
 * where its other line-end hyphens turned out to be break hyphens, the text was hyphenated automatically
 * and a hyphen is taken out unless it follows a prefix (e-, co-, multi-, cross-, ...) or touches a capital
 * or digit; otherwise (word processors do not hyphenate by default) the hyphen is a real one and stays.
 * A soft hyphen (U+00AD) is always taken out. A dash written without spaces ("mindset—from") is joined
 * without a space.
 */
final class Hyphenation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐][\\p{L}\\p{N}]+)*");
    private static final Pattern TRAILING = Pattern.compile("([\\p{L}\\p{N}]+(?:[-‐][\\p{L}\\p{N}]+)*)[-‐\\u00AD]$");
    private static final Pattern LEADING = Pattern.compile("^([\\p{L}\\p{N}]+)");
    private static final Set<String> PREFIXES = Set.of(
            "e", "m", "co", "re", "non", "pre", "post", "multi", "cross", "self", "well", "high", "low", "long",
            "short", "full", "half", "anti", "semi", "mid", "sub", "ex", "inter", "intra", "socio", "bi", "tri", "un",
            "peer", "user", "cyber", "tech", "data", "human", "people", "citizen", "future", "forward", "last", "real",
            "mobile", "open", "public", "private", "south", "north");

    /** An address running to the end of the text. */
    private static final Pattern URL_TAIL = Pattern.compile("(?:https?://|www\\.)\\S*$");
    /** A piece of an address: it holds a slash, query or fragment sign, an inner dot, or is a number. */
    private static final Pattern URL_PART = Pattern.compile("\\S*(?:[/=?&#%~_]|\\.\\w)\\S*|\\d+");

    private static final Pattern OPEN_DASH = Pattern.compile(".*[\\p{L}\\p{N}][—–]$");
    private static final Pattern DASH_START = Pattern.compile("^[—–][\\p{L}\\p{N}].*");

    private final Set<String> words = new HashSet<>();
    private final boolean autoHyphenated;

    /** Learns the document's words from all its lines (line-final fragments are no evidence). */
    Hyphenation(List<String> lines) {
        for (String line : lines) {
            String text = TRAILING.matcher(line.strip()).replaceAll("");
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT).replace('‐', '-'));
            }
        }
        int breaks = 0;
        int real = 0;
        for (int i = 1; i < lines.size(); i++) {
            Matcher tail = TRAILING.matcher(lines.get(i - 1).strip());
            Matcher head = LEADING.matcher(lines.get(i).strip());
            if (tail.find() && head.find()) {
                String first = tail.group(1).toLowerCase(Locale.ROOT);
                String second = head.group(1).toLowerCase(Locale.ROOT);
                breaks += words.contains(first + second) ? 1 : 0;
                real += words.contains(first + "-" + second) ? 1 : 0;
            }
        }
        this.autoHyphenated = breaks > real;
    }

    /**
     * Whether {@code right} goes on with the web address that ends {@code left}: a line break inside an
     * address adds no space ("https://www.itu.int/" + "net4/wsis/forum/" or "Sessi" + "on/378"). The next
     * line's first word is taken to be part of the address when it looks like one (a slash, an inner dot,
     * "=", "?", "#", or a bare number), when it is all that line holds, or when the address ended in a hyphen.
     */
    private static boolean continuesAddress(String left, String right) {
        if (!URL_TAIL.matcher(left).find()) {
            return false;
        }
        String[] words = right.split("\\s+", 2);
        String first = words[0];
        if (first.endsWith(".") && first.indexOf('/') < 0 || first.endsWith(",")) {
            return false;
        }
        return left.endsWith("-")
                || URL_PART.matcher(first).matches()
                || words.length == 1 && first.matches("[\\p{L}\\p{N}_-]+");
    }

    /** {@code before} and {@code after} as one text, joined by a space or across a line-break hyphen. */
    String join(String before, String after) {
        String left = before.stripTrailing();
        String right = after.stripLeading();
        if (left.isEmpty()) {
            return right;
        }
        if (continuesAddress(left, right)) {
            return left + right;
        }
        Matcher tail = TRAILING.matcher(left);
        Matcher head = LEADING.matcher(right);
        if (OPEN_DASH.matcher(left).matches()
                || DASH_START.matcher(right).matches() && left.matches(".*[\\p{L}\\p{N}]$")) {
            return left + right;
        }
        if (!tail.find() || !head.find()) {
            return left + " " + right;
        }
        String stem = left.substring(0, left.length() - 1);
        if (left.endsWith("\u00AD")) {
            return stem + right;
        }
        String first = tail.group(1);
        String second = head.group(1);
        String closed = (first + second).toLowerCase(Locale.ROOT);
        String hyphenated = (first + "-" + second).toLowerCase(Locale.ROOT);
        boolean keep;
        if (words.contains(hyphenated) != words.contains(closed)) {
            keep = words.contains(hyphenated);
        } else {
            String lastPart = first.substring(first.lastIndexOf('-') + 1);
            keep = !autoHyphenated
                    || PREFIXES.contains(lastPart.toLowerCase(Locale.ROOT))
                    || !Character.isLowerCase(second.codePointAt(0))
                    || first.chars().anyMatch(Character::isDigit)
                    || Character.isUpperCase(lastPart.codePointAt(0)) && lastPart.length() > 1
                    || first.contains("-");
        }
        return keep ? left + right : stem + right;
    }
}
