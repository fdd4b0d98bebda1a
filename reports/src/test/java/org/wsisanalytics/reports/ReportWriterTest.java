package org.wsisanalytics.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.manifest.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

    @TempDir
    static Path runFolder;

    static List<Path> written;

    @BeforeAll
    static void writeAll() throws IOException {
        written = new ReportWriter().writeAll(InMemoryRunData.of(ReportFixture.result()), runFolder);
        keepSampleForInspection();
    }

    @Test
    void writesEveryOutputUnderItsFixedNameWithTheManifestLast() throws IOException {
        assertThat(written.stream().map(ReportWriterTest::slashes))
                .containsExactly(
                        "data/sessions.csv",
                        "data/action_line_mentions.csv",
                        "data/action_line_names.csv",
                        "data/action_line_coverage.csv",
                        "data/country_mentions.csv",
                        "data/countries.csv",
                        "data/themes.csv",
                        "data/figures.csv",
                        "data/findings.csv",
                        "data/key_messages.csv",
                        "data/shared_messages.csv",
                        "data/events.csv",
                        "data/event_action_lines.csv",
                        "data/event_countries.csv",
                        "data/event_themes.csv",
                        "rejects.csv",
                        "analysis.json",
                        "wsis-analytics.xlsx",
                        "wsis-analytics-brief.pdf",
                        "sessions/01-01-when-policy-meets-progress-paving-the-way-for-a-fit-for.pdf",
                        "sessions/01-02-sum-a1-towards-a-safer-connected-world-digital-trust-cyber.pdf",
                        "sessions/01-03-cmd-local-to-global-preserving-culture-and-language-in-a.pdf",
                        "sessions/02-01-connecting-the-unconnected-in-turkiye-and-cote-d-ivoire.pdf",
                        "wsis-analytics.qdpx",
                        "manifest.json");
        try (Stream<Path> files = Files.walk(runFolder)) {
            assertThat(files.filter(Files::isRegularFile).map(runFolder::relativize))
                    .containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void manifestRecordsTheRunInputsAndCounts() throws IOException {
        JsonNode manifest = manifest();
        assertThat(manifest.get("run_id").asString()).isEqualTo("20250714-060000-7f3a");
        assertThat(manifest.get("run_date").asString()).isEqualTo("2025-07-14");
        assertThat(manifest.get("started_at").asString()).isEqualTo("2025-07-14T06:00:00Z");
        assertThat(manifest.get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(manifest.get("parameters").get("input").asString()).isEqualTo("inbox/");
        assertThat(manifest.get("inputs")).hasSize(3);
        JsonNode first = manifest.get("inputs").get(0);
        assertThat(first.get("name").asString()).isEqualTo(ReportFixture.SUMMARIES);
        assertThat(first.get("location").asString()).isEqualTo("inbox/" + ReportFixture.SUMMARIES);
        assertThat(first.get("size_bytes").asLong()).isEqualTo(48_213);
        assertThat(first.get("sha256").asString()).isEqualTo("a".repeat(64));
        JsonNode counts = manifest.get("counts");
        assertThat(counts.get("documents").asInt()).isEqualTo(2);
        assertThat(counts.get("sessions").asInt()).isEqualTo(4);
        assertThat(counts.get("action_line_mentions").asInt()).isEqualTo(11);
        assertThat(counts.get("country_mentions").asInt()).isEqualTo(9);
        assertThat(counts.get("theme_mentions").asInt()).isEqualTo(9);
        assertThat(counts.get("figures").asInt()).isEqualTo(5);
        assertThat(counts.get("findings").asInt()).isEqualTo(2);
        assertThat(counts.get("rejects").asInt()).isEqualTo(1);
    }

    @Test
    void manifestChecksumsMatchTheFilesOnDisk() throws IOException {
        List<String> paths = new ArrayList<>();
        for (JsonNode output : manifest().get("outputs")) {
            Path file = runFolder.resolve(output.get("path").asString());
            paths.add(output.get("path").asString());
            assertThat(output.get("size_bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(output.get("sha256").asString())
                    .isEqualTo(Sha256.of(file))
                    .hasSize(64);
        }
        assertThat(paths)
                .hasSize(24)
                .containsExactlyElementsOf(written.subList(0, 24).stream()
                        .map(ReportWriterTest::slashes)
                        .toList());
    }

    @Test
    void sha256IsTheKnownDigest(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");
        assertThat(Sha256.of(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void writesEveryOutputEvenWhenNoInputCouldBeRead(@TempDir Path folder) throws IOException {
        List<Path> files = new ReportWriter().writeAll(InMemoryRunData.of(ReportFixture.nothingRead()), folder);
        assertThat(files).hasSize(21);
        assertThat(folder.resolve("sessions")).doesNotExist();
        assertThat(Files.readString(folder.resolve("data/sessions.csv")))
                .isEqualTo("\uFEFFdocument,session_index,session_id,title,facilitator,facilitator_listed,sections,"
                        + "words,structure,facilitator_organization\r\n");
        assertThat(Files.size(folder.resolve("wsis-analytics.xlsx"))).isGreaterThan(1000);
        assertThat(Files.readString(
                        folder.resolve("wsis-analytics-brief.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-")
                .contains("%%EOF");
        JsonNode counts = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("manifest.json").toFile())
                .get("counts");
        assertThat(counts.get("sessions").asInt()).isZero();
        assertThat(counts.get("rejects").asInt()).isEqualTo(1);
    }

    @Test
    void severalThreadsWriteTheSameFilesWithTheSameDataAsOne(@TempDir Path parallelFolder) throws IOException {
        List<Path> parallel = new ReportWriter(3).writeAll(InMemoryRunData.of(ReportFixture.result()), parallelFolder);

        assertThat(parallel).isEqualTo(written);
        for (Path relative : written) {
            String name = slashes(relative);
            if (name.endsWith(".qdpx")) {
                assertThat(Files.readAllBytes(parallelFolder.resolve(relative)))
                        .as(name)
                        .isEqualTo(Files.readAllBytes(runFolder.resolve(relative)));
            } else if (name.endsWith(".csv") || name.equals("analysis.json")) {
                assertThat(Files.readString(parallelFolder.resolve(relative)))
                        .as(name)
                        .isEqualTo(Files.readString(runFolder.resolve(relative)));
            } else if (name.endsWith(".pdf")) {
                assertThat(Files.readString(parallelFolder.resolve(relative), StandardCharsets.ISO_8859_1))
                        .as(name)
                        .startsWith("%PDF-")
                        .contains("%%EOF");
            }
        }
    }

    @Test
    void oneWalkOverTheSessionsFeedsEveryWriter(@TempDir Path folder) throws IOException {
        for (int threads : new int[] {1, 2}) {
            CountingRunData data = new CountingRunData(InMemoryRunData.of(ReportFixture.result()), Integer.MAX_VALUE);
            new ReportWriter(threads).writeAll(data, Files.createTempDirectory(folder, "t"));
            // CSV files, analysis.json, the workbook's per-session sheets, the brief's session pages and the
            // session briefs and the REFI-QDA sources all take the four sessions from the same walk; the brief's
            // key messages, written before its session pages, take them from a second; its coverage table, heat
            // map and list of sessions, and the QDA project's cases, written before its sources, walk the light
            // overviews once each.
            assertThat(data.walks.get()).isEqualTo(2);
            assertThat(data.visits.get()).isEqualTo(8);
            assertThat(data.overviewWalks.get()).isEqualTo(4);
            // The findings are read once by each output that lists them (CSV, JSON, workbook, brief) and once for
            // the warnings that the brief and the session briefs show on the pages of their sessions.
            assertThat(data.findingWalks.get()).isEqualTo(5);
        }
    }

    @Test
    void aFailureWhileReadingTheSessionsFailsTheReportsWithItsCause(@TempDir Path folder) {
        RunData failing = new CountingRunData(InMemoryRunData.of(ReportFixture.result()), 2);
        for (int threads : new int[] {1, 3}) {
            assertThatThrownBy(
                            () -> new ReportWriter(threads).writeAll(failing, Files.createTempDirectory(folder, "t")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("the store went away after 2 sessions");
        }
    }

    @Test
    void aWriterThatFailsOnItsOwnThreadFailsTheReportsInsteadOfHangingThem(@TempDir Path folder) throws IOException {
        // The workbook cannot be created where a folder of its name stands; its thread fails when it finishes.
        Files.createDirectory(folder.resolve(ReportWriter.WORKBOOK));
        assertThatThrownBy(() -> new ReportWriter(2).writeAll(InMemoryRunData.of(ReportFixture.result()), folder))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("wsis-analytics.xlsx");
        assertThat(folder.resolve("manifest.json")).doesNotExist();
    }

    /** Counts walks and sessions handed over; fails a walk after {@code failAfter} sessions. */
    private static final class CountingRunData implements RunData {
        private final RunData delegate;
        private final int failAfter;
        private final AtomicInteger walks = new AtomicInteger();
        private final AtomicInteger overviewWalks = new AtomicInteger();
        private final AtomicInteger findingWalks = new AtomicInteger();
        private final AtomicInteger visits = new AtomicInteger();

        CountingRunData(RunData delegate, int failAfter) {
            this.delegate = delegate;
            this.failAfter = failAfter;
        }

        @Override
        public RunSummary summary() {
            return delegate.summary();
        }

        @Override
        public void forEachFinding(FindingVisitor visitor) throws IOException {
            findingWalks.incrementAndGet();
            delegate.forEachFinding(visitor);
        }

        @Override
        public void forEachOverview(OverviewVisitor visitor) throws IOException {
            overviewWalks.incrementAndGet();
            delegate.forEachOverview(visitor);
        }

        @Override
        public void forEachSession(SessionVisitor visitor) throws IOException {
            walks.incrementAndGet();
            AtomicInteger seen = new AtomicInteger();
            delegate.forEachSession(session -> {
                if (seen.getAndIncrement() == failAfter) {
                    throw new IOException("the store went away after " + failAfter + " sessions");
                }
                visits.incrementAndGet();
                visitor.visit(session);
            });
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static JsonNode manifest() throws IOException {
        return JsonMapper.builder()
                .build()
                .readTree(runFolder.resolve("manifest.json").toFile());
    }

    /** Leaves a copy of the run in target/sample-run so the outputs can be opened and looked at. */
    private static void keepSampleForInspection() throws IOException {
        Path sample = Path.of("target", "sample-run");
        if (Files.isDirectory(sample)) {
            try (Stream<Path> old = Files.walk(sample)) {
                old.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        for (Path relative : written) {
            Path target = sample.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(runFolder.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
