package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole job on the sample as text, as Word, as PDF, as HTML and as RTF, in one run, held against the hand
 * annotations: no missed and no false (session, action line) or (session, country) pair, exact
 * mention counts and kinds, the same figures, for every rendition.
 */
class SampleAccuracyFunctionalTests {

    private static final String TEXT = "wsis20-hltf-summaries-2025.txt";
    private static final String WORD = "wsis20-hltf-summaries-2025.docx";
    private static final String PDF = "wsis20-hltf-summaries-2025.pdf";
    private static final String HTML = "wsis20-hltf-summaries-2025.html";
    private static final String RTF = "wsis20-hltf-summaries-2025.rtf";

    @TempDir
    static Path work;

    private static Path run;

    @BeforeAll
    static void runOnAllRenditions() {
        JobRun job = new JobRun(work);
        int exit = job.run(
                "--input=" + Path.of("documents", TEXT).toAbsolutePath() + ","
                        + Path.of("renditions", WORD).toAbsolutePath() + ","
                        + Path.of("renditions", PDF).toAbsolutePath() + ","
                        + Path.of("renditions", HTML).toAbsolutePath() + ","
                        + Path.of("renditions", RTF).toAbsolutePath(),
                "--run-date=2025-07-11");
        assertThat(exit).isZero();
        run = job.output().resolve("latest");
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, WORD, PDF, HTML, RTF})
    void actionLinesPerSessionAreExactlyTheHandReading(String document) throws IOException {
        // The hand reading counts headings too: session 9's heading (sample line 623) says "ESPECIALLY ACTION LINE C6".
        Map<Integer, Map<String, Integer>> expected = HandAnnotations.actionLines();

        Map<Integer, Map<String, Integer>> found = new TreeMap<>();
        expected.keySet().forEach(session -> found.put(session, new TreeMap<>()));
        for (CSVRecord row : rows("data/action_line_mentions.csv", document)) {
            found.get(index(row)).merge(row.get("action_line"), 1, Integer::sum);
        }
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, WORD, PDF, HTML, RTF})
    void linksSectionsHoldTheLinesTheHandReadingPutsThere(String document) throws IOException {
        Map<Integer, List<String>> expected = HandAnnotations.actionLinesInLinks();
        Map<Integer, List<String>> found = new TreeMap<>();
        expected.keySet().forEach(session -> found.put(session, new ArrayList<>()));
        for (CSVRecord row : rows("data/action_line_mentions.csv", document)) {
            List<String> lines = found.get(index(row));
            if (row.get("in_links_section").equals("true") && !lines.contains(row.get("action_line"))) {
                lines.add(row.get("action_line"));
            }
        }
        found.values().forEach(lines -> lines.sort((a, b) -> Integer.compare(number(a), number(b))));
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, WORD, PDF, HTML, RTF})
    void actionLinesNamedWithoutANumberAreListedApart(String document) throws IOException {
        List<String> found = new ArrayList<>();
        for (CSVRecord row : rows("data/action_line_names.csv", document)) {
            found.add(String.join(
                    "|",
                    row.get("session_index"),
                    row.get("action_line"),
                    row.get("sub_line"),
                    row.get("phrase"),
                    row.get("in_links_section")));
        }
        assertThat(found).isEqualTo(HandAnnotations.actionLineNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, WORD, PDF, HTML, RTF})
    void countriesPerSessionAreExactlyTheHandReading(String document) throws IOException {
        Map<Integer, Map<String, List<String>>> kinds = new TreeMap<>();
        for (CSVRecord row : rows("data/country_mentions.csv", document)) {
            kinds.computeIfAbsent(index(row), k -> new TreeMap<>())
                    .computeIfAbsent(row.get("iso2"), k -> new ArrayList<>())
                    .add(row.get("kind"));
        }
        Map<Integer, Map<String, String>> found = new TreeMap<>();
        kinds.forEach((session, byCountry) -> byCountry.forEach((iso2, list) -> {
            Map<String, Integer> perKind = new TreeMap<>();
            list.forEach(kind -> perKind.merge(kind, 1, Integer::sum));
            List<String> cells = new ArrayList<>();
            perKind.forEach((kind, n) -> cells.add(kind + "=" + n));
            found.computeIfAbsent(session, k -> new TreeMap<>()).put(iso2, list.size() + " " + String.join(" ", cells));
        }));
        assertThat(found).isEqualTo(HandAnnotations.countries());
    }

    @ParameterizedTest
    @ValueSource(strings = {TEXT, WORD, PDF, HTML, RTF})
    void figuresAreTheEditorsFactCheckList(String document) throws IOException {
        List<String> found = new ArrayList<>();
        for (CSVRecord row : rows("data/figures.csv", document)) {
            found.add(String.join(
                    "|",
                    row.get("session_index"),
                    row.get("kind").toUpperCase(java.util.Locale.ROOT),
                    row.get("role").toUpperCase(java.util.Locale.ROOT),
                    new BigDecimal(row.get("value")).toPlainString(),
                    row.get("unit"),
                    row.get("text"),
                    row.get("occurrences")));
        }
        assertThat(found).isEqualTo(HandAnnotations.figures());
    }

    private static List<CSVRecord> rows(String file, String document) throws IOException {
        return Outputs.csv(run.resolve(file)).stream()
                .filter(r -> r.get("document").equals(document))
                .toList();
    }

    private static int index(CSVRecord row) {
        return Integer.parseInt(row.get("session_index"));
    }

    private static int number(String code) {
        return Integer.parseInt(code.substring(1));
    }
}
