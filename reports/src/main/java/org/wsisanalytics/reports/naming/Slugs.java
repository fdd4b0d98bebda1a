package org.wsisanalytics.reports.naming;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns any title into a short ASCII slug that is safe as part of a file name on every system:
 * accents folded ("Türkiye" → "turkiye"), lower case, only {@code [a-z0-9-]}, no leading, trailing or
 * repeated dashes, at most {@link #MAX_LENGTH} characters, never empty and never a Windows device
 * name. Path separators, dots, NUL and other controls cannot survive, so a slug never names a folder.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 60;
    public static final String FALLBACK = "session";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");
    /** Letters that NFD does not decompose into a base letter and a mark. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ł', "l"),
            Map.entry('Ł', "l"),
            Map.entry('ø', "o"),
            Map.entry('Ø', "o"),
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('Œ', "oe"),
            Map.entry('đ', "d"),
            Map.entry('Đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('Þ', "th"),
            Map.entry('ı', "i"),
            Map.entry('ħ', "h"));
    /** Device names Windows reserves whatever the extension ("con.pdf" cannot be created). */
    private static final Set<String> RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {}

    public static String of(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder ascii = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            ascii.append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        String slug = trimDashes(
                NOT_ALLOWED.matcher(ascii.toString().toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            slug = shorten(slug);
        }
        if (slug.isEmpty()) {
            return FALLBACK;
        }
        return RESERVED.contains(slug) ? FALLBACK + "-" + slug : slug;
    }

    /** Cuts at the last dash within the limit, so a word is not cut in half unless it is the only one. */
    private static String shorten(String slug) {
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
    }

    private static String trimDashes(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '-') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '-') {
            to--;
        }
        return text.substring(from, to);
    }
}
