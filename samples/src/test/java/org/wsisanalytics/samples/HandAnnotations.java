package org.wsisanalytics.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand annotations of the sample that the analytics module's detector tests use, read here
 * so that the whole pipeline (ingest, detectors, store, exports) is held to the same reading.
 * Lines starting with '#' are comments; a '#' after the columns starts a comment too.
 */
final class HandAnnotations {

    private static final Path FIXTURES =
            Path.of("../analytics/src/test/resources").toAbsolutePath().normalize();

    private HandAnnotations() {}

    /** Session index to (action line to number of references). */
    static Map<Integer, Map<String, Integer>> actionLines() throws IOException {
        Map<Integer, Map<String, Integer>> expected = new TreeMap<>();
        for (String[] row : rows("sample/expected-action-lines.tsv")) {
            Map<String, Integer> counts = new TreeMap<>();
            if (!row[2].equals("-")) {
                for (String cell : row[2].split(" ")) {
                    String[] codeCount = cell.split("=");
                    counts.put(codeCount[0], Integer.parseInt(codeCount[1]));
                }
            }
            expected.put(Integer.parseInt(row[0]), counts);
        }
        return expected;
    }

    /** Session index to the action lines referenced in its links-to-action-lines part. */
    static Map<Integer, List<String>> actionLinesInLinks() throws IOException {
        Map<Integer, List<String>> expected = new TreeMap<>();
        for (String[] row : rows("sample/expected-action-lines.tsv")) {
            expected.put(Integer.parseInt(row[0]), row[3].equals("-") ? List.of() : List.of(row[3].split(" ")));
        }
        return expected;
    }

    /** Session index to (ISO code to "mentions kind=n kind=n"). */
    static Map<Integer, Map<String, String>> countries() throws IOException {
        Map<Integer, Map<String, String>> expected = new TreeMap<>();
        for (String[] row : rows("countries/expected-sample-countries.tsv")) {
            expected.computeIfAbsent(Integer.parseInt(row[0]), k -> new TreeMap<>())
                    .put(row[1], row[2] + " " + String.join(" ", sorted(row[3].split(" "))));
        }
        return expected;
    }

    /** Every reference to an action line by name only, as "session|code|subLine|phrase|inLinks", in sample order. */
    static List<String> actionLineNames() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String[] row : rows("sample/expected-action-line-names.tsv")) {
            expected.add(String.join("|", row[0], row[1], row[2].equals("-") ? "" : row[2], row[3], row[4]));
        }
        return expected;
    }

    /** Every figure as "session|KIND|ROLE|value|unit|text|occurrences", in sample order. */
    static List<String> figures() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String[] row : rows("figures/sample-figures.tsv")) {
            if (!row[0].equals("session")) {
                expected.add(String.join("|", row[0], row[1], row[2], row[3], row[4], row[5], row[6]));
            }
        }
        return expected;
    }

    static List<String> sorted(String[] values) {
        List<String> list = new ArrayList<>(List.of(values));
        list.sort(null);
        return list;
    }

    private static List<String[]> rows(String fixture) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve(fixture), StandardCharsets.UTF_8)) {
            int comment = line.indexOf('#');
            String data = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (!data.isEmpty()) {
                rows.add(data.split("\t"));
            }
        }
        return rows;
    }
}
