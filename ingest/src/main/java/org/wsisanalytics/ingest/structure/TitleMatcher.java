package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the sessions found in the body with the rows of the facilitators table by title, one row per
 * session at most. Pairs are taken best score first, so a row goes to the session it fits best even
 * when a neighbouring title shares most of its words (Part I and Part II of the same theme).
 */
final class TitleMatcher {

    /** Below this Dice score two titles are taken to name different sessions. */
    static final double THRESHOLD = 0.6;

    private TitleMatcher() {}

    /** For each body title, the index of its table row, or -1. */
    static int[] match(List<String> bodyTitles, List<String> tableTitles) {
        List<double[]> pairs = new ArrayList<>(); // {score, body, table}
        for (int b = 0; b < bodyTitles.size(); b++) {
            for (int t = 0; t < tableTitles.size(); t++) {
                double score = TitleSimilarity.score(bodyTitles.get(b), tableTitles.get(t));
                if (score >= THRESHOLD) {
                    pairs.add(new double[] {score, b, t});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] pair) -> -pair[0])
                .thenComparingDouble(pair -> Math.abs(pair[1] - pair[2])));
        int[] rowOf = new int[bodyTitles.size()];
        Arrays.fill(rowOf, -1);
        boolean[] rowTaken = new boolean[tableTitles.size()];
        for (double[] pair : pairs) {
            int body = (int) pair[1];
            int table = (int) pair[2];
            if (rowOf[body] < 0 && !rowTaken[table]) {
                rowOf[body] = table;
                rowTaken[table] = true;
            }
        }
        return rowOf;
    }
}
