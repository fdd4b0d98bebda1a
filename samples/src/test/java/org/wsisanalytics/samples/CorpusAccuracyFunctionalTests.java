package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsisanalytics.samples.renditions.EncodingVariants;

/**
 * The whole job, once, over the layout corpus ({@code corpus/}: documents of our own in the layouts of real WSIS
 * texts, each with a hand annotation {@code <file>.expected.tsv}) and over every rendition of the sample in
 * {@code renditions/}, and over the text sample in other encodings and line ends ({@link EncodingVariants}, made on
 * each run), held against the sample's hand annotations in {@code analytics/src/test/resources}.
 * Each document is scored with {@link AccuracyScorer}; the table is printed and written to
 * {@code target/corpus-scores.md}, and must be the one in {@code samples/README.md}. Bars: nothing rejected; corpus
 * documents action-line F1 ≥ 0.95 and country F1 ≥ 0.90; renditions 13 sessions with the sample's 13 session
 * numbers (none but those for a PDF's text conversion or a word processor's "save as text", which lose the table's links) and F1 ≥ 0.98 for both. Every document's mention, figure and key-message rows carry their location in the
 * input, those found in a unit's title included.
 */
class CorpusAccuracyFunctionalTests {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path RENDITIONS = Path.of("renditions");
    private static final String SAMPLE = "wsis20-hltf-summaries-2025.";
    private static final Path SAMPLE_TEXT = Path.of("documents/wsis20-hltf-summaries-2025.txt");
    /**
     * The plain text a tool makes of a rendition (a PDF's text conversion, a word processor's "save as text"): the
     * table's links to the session pages are lost.
     */
    private static final List<String> PLAIN_TEXT_CONVERSIONS = List.of("pdftotext", "saved-as-text");

    private static final String EXPECTED = ".expected.tsv";

    @TempDir
    static Path work;

    private static Path run;
    private static final Map<String, AccuracyScorer.Score> SCORES = new LinkedHashMap<>();
    private static final Map<String, String> STRUCTURE = new TreeMap<>();
    private static final Map<String, String> REJECTS = new TreeMap<>();
    private static final Map<String, Set<String>> SESSION_NUMBERS = new TreeMap<>();
    /** The exports whose every row carries where its sentence is in the input: mentions, figures, quotes. */
    private static final List<String> LOCATED_EXPORTS = List.of(
            "action_line_mentions.csv",
            "action_line_names.csv",
            "country_mentions.csv",
            "figures.csv",
            "key_messages.csv");
    /** Per document, its rows of {@link #LOCATED_EXPORTS}, and those among them without a location. */
    private static final Map<String, Integer> ROWS = new TreeMap<>();

    private static final Map<String, List<String>> UNLOCATED = new TreeMap<>();
    private static final Path README = Path.of("README.md");
    private static final String README_SECTION = "## Scores on the layout corpus and the renditions";

