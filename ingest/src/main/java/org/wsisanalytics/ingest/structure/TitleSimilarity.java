package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two session titles are, on normalised word tokens: case, accents, punctuation and
 * hyphenation are ignored ("Future-ready" = "Future Ready"), "&" is "and", a plural "s" is dropped
 * ("applications" = "application"). The score is the Dice coefficient of the two token sets.
 *
 * <p>A part marker ("Part I", "Part II", "Part 2") distinguishes sessions whose titles are otherwise
 * identical, so two titles whose part markers differ, or of which only one has a part marker, score 0.
 */
final class TitleSimilarity {

    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private TitleSimilarity() {}

    static double score(String a, String b) {
        List<String> tokensA = tokens(a);
        List<String> tokensB = tokens(b);
        if (!partMarker(tokensA).equals(partMarker(tokensB))) {
            return 0;
        }
        Set<String> setA = new LinkedHashSet<>(tokensA);
        Set<String> setB = new LinkedHashSet<>(tokensB);
        if (setA.isEmpty() || setB.isEmpty()) {
            return 0;
        }
        long common = setA.stream().filter(setB::contains).count();
        return 2.0 * common / (setA.size() + setB.size());
    }

    /** The same words, disregarding case, punctuation, accents and "&" for "and", but not plurals. */
    static boolean sameWording(String a, String b) {
        return rawTokens(a.replace("&", " and ")).equals(rawTokens(b.replace("&", " and ")));
    }

    /** Normalised tokens; a Roman numeral after "part" is written as a number ("Part II" -> "part", "2"). */
    static List<String> tokens(String title) {
        List<String> tokens = new ArrayList<>();
        for (String token : rawTokens(title.replace("&", " and "))) {
            boolean afterPart =
                    !tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("part");
            if (afterPart && ROMAN.contains(token)) {
                tokens.add(String.valueOf(ROMAN.indexOf(token) + 1));
            } else {
                tokens.add(
                        token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
                                ? token.substring(0, token.length() - 1)
                                : token);
            }
        }
        return tokens;
    }

    private static List<String> rawTokens(String title) {
        String folded = PersonNames.foldAccents(title).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The number after "part" ("Part II" and "Part 2" both give "2"), or "" when there is none. */
    private static String partMarker(List<String> tokens) {
        int part = tokens.lastIndexOf("part");
        if (part < 0 || part + 1 >= tokens.size()) {
            return "";
        }
        return tokens.get(part + 1); // already a number where it was a Roman numeral
    }
}
