package org.wsisanalytics.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the units the job found in one document against the hand reading. Units are paired by title
 * similarity (the most similar pair first, a pair only above {@link #MIN_TITLE_SIMILARITY}); when both sides
 * have exactly one unit they are paired whatever their titles, as a one-unit document's title is whatever the
 * reader chose. Action lines count per (unit, line) pair; countries per (unit, country) pair with counts, a
 * pair's true positives being the smaller of the expected and the found count. An unpaired expected unit's
 * items are all misses, an unpaired found unit's items all false finds.
 */
final class AccuracyScorer {

    /** Dice similarity of the title words below which two units are not the same unit. */
    static final double MIN_TITLE_SIMILARITY = 0.5;

    private AccuracyScorer() {}

    /** True positives, expected and found items; precision, recall and F1 follow. */
    record Tally(int truePositives, int expected, int found) {

        Tally plus(Tally other) {
            return new Tally(truePositives + other.truePositives, expected + other.expected, found + other.found);
        }

        double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / found;
        }

        double recall() {
            return expected == 0 ? (found == 0 ? 1 : 0) : (double) truePositives / expected;
        }

        /** 2·TP / (expected + found); 1 when there was nothing to find and nothing was found. */
        double f1() {
            return expected + found == 0 ? 1 : 2.0 * truePositives / (expected + found);
        }
    }

    record Score(int unitsExpected, int unitsFound, int unitsPaired, Tally actionLines, Tally countries) {}

    static Score score(List<UnitReading> expected, List<UnitReading> found) {
        List<int[]> pairs = pair(expected, found);
        Tally lines = new Tally(0, 0, 0);
        Tally countries = new Tally(0, 0, 0);
        Set<Integer> pairedExpected = new HashSet<>();
        Set<Integer> pairedFound = new HashSet<>();
        for (int[] pair : pairs) {
            UnitReading e = expected.get(pair[0]);
            UnitReading f = found.get(pair[1]);
            pairedExpected.add(pair[0]);
            pairedFound.add(pair[1]);
            Set<String> common = new HashSet<>(e.actionLines());
            common.retainAll(f.actionLines());
            lines = lines.plus(new Tally(
                    common.size(), e.actionLines().size(), f.actionLines().size()));
            int tp = 0;
            for (Map.Entry<String, Integer> country : e.countries().entrySet()) {
                tp += Math.min(country.getValue(), f.countries().getOrDefault(country.getKey(), 0));
            }
            countries = countries.plus(new Tally(tp, total(e), total(f)));
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!pairedExpected.contains(i)) {
                lines = lines.plus(new Tally(0, expected.get(i).actionLines().size(), 0));
                countries = countries.plus(new Tally(0, total(expected.get(i)), 0));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!pairedFound.contains(i)) {
                lines = lines.plus(new Tally(0, 0, found.get(i).actionLines().size()));
                countries = countries.plus(new Tally(0, 0, total(found.get(i))));
            }
        }
        return new Score(expected.size(), found.size(), pairs.size(), lines, countries);
    }

    /** Index pairs (expected, found), the most similar titles first, each unit in one pair at most. */
    static List<int[]> pair(List<UnitReading> expected, List<UnitReading> found) {
        List<int[]> pairs = new ArrayList<>();
        if (expected.size() == 1 && found.size() == 1) {
            pairs.add(new int[] {0, 0});
            return pairs;
        }
        List<double[]> candidates = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            for (int f = 0; f < found.size(); f++) {
                double similarity =
                        similarity(expected.get(e).title(), found.get(f).title());
                if (similarity >= MIN_TITLE_SIMILARITY) {
                    candidates.add(new double[] {similarity, e, f});
                }
            }
        }
        // Ties go to the pair that keeps document order (smaller distance between positions).
        candidates.sort((a, b) -> a[0] != b[0]
                ? Double.compare(b[0], a[0])
                : Double.compare(Math.abs(a[1] - a[2]), Math.abs(b[1] - b[2])));
        Set<Integer> usedExpected = new HashSet<>();
        Set<Integer> usedFound = new HashSet<>();
        for (double[] c : candidates) {
            int e = (int) c[1];
            int f = (int) c[2];
            if (usedExpected.add(e)) {
                if (usedFound.add(f)) {
                    pairs.add(new int[] {e, f});
                } else {
                    usedExpected.remove(e);
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        return pairs;
    }

    /** Dice coefficient of the two titles' word sets (case, accents and punctuation ignored). */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> words(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int total(UnitReading unit) {
        return unit.countries().values().stream().mapToInt(Integer::intValue).sum();
    }
}
