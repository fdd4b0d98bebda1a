package org.wsisanalytics.model;

/** Counts words as maximal runs of letters, digits, apostrophes and hyphens between other characters. */
public final class WordCount {

    private WordCount() {}

    public static int of(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
        }
        return words;
    }
}
