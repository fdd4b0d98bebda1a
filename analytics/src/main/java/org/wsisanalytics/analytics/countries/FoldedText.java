package org.wsisanalytics.analytics.countries;

import java.text.Normalizer;

/**
 * A section's text prepared for matching, with a map back to the original offsets. Accents are removed
 * ("Türkiye" and the decomposed "Tu\u0308rkiye" both read "Turkiye"), curly apostrophes read as "'", Unicode
 * hyphens as "-", soft hyphens and zero-width characters vanish, and a run of white space reads as one space,
 * or as one line feed when it holds a blank line, so that a name broken across lines still matches but a
 * name never runs across paragraphs. Case is kept: matching is case-sensitive.
 */
final class FoldedText {

    /** Folded form of U+0080..U+024F, computed once. */
    private static final char[] LATIN = new char[0x250];

    static {
        for (int c = 0; c < LATIN.length; c++) {
            LATIN[c] = c < 0x80 ? (char) c : foldLetter(c);
        }
    }

    private final char[] chars;
    private final int length;
    private final int[] starts;
    private final int[] ends;

    private FoldedText(char[] chars, int length, int[] starts, int[] ends) {
        this.chars = chars;
        this.length = length;
        this.starts = starts;
        this.ends = ends;
    }

    static FoldedText of(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int j = i;
                int lineFeeds = 0;
                while (j < n && isSpace(text.charAt(j))) {
                    if (text.charAt(j) == '\n') {
                        lineFeeds++;
                    }
                    j++;
                }
                out[len] = lineFeeds >= 2 ? '\n' : ' ';
                starts[len] = i;
                ends[len] = j;
                len++;
                i = j;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isIgnorable(cp)) {
                if (len > 0) {
                    ends[len - 1] = i + width;
                }
                i += width;
                continue;
            }
            out[len] = fold(cp);
            starts[len] = i;
            ends[len] = i + width;
            len++;
            i += width;
        }
        return new FoldedText(out, len, starts, ends);
    }

    /** Folds one form of the gazetteer the same way as the text. */
    static String fold(String form) {
        FoldedText folded = of(form.strip());
        return new String(folded.chars, 0, folded.length);
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return chars[index];
    }

    /** Offset in the original text of the folded character at {@code index}. */
    int originalStart(int index) {
        return starts[index];
    }

    /** Offset in the original text just past the folded character at {@code index - 1}. */
    int originalEnd(int index) {
        return ends[index - 1];
    }

    String slice(int from, int to) {
        return new String(chars, from, to - from);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isIgnorable(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }

    private static char fold(int cp) {
        if (cp < LATIN.length) {
            return LATIN[cp];
        }
        switch (cp) {
            case 0x2018, 0x2019, 0x201B, 0x02BC, 0x2032, 0xFF07:
                return '\'';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0xFE63, 0xFF0D:
                return '-';
            default:
                break;
        }
        if (cp > 0xFFFF) {
            // Only matters as a word boundary or not.
            return Character.isLetterOrDigit(cp) ? 'x' : '\uFFFD';
        }
        return Character.isLetter(cp) ? foldLetter(cp) : (char) cp;
    }

    private static char foldLetter(int cp) {
        if (cp == 0xB4) {
            return '\'';
        }
        if (!Character.isLetter(cp)) {
            return (char) cp;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.isLetter(base) ? base : (char) cp;
    }
}
