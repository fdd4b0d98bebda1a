package org.wsisanalytics.analytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a section's text into sentences with their offsets.
 *
 * <p>A blank line ends a paragraph and a line that starts a list item ("- ...", "1. ...", "(a) ...",
 * "**Label:** ...") starts a new sentence; other single line breaks are treated as wrapped text. Inside
 * those blocks a sentence ends at '.', '!' or '?' followed by white space and a character that can begin a
 * sentence (not a lower-case letter), except after abbreviations such as "e.g.", "Prof.", "Dr." or "No. 5"
 * and after initials ("H.E."), nor after a single word ("C5. Building confidence ..."). Decimals ("2.6") never
 * split, as no white space follows the point.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "cf", "vs", "viz", "approx", "mr", "mrs", "ms", "dr", "prof", "hon", "amb", "sr", "jr", "st",
            "mt", "fig", "art", "vol", "para", "dept", "gen", "gov", "rev", "sen", "rep", "pp");

    private SentenceSplitter() {}

    /** The sentences of the text, in order; white space between sentences belongs to none. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = -1;
        int blockStart = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                splitBlock(text, blockStart, lineStart, paragraphStart, sentences);
                blockStart = -1;
                paragraphStart = -1;
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = lineStart;
                }
                if (blockStart < 0 || ListItems.startsItem(line)) {
                    splitBlock(text, blockStart, lineStart, paragraphStart, sentences);
                    blockStart = lineStart;
                }
            }
            lineStart = lineEnd + 1;
        }
        splitBlock(text, blockStart, text.length(), paragraphStart, sentences);
        return List.copyOf(sentences);
    }

    private static void splitBlock(String text, int from, int to, int paragraphStart, List<Sentence> out) {
        if (from < 0) {
            return;
        }
        int sentenceStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < to && isTerminalOrCloser(text.charAt(end))) {
                end++;
            }
            if (!(c == '.' && isSingleWord(text, sentenceStart, i)) && isBoundary(text, i, end, to)) {
                add(text, sentenceStart, end, paragraphStart, out);
                sentenceStart = end;
            }
            i = end - 1;
        }
        add(text, sentenceStart, to, paragraphStart, out);
    }

    private static boolean isBoundary(String text, int punctuation, int end, int blockEnd) {
        if (end >= blockEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < blockEnd && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= blockEnd) {
            return true;
        }
        char following = text.charAt(next);
        if (Character.isLowerCase(following) || ",;:)]".indexOf(following) >= 0) {
            return false;
        }
        return text.charAt(punctuation) != '.' || !isAbbreviation(text, punctuation, following);
    }

    private static boolean isAbbreviation(String text, int point, char following) {
        int wordStart = point;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, point);
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (lower.equals("no") || lower.equals("nos")) {
            return Character.isDigit(following);
        }
        // An initial ("J. Smith") or a dotted abbreviation ("H.E. Mr.", "U.N.").
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".") && word.length() <= 5;
    }

    /** "C5. Building confidence ..." or "Note. ...": one word before the point is a label, not a sentence. */
    private static boolean isSingleWord(String text, int sentenceStart, int point) {
        int from = sentenceStart;
        while (from < point && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        for (int i = from; i < point; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTerminalOrCloser(char c) {
        return ".!?\u2026\"'\u201D\u2019)]*".indexOf(c) >= 0;
    }

    private static void add(String text, int from, int to, int paragraphStart, List<Sentence> out) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraphStart, text.substring(start, end)));
        }
    }
}
