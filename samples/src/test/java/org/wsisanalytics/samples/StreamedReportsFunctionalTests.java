package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.samples.corpus.CorpusGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report step reads a run from the store a few documents at a time and writes every output in one walk over
 * the sessions. On a generated corpus of several documents: the outputs agree with each other, and reading
 * the evidence two documents at a time gives exactly the files that one batch for the whole run gives.
 */
class StreamedReportsFunctionalTests {

    private static final String DATE = "--run-date=2025-07-11";
    private static final int DOCUMENTS = 5;

    @TempDir
    static Path work;

    static Path batched;
    static Path whole;

    @BeforeAll
    static void runTwice() throws IOException {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.writeCorpus(DOCUMENTS, corpus, 11L);
        JobRun inBatches = new JobRun(work.resolve("batches"));
        JobRun inOne = new JobRun(work.resolve("one"));
        assertThat(inBatches.run("--input=" + corpus, DATE, "--wsis.report-batch-documents=2"))
                .isZero();
        assertThat(inOne.run("--input=" + corpus, DATE, "--wsis.report-batch-documents=1000"))
                .isZero();
        batched = inBatches.output().resolve("latest").toRealPath();
        whole = inOne.output().resolve("latest").toRealPath();
    }

    @Test
    void batchesOfTwoDocumentsGiveTheSameExportsAsOneBatch() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(batched.resolve("data"))) {
            files = Stream.concat(walk.filter(Files::isRegularFile), Stream.of(batched.resolve("rejects.csv")))
                    .toList();
        }
        assertThat(files).hasSize(16);
        for (Path file : files) {
            assertThat(Files.readString(whole.resolve(batched.relativize(file))))
                    .as(batched.relativize(file).toString())
                    .isEqualTo(Files.readString(file));
        }
        // analysis.json too, but for its run part: the two runs' parameters differ in the batch size.
        JsonNode one = withoutRun(whole.resolve("analysis.json"));
        JsonNode two = withoutRun(batched.resolve("analysis.json"));
        assertThat(two.get("sessions")).hasSizeGreaterThan(DOCUMENTS * 9);
        assertThat(two).isEqualTo(one);
    }

    private static JsonNode withoutRun(Path json) {
        ObjectNode tree = (ObjectNode) JsonMapper.builder().build().readTree(json.toFile());
        tree.remove("run");
        return tree;
    }

    @Test
    void csvJsonWorkbookAndManifestCountTheSameItems() throws IOException {
        int sessions = Outputs.csv(batched.resolve("data/sessions.csv")).size();
        int lines =
                Outputs.csv(batched.resolve("data/action_line_mentions.csv")).size();
        int names = Outputs.csv(batched.resolve("data/action_line_names.csv")).size();
        int countries =
                Outputs.csv(batched.resolve("data/country_mentions.csv")).size();
        int themes = Outputs.csv(batched.resolve("data/themes.csv")).stream()
                .mapToInt(r -> Integer.parseInt(r.get("mentions")))
                .sum();
        int figures = Outputs.csv(batched.resolve("data/figures.csv")).size();
        assertThat(sessions).isBetween(DOCUMENTS * 10, DOCUMENTS * 13);
        assertThat(lines).isPositive();
        assertThat(countries).isPositive();
        assertThat(figures).isPositive();

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(batched.resolve("analysis.json").toFile());
        assertThat(json.get("sessions")).hasSize(sessions);
        assertThat(total(json, "action_line_mentions")).isEqualTo(lines);
        assertThat(total(json, "action_line_names")).isEqualTo(names);
        assertThat(total(json, "country_mentions")).isEqualTo(countries);
        assertThat(total(json, "theme_mentions")).isEqualTo(themes);
        assertThat(total(json, "figures")).isEqualTo(figures);
        JsonNode aggregates = json.get("aggregates");
        assertThat(aggregates.get("sessions").asInt()).isEqualTo(sessions);
        assertThat(aggregates.get("country_mentions").asInt()).isEqualTo(countries);
        assertThat(aggregates.get("theme_mentions").asInt()).isEqualTo(themes);

        JsonNode counts = JsonMapper.builder()
                .build()
                .readTree(batched.resolve("manifest.json").toFile())
                .get("counts");
        assertThat(counts.get("sessions").asInt()).isEqualTo(sessions);
        assertThat(counts.get("action_line_mentions").asInt()).isEqualTo(lines);
        assertThat(counts.get("figures").asInt()).isEqualTo(figures);

        try (InputStream in = Files.newInputStream(batched.resolve("wsis-analytics.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet evidence = workbook.getSheet("Evidence");
            assertThat(evidence.getLastRowNum()).isEqualTo(lines + names + countries + themes + figures);
            assertThat(workbook.getSheet("Figures").getLastRowNum()).isEqualTo(figures);
            assertThat(workbook.getSheet("Sessions").getLastRowNum()).isEqualTo(sessions);
        }
        try (Stream<Path> briefs = Files.list(batched.resolve("sessions"))) {
            assertThat(briefs.count()).isEqualTo(sessions);
        }
    }

    private static int total(JsonNode json, String array) {
        int total = 0;
        for (JsonNode session : json.get("sessions")) {
            total += session.get(array).size();
        }
        return total;
    }
}
