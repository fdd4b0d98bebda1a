package org.wsisanalytics.analytics.actionlines;

/**
 * The beginnings (first three characters, case ignored) of the words a match can start with, as a cheap test of
 * which offsets are worth trying a pattern at. A character that is not an ASCII letter counts as one kind, and
 * after it any character may follow, so the test never rules out an offset where the pattern could match: it
 * only spares the pattern the offsets where it could not.
 */
final class WordStarts {

    private static final int KINDS = 27;
    private static final int OTHER = 26;

    private final boolean[] table = new boolean[KINDS * KINDS * KINDS];

    /**
     * Adds the beginning of a wording that matches may start with. Up to its first character that is not an ASCII
     * letter the text must agree; that character must be one too (a space or hyphen in the text); after it, and
     * after the wording's end (a plural "s" may follow), anything goes.
     */
    void add(String wording) {
        int[] fixed = new int[3];
        int known = 0;
        while (known < 3 && known < wording.length()) {
            fixed[known] = kind(wording, known);
            known++;
            if (fixed[known - 1] == OTHER) {
                break;
            }
        }
        for (int index = 0; index < table.length; index++) {
            int[] kinds = {index / (KINDS * KINDS), index / KINDS % KINDS, index % KINDS};
            boolean fits = true;
            for (int k = 0; k < known; k++) {
                fits &= kinds[k] == fixed[k];
            }
            table[index] |= fits;
        }
    }

    /** True when a word starts at the offset (no letter or digit before it) and its beginning is one added. */
    boolean startsAt(String text, int offset) {
        if (offset > 0 && Character.isLetterOrDigit(text.charAt(offset - 1))) {
            return false;
        }
        return table[(kind(text, offset) * KINDS + kind(text, offset + 1)) * KINDS + kind(text, offset + 2)];
    }

    private static int kind(String text, int index) {
        if (index >= text.length()) {
            return OTHER;
        }
        char c = text.charAt(index);
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : OTHER;
    }
}
