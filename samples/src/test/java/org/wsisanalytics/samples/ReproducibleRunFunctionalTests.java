package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run gives the same bytes: every published file but {@code manifest.json} depends only on the
 * inputs, the run date and the settings. Two runs of the sample in two folders (each with its own database)
 * agree byte for byte, and so does a run killed while it was writing its reports and then resumed.
 */
class ReproducibleRunFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();
    private static final String INPUT = "--input=" + SAMPLE;
    private static final String DATE = "--run-date=2025-07-11";
    private static final Path MANIFEST = Path.of("manifest.json");

    @TempDir
    static Path work;
    /** The uninterrupted run every other run is held against. */
    static Path reference;

    @BeforeAll
    static void runOnce() throws IOException {
        JobRun job = new JobRun(work.resolve("reference"));
        assertThat(job.run(INPUT, DATE)).isZero();
        reference = job.output().resolve("latest").toRealPath();
    }

    @Test
    void theSampleRunTwiceInTwoFoldersGivesTheSameBytes() throws IOException {
        JobRun again = new JobRun(work.resolve("again"));
        assertThat(again.run(INPUT, DATE)).isZero();
        Path run = again.output().resolve("latest").toRealPath();

        assertThat(run).isNotEqualTo(reference);
        assertThat(Outputs.files(run))
                .as("the same files")
                .containsExactlyElementsOf(Outputs.files(reference))
                .contains(
                        Path.of("wsis-analytics.xlsx"),
                        Path.of("wsis-analytics-brief.pdf"),
                        Path.of("analysis.json"),
                        Path.of("data/sessions.csv"),
                        Path.of("rejects.csv"),
                        Path.of("wsis-analytics.qdpx"))
                .hasSize(34);
        assertThat(Outputs.differing(reference, run))
                .as("files that differ between two runs of the same inputs and date")
                .containsExactly(MANIFEST);
    }

    @Test
    void aRunKilledWhileWritingItsReportsAndResumedGivesTheSameBytesAsAnUninterruptedOne() throws Exception {
        Path folder = Files.createDirectories(work.resolve("killed"));
        JobRun job = new JobRun(folder);
        // First attempt: ingest and analysis complete, the report step fails when it publishes (a folder stands
        // where its lock file goes).
        job.blockPublishing();
        assertThat(job.run(INPUT, DATE)).isEqualTo(1);
        job.unblockPublishing();
        // Second attempt: the report step dies in the middle of writing (the findings cannot be read once the CSV
        // files have begun; the figures could not serve, as the key messages read every session before the
        // outputs begin), leaving a half-written staging folder ...
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            execute(db, "ALTER TABLE wa_finding ALTER COLUMN message RENAME TO message_hidden");
        }
        assertThat(job.run(INPUT, DATE)).isEqualTo(1);
        List<Path> leftovers = stagingFolders(job.output());
        assertThat(leftovers).hasSize(1);
        assertThat(Outputs.files(leftovers.get(0)))
                .as("what the dead attempt left half-written")
                .contains(Path.of("data/sessions.csv"), Path.of("data/findings.csv"));
        // ... and the process is gone without recording it: the job and its step still say they are running.
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            execute(db, "ALTER TABLE wa_finding ALTER COLUMN message_hidden RENAME TO message");
            execute(
                    db,
                    "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                            + " WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)");
            execute(
                    db,
                    "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                            + " WHERE STEP_EXECUTION_ID = (SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION)");
        }

        assertThat(job.run(INPUT, DATE)).isZero();

        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'reportStep'"))
                    .as("three attempts at the report step")
                    .isEqualTo(3);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingestStep'"))
                    .as("the documents were read once")
                    .isEqualTo(1);
        }
        assertThat(stagingFolders(job.output()))
                .as("the half-written folder is cleared")
                .isEmpty();
        Path resumed = job.output().resolve("latest").toRealPath();
        assertThat(Outputs.files(resumed)).containsExactlyElementsOf(Outputs.files(reference));
        assertThat(Outputs.differing(reference, resumed))
                .as("files that differ from the uninterrupted run")
                .containsExactly(MANIFEST);
    }

    private static List<Path> stagingFolders(Path output) throws IOException {
        try (Stream<Path> list = Files.list(output)) {
            return list.filter(p -> p.getFileName().toString().startsWith(".staging-"))
                    .toList();
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
