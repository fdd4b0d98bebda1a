package org.wsisanalytics.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Display text set with wide letter spacing comes out of a conversion as "W o r l d  S u m m i t": one
 * letter per token. When a line is mostly such single letters, the letters are joined into words again;
 * a gap clearly wider than the gaps between letters (in text two spaces or more, in a PDF a wider
 * distance) separates words. Without wider gaps the letters become one word ("D R A F T" → "DRAFT").
 *
 * <p>The rule stays off for ordinary prose ("I saw a cat" has too few single letters), for lines of
 * tab-separated cells, for spaced digits ("1 2 3 4 5": a rating scale, no letters) and for rows of
 * symbols ("| a | b | c |").
 */
public final class LetterSpacing {

    /** Spaced text has at least this many single letters. */
    private static final int MIN_LETTERS = 4;
    /** At least this share of the tokens are single characters. */
    private static final double MIN_SINGLE_SHARE = 0.8;
    /** At most this share of the tokens are single characters that are neither letters nor digits. */
    private static final double MAX_SYMBOL_SHARE = 0.2;
    /** A gap wider than this many times the usual gap between letters separates words. */
    private static final double WORD_GAP = 1.5;
    /** A heading or list marker in front of the spaced text is kept as it is. */
    private static final Pattern PREFIX = Pattern.compile("^(#{1,6} |[-*•] )?(.*)$");

    private static final Pattern SPACES = Pattern.compile(" +");

    private LetterSpacing() {}

    /** A text line with its letter-spaced text joined into words, or the line unchanged. */
    public static String joinLine(String line) {
        if (line.indexOf('\t') >= 0 || line.indexOf(' ') < 0) {
            return line;
        }
        Matcher parts = PREFIX.matcher(line.strip());
        if (!parts.matches()) {
            return line;
        }
        String prefix = parts.group(1) == null ? "" : parts.group(1);
        List<String> tokens = new ArrayList<>();
        List<Double> gaps = new ArrayList<>();
        Matcher space = SPACES.matcher(parts.group(2));
        int at = 0;
        while (space.find()) {
            tokens.add(parts.group(2).substring(at, space.start()));
            gaps.add((double) space.group().length());
            at = space.end();
        }
        tokens.add(parts.group(2).substring(at));
        String joined =
                join(tokens, gaps.stream().mapToDouble(Double::doubleValue).toArray());
        return joined == null ? line : prefix + joined;
    }

    /**
     * The tokens joined into words, or {@code null} when they are not letter-spaced text.
     *
     * @param tokens the tokens in order, none empty
     * @param gaps the gap after each token but the last (spaces in text, points in a PDF)
     */
    public static String join(List<String> tokens, double[] gaps) {
        if (tokens.size() < MIN_LETTERS || gaps.length != tokens.size() - 1) {
            return null;
        }
        int singles = 0;
        int letters = 0;
        int symbols = 0;
        for (String token : tokens) {
            if (isSingle(token)) {
                singles++;
                int c = token.codePointAt(0);
                if (Character.isLetter(c)) {
                    letters++;
                } else if (!Character.isDigit(c)) {
                    symbols++;
                }
            }
        }
        if (letters < MIN_LETTERS
                || singles < MIN_SINGLE_SHARE * tokens.size()
                || symbols > MAX_SYMBOL_SHARE * tokens.size()) {
            return null;
        }
        double letterGap = letterGap(tokens, gaps);
        StringBuilder text = new StringBuilder(tokens.get(0));
        for (int i = 1; i < tokens.size(); i++) {
            boolean wordGap =
                    gaps[i - 1] > WORD_GAP * letterGap || !isSingle(tokens.get(i - 1)) || !isSingle(tokens.get(i));
            text.append(wordGap ? " " : "").append(tokens.get(i));
        }
        return text.toString();
    }

    /** The median gap between two single characters: the spacing of the letters, robust to a few word gaps. */
    private static double letterGap(List<String> tokens, double[] gaps) {
        double[] between = new double[gaps.length];
        int count = 0;
        for (int i = 0; i < gaps.length; i++) {
            if (isSingle(tokens.get(i)) && isSingle(tokens.get(i + 1))) {
                between[count++] = gaps[i];
            }
        }
        if (count == 0) {
            return Double.MAX_VALUE;
        }
        double[] sorted = Arrays.copyOf(between, count);
        Arrays.sort(sorted);
        return Math.max(sorted[(count - 1) / 2], 0);
    }

    private static boolean isSingle(String token) {
        return token.codePointCount(0, token.length()) == 1;
    }
}
