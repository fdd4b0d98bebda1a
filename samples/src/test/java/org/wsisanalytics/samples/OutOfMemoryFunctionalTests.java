package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.samples.ExecutableJar.Result;
import org.wsisanalytics.samples.corpus.CorpusGenerator;

/**
 * A run whose heap runs out, wherever that happens (in a step of ours, or inside the embedded database, which then
 * closes before Spring Batch can record the failure), says so in a paragraph with the heap to use, and the same
 * command with that heap resumes it to the same bytes as a run that never failed.
 */
class OutOfMemoryFunctionalTests {

    private static final String DATE = "--run-date=2025-07-11";
    /**
     * Measured with the jar on the 30 documents below: at 28 MB the heap runs out while the analysis is being
     * stored, inside H2 ("The database has been closed"), after about 30 s. The parallel collector gives up when
     * it spends nearly all the time collecting, rather than crawling on for minutes as G1 does.
     */
    private static final List<String> SMALL_HEAP = List.of("-Xmx28m", "-XX:+UseParallelGC");

    private static final List<String> ENOUGH_HEAP = List.of("-Xmx512m");

    @TempDir
    Path work;

    @Test
    void aRunOutOfMemoryIsResumedWithMoreHeapToTheBytesOfAnUninterruptedRun() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        CorpusGenerator.writeCorpus(30, corpus, 7L);
        Path failing = Files.createDirectories(work.resolve("failing"));
        Path uninterrupted = Files.createDirectories(work.resolve("uninterrupted"));

        Result outOfMemory = ExecutableJar.run(SMALL_HEAP, failing, "--input=" + corpus, DATE);

        assertThat(outOfMemory.exitCode()).as(outOfMemory.output()).isEqualTo(1);
        assertThat(outOfMemory.output())
                .contains("Nothing was published. Run the same command again to resume it")
                .contains("Start the same command with a larger heap, e.g. java -Xmx1024m")
                .doesNotContain("\tat ", "Caused by:", "Application run failed");
        Path reports = failing.resolve("reports");
        if (Files.exists(reports)) {
            try (var published = Files.list(reports)) {
                assertThat(published.filter(p -> !p.getFileName().toString().startsWith(".")))
                        .as("nothing published")
                        .isEmpty();
            }
        }

        Result resumed = ExecutableJar.run(ENOUGH_HEAP, failing, "--input=" + corpus, DATE);
        Result reference = ExecutableJar.run(ENOUGH_HEAP, uninterrupted, "--input=" + corpus, DATE);

        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:h2:file:" + failing.resolve("data/wsis-analytics"), "sa", "");
                Statement statement = db.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            List<String> statuses = new ArrayList<>();
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
            assertThat(statuses)
                    .as("one job instance: the failed execution, then the one that resumed it")
                    .containsExactly("FAILED", "COMPLETED");
        }
        assertThat(reference.exitCode()).isZero();
        Path resumedRun = failing.resolve("reports/latest").toRealPath();
        Path referenceRun = uninterrupted.resolve("reports/latest").toRealPath();
        assertThat(Outputs.files(resumedRun))
                .containsExactlyElementsOf(Outputs.files(referenceRun))
                .hasSizeGreaterThan(30);
        assertThat(Outputs.differing(referenceRun, resumedRun))
                .as("files that differ from the uninterrupted run")
                .containsExactly(Path.of("manifest.json"));
    }
}