    static List<String> corpusDocuments() {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(EXPECTED) && !n.equals("README.md"))
                    .filter(n -> Files.exists(CORPUS.resolve(n + EXPECTED)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed renditions and the encoding variants made from the text sample on each run. */
    static List<String> renditions() {
        try (Stream<Path> files = Files.list(RENDITIONS)) {
            return Stream.concat(
                            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(SAMPLE)),
                            EncodingVariants.names().stream())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void runOnceAndScore() throws IOException {
        List<String> inputs = new ArrayList<>();
        corpusDocuments()
                .forEach(n -> inputs.add(CORPUS.resolve(n).toAbsolutePath().toString()));
        renditions().stream()
                .filter(n -> Files.exists(RENDITIONS.resolve(n)))
                .forEach(n -> inputs.add(RENDITIONS.resolve(n).toAbsolutePath().toString()));
        EncodingVariants.write(SAMPLE_TEXT, work.resolve("variants")).forEach(f -> inputs.add(f.toString()));
        JobRun job = new JobRun(work);
        int exit = job.run("--input=" + String.join(",", inputs), "--run-date=2025-07-11");
        assertThat(exit)
                .as("exit code (2 = some inputs rejected): %s", job.lastStartupFailure())
                .isIn(0, 2);
        run = job.output().resolve("latest");
        for (CSVRecord row : Outputs.csv(run.resolve("rejects.csv"))) {
            REJECTS.put(Path.of(row.get("input")).getFileName().toString(), row.get("reason"));
        }
        for (String export : LOCATED_EXPORTS) {
            for (CSVRecord row : Outputs.csv(run.resolve("data/" + export))) {
                ROWS.merge(row.get("document"), 1, Integer::sum);
                if (row.get("location").isBlank()) {
                    UNLOCATED
                            .computeIfAbsent(row.get("document"), k -> new ArrayList<>())
                            .add(export + " session " + row.get("session_index") + ": " + row.get("sentence"));
                }
            }
        }
        Map<String, List<UnitReading>> found = found();
        for (String document : corpusDocuments()) {
            SCORES.put(
                    document,
                    AccuracyScorer.score(
                            expected(CORPUS.resolve(document + EXPECTED)), found.getOrDefault(document, List.of())));
        }
        List<UnitReading> sample = sampleReading();
        for (String document : renditions()) {
            SCORES.put(document, AccuracyScorer.score(sample, found.getOrDefault(document, List.of())));
        }
        String table = table();
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-scores.md"), table, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("corpusDocuments")
    void corpusDocumentIsReadWithTheIssuesBars(String document) {
        AccuracyScorer.Score score = SCORES.get(document);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(REJECTS.get(document)).as("%s rejected", document).isNull();
        soft.assertThat(score.actionLines().f1())
                .as("%s action-line F1 %s", document, score.actionLines())
                .isGreaterThanOrEqualTo(0.95);
        soft.assertThat(score.countries().f1())
                .as("%s country F1 %s", document, score.countries())
                .isGreaterThanOrEqualTo(0.90);
        soft.assertAll();
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void renditionGivesTheSamplesThirteenSessionsAndItsFigures(String document) {
        AccuracyScorer.Score score = SCORES.get(document);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(REJECTS.get(document)).as("%s rejected", document).isNull();
        soft.assertThat(score.unitsFound()).as("%s sessions", document).isEqualTo(13);
        List<String> sessionNumbers =
                ExpectedSessions.all().stream().map(ExpectedSessions::sessionId).toList();
        if (PLAIN_TEXT_CONVERSIONS.stream().anyMatch(document::contains)) {
            soft.assertThat(SESSION_NUMBERS.getOrDefault(document, Set.of()))
                    .as("%s session numbers", document)
                    .isSubsetOf(sessionNumbers);
        } else {
            soft.assertThat(SESSION_NUMBERS.getOrDefault(document, Set.of()))
                    .as("%s session numbers", document)
                    .containsExactlyInAnyOrderElementsOf(sessionNumbers);
        }
        soft.assertThat(score.actionLines().f1())
                .as("%s action-line F1 %s", document, score.actionLines())
                .isGreaterThanOrEqualTo(0.98);
        soft.assertThat(score.countries().f1())
                .as("%s country F1 %s", document, score.countries())
                .isGreaterThanOrEqualTo(0.98);
        soft.assertAll();
    }

    static List<String> allDocuments() {
        List<String> all = new ArrayList<>(corpusDocuments());
        all.addAll(renditions());
        return all;
    }

    @ParameterizedTest
    @MethodSource("allDocuments")
    void everyMentionFigureAndQuoteIsLocatedInItsInput(String document) {
        assertThat(ROWS.getOrDefault(document, 0))
                .as("%s rows in %s", document, LOCATED_EXPORTS)
                .isPositive();
        assertThat(UNLOCATED.getOrDefault(document, List.of()))
                .as("%s rows without a location", document)
                .isEmpty();
    }

    @Test
    void mentionsInUnitTitlesAreCitedWhereTheTitlesAre() throws IOException {
        Map<String, String> titles = new TreeMap<>();
        for (CSVRecord row : Outputs.csv(run.resolve("data/sessions.csv"))) {
            titles.put(row.get("document") + " " + row.get("session_index"), row.get("title"));
        }
        List<String> inTitles = new ArrayList<>();
        for (String export : List.of("action_line_mentions.csv", "country_mentions.csv")) {
            for (CSVRecord row : Outputs.csv(run.resolve("data/" + export))) {
                String title = titles.get(row.get("document") + " " + row.get("session_index"));
                if (row.get("section").equals(title) && row.get("sentence").equals(title)) {
                    inTitles.add(row.get("document") + " " + row.get("session_index") + " "
                            + (row.isMapped("action_line") ? row.get("action_line") : row.get("iso2")) + " "
                            + row.get("location"));
                }
            }
        }
        // Found by hand: the joined title lines of the hard-wrapped report, the agenda's and the outcome draft's h2s.
        assertThat(inTitles)
                .containsExactlyInAnyOrder(
                        "alfm-c2-2025-report-hardwrapped.txt 1 C2 lines 5–6",
                        "forum-2025-agenda-day2.html 1 C7 line 18",
                        "forum-2025-agenda-day2.html 3 C1 line 72",
                        "wsis20-vision-outcome-draft.html 1 C3 line 11",
                        "wsis20-vision-outcome-draft.html 2 C4 line 22",
                        "wsis20-vision-outcome-draft.html 3 C5 line 39",
                        "wsis20-vision-outcome-draft.html 4 C7 line 50");
    }

    @Test
    void readmeShowsTheMeasuredScores() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf(README_SECTION);
        assertThat(section)
                .as("%s in %s", README_SECTION, README.toAbsolutePath())
                .isNotNegative();
        List<String> shown = readme.substring(section)
                .lines()
                .dropWhile(line -> !line.startsWith("| document"))
                .takeWhile(line -> line.startsWith("|"))
                .toList();
        assertThat(shown)
                .as("the table in samples/README.md (copy it from target/corpus-scores.md)")
                .containsExactlyElementsOf(table().lines().toList());
    }

    /** The hand annotation of a corpus document: unit, title, action lines, countries ("-" for none). */
    static List<UnitReading> expected(Path tsv) throws IOException {
        List<UnitReading> units = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank() || line.startsWith("unit\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            Set<String> lines = new TreeSet<>();
            if (!cells[2].equals("-")) {
                lines.addAll(List.of(cells[2].split(" ")));
            }
            Map<String, Integer> countries = new TreeMap<>();
            if (cells.length > 3 && !cells[3].equals("-")) {
                for (String cell : cells[3].split(" ")) {
                    String[] isoCount = cell.split(":");
                    countries.put(isoCount[0], Integer.parseInt(isoCount[1]));
                }
            }
            units.add(new UnitReading(cells[1], lines, countries));
        }
        return units;
    }

    /** The sample's 13 sessions as the analytics fixtures read them, titled as in {@code expected/sessions.tsv}. */
    private static List<UnitReading> sampleReading() throws IOException {
        Map<Integer, Map<String, Integer>> lines = HandAnnotations.actionLines();
        Map<Integer, Map<String, String>> countries = HandAnnotations.countries();
        List<UnitReading> sessions = new ArrayList<>();
        for (ExpectedSessions session : ExpectedSessions.all()) {
            Map<String, Integer> counts = new TreeMap<>();
            countries
                    .getOrDefault(session.index(), Map.of())
                    .forEach((iso2, cell) -> counts.put(iso2, Integer.parseInt(cell.split(" ")[0])));
            sessions.add(
                    new UnitReading(session.title(), lines.get(session.index()).keySet(), counts));
        }
        return sessions;
    }

    /** Per document, the units the job wrote, with their action lines and country mention counts. */
    private static Map<String, List<UnitReading>> found() throws IOException {
        Map<String, Map<Integer, String>> titles = new TreeMap<>();
        for (CSVRecord row : Outputs.csv(run.resolve("data/sessions.csv"))) {
            titles.computeIfAbsent(row.get("document"), k -> new TreeMap<>()).put(index(row), row.get("title"));
            if (!row.get("session_id").isBlank()) {
                SESSION_NUMBERS
                        .computeIfAbsent(row.get("document"), k -> new TreeSet<>())
                        .add(row.get("session_id"));
            }
            if (row.isMapped("structure")) {
                STRUCTURE.merge(row.get("document"), row.get("structure"), (a, b) -> a.contains(b) ? a : a + "+" + b);
            }
        }
        Map<String, Map<Integer, Set<String>>> lines = new TreeMap<>();
        for (CSVRecord row : Outputs.csv(run.resolve("data/action_line_mentions.csv"))) {
            lines.computeIfAbsent(row.get("document"), k -> new TreeMap<>())
                    .computeIfAbsent(index(row), k -> new TreeSet<>())
                    .add(row.get("action_line"));
        }
        Map<String, Map<Integer, Map<String, Integer>>> countries = new TreeMap<>();
        for (CSVRecord row : Outputs.csv(run.resolve("data/country_mentions.csv"))) {
            countries
                    .computeIfAbsent(row.get("document"), k -> new TreeMap<>())
                    .computeIfAbsent(index(row), k -> new TreeMap<>())
                    .merge(row.get("iso2"), 1, Integer::sum);
        }
        Map<String, List<UnitReading>> found = new TreeMap<>();
        titles.forEach((document, byIndex) -> {
            List<UnitReading> units = new ArrayList<>();
            byIndex.forEach((index, title) -> units.add(new UnitReading(
                    title,
                    lines.getOrDefault(document, Map.of()).getOrDefault(index, Set.of()),
                    countries.getOrDefault(document, Map.of()).getOrDefault(index, Map.of()))));
            found.put(document, units);
        });
        return found;
    }

    private static String table() {
        StringBuilder out = new StringBuilder();
        out.append("| document | units expected | units found | paired | session numbers | structure | ")
                .append(
                        "action lines P / R / F1 | countries P / R / F1 | rejected |\n|---|---|---|---|---|---|---|---|---|\n");
        SCORES.forEach((document, s) -> out.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %s | %s | %s | %s |\n",
                document,
                s.unitsExpected(),
                s.unitsFound(),
                s.unitsPaired(),
                SESSION_NUMBERS.getOrDefault(document, Set.of()).size(),
                STRUCTURE.getOrDefault(document, "-"),
                prf(s.actionLines()),
                prf(s.countries()),
                REJECTS.containsKey(document) ? "yes: " + REJECTS.get(document).replace('|', '/') : "no")));
        return out.toString();
    }

    private static String prf(AccuracyScorer.Tally t) {
        return String.format(
                Locale.ROOT,
                "%.2f / %.2f / **%.2f** (%d of %d, %d found)",
                t.precision(),
                t.recall(),
                t.f1(),
                t.truePositives(),
                t.expected(),
                t.found());
    }

    private static int index(CSVRecord row) {
        return Integer.parseInt(row.get("session_index"));
    }
}
