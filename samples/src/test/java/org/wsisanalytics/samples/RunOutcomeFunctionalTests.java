package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.app.inputs.InputResolver;
import org.wsisanalytics.app.run.RunRequest;

/** Exit codes, rejects and restarts of whole runs. */
class RunOutcomeFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void badInputsAreRejectedWithAReasonAndTheGoodOneIsStillAnalysed() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SAMPLE, inbox.resolve(SAMPLE.getFileName()));
        Files.writeString(inbox.resolve("empty.txt"), "");
        JobRun job = new JobRun(work);

        int exit = job.run("--input=" + inbox, "--run-date=2025-07-11");

        assertThat(exit).isEqualTo(2);
        Path run = job.output().resolve("latest");
        List<CSVRecord> rejects = Outputs.csv(run.resolve("rejects.csv"));
        assertThat(rejects)
                .extracting(r -> r.get("input"))
                .containsExactly(inbox.resolve("empty.txt").toString());
        assertThat(rejects.get(0).get("reason")).contains("empty.txt").contains("empty");
        assertThat(Outputs.csv(run.resolve("data/sessions.csv"))).hasSize(13);
    }

    @Test
    void aFailedReportStepIsResumedByTheSameCommandWithoutDuplicates() throws Exception {
        JobRun job = new JobRun(work);
        job.blockPublishing();

        int failed = job.run("--input=" + SAMPLE, "--run-date=2025-07-11");
        assertThat(failed).isEqualTo(1);
        job.unblockPublishing();

        int resumed = job.run("--input=" + SAMPLE, "--run-date=2025-07-11");
        assertThat(resumed).isZero();

        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session")).isEqualTo(13);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_run")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(2);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingestStep'"))
                    .as("the restart does not read the documents again")
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'reportStep'"))
                    .isEqualTo(2);
        }
        assertThat(Outputs.csv(job.output().resolve("latest/data/sessions.csv")))
                .hasSize(13);
    }

    @Test
    void anExecutionLeftRunningByAKilledProcessIsRecoveredAndResumed() throws Exception {
        JobRun job = new JobRun(work);
        job.blockPublishing();
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isEqualTo(1);
        job.unblockPublishing();
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            // What a SIGKILL during the report step leaves behind: the job and the step still "running".
            execute(db, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL");
            execute(
                    db,
                    "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                            + " WHERE STEP_NAME = 'reportStep'");
        }

        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();

        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session")).isEqualTo(13);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_action_line_mention"))
                    .isEqualTo(Outputs.csv(job.output().resolve("latest/data/action_line_mentions.csv"))
                            .size());
        }
    }

    @Test
    void anExecutionLeftInAnUnknownStateIsMarkedFailedAndResumed() throws Exception {
        JobRun job = new JobRun(work);
        job.blockPublishing();
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isEqualTo(1);
        job.unblockPublishing();
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            // What a chunk whose commit failed halfway leaves (Spring Batch's TaskletStep and AbstractStep): the
            // step and the job UNKNOWN, which Spring Batch itself refuses to restart or recover.
            execute(db, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN'");
            execute(
                    db,
                    "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN'"
                            + " WHERE STEP_NAME = 'reportStep'");
        }

        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();

        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS = 'UNKNOWN'"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'ingestStep'"))
                    .as("the restart does not read the documents again")
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session")).isEqualTo(13);
        }
        assertThat(Outputs.csv(job.output().resolve("latest/data/sessions.csv")))
                .hasSize(13);
    }

    @Test
    void aSecondStartOfARunThatIsStillGoingExitsWithAMessage() throws Exception {
        JobRun job = new JobRun(work);
        RunRequest request = new RunRequest(
                new InputResolver().resolve(List.of(SAMPLE)).sources(),
                List.of(),
                LocalDate.of(2025, 7, 11),
                job.output());
        Path locks = Files.createDirectories(work.resolve("data/locks"));
        try (FileChannel channel = FileChannel.open(
                        locks.resolve(request.runId() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isEqualTo(1);
        }
        assertThat(job.output().resolve(request.runId())).doesNotExist();
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();
        assertThat(job.output().resolve(request.runId())).isDirectory();
    }

    @Test
    void anUnknownOptionOrABadDateFailsWithoutRunning() {
        JobRun job = new JobRun(work);
        assertThat(job.run("--inptu=x")).isEqualTo(1);
        assertThat(job.run("--run-date=11/07/2025")).isEqualTo(1);
        assertThat(job.output()).doesNotExist();
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
