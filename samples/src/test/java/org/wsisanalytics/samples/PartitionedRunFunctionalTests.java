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
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.app.inputs.InputResolver;
import org.wsisanalytics.app.run.RunRequest;
import org.wsisanalytics.samples.corpus.CorpusGenerator;

/** Ingest and analysis partitioned over documents and run on several threads, and their restart. */
class PartitionedRunFunctionalTests {

    private static final String DATE = "--run-date=2025-07-11";
    private static final int DOCUMENTS = 6;

    @TempDir
    Path work;

    private Path corpus;

    @BeforeEach
    void corpus() throws IOException {
        corpus = work.resolve("corpus");
        CorpusGenerator.writeCorpus(DOCUMENTS, corpus, 7L);
    }

    @Test
    void twoThreadsGiveExactlyTheSameExportsAsOne() throws Exception {
        JobRun single = new JobRun(work.resolve("single"));
        JobRun partitioned = new JobRun(work.resolve("partitioned"));

        assertThat(single.run("--input=" + corpus, DATE, "--wsis.job.threads=1"))
                .isZero();
        assertThat(partitioned.run("--input=" + corpus, DATE, "--wsis.job.threads=2"))
                .isZero();

        Path one = single.output().resolve("latest").toRealPath();
        Path two = partitioned.output().resolve("latest").toRealPath();
        assertThat(Outputs.csv(one.resolve("data/sessions.csv")))
                .as("every generated document keeps 10 to 13 sessions")
                .hasSizeBetween(DOCUMENTS * 10, DOCUMENTS * 13);
        assertThat(Outputs.files(two)).containsExactlyElementsOf(Outputs.files(one));
        assertThat(csvFiles(one)).as("fifteen data exports and rejects.csv").hasSize(16);
        // Not only the exports: the workbook, the briefs and analysis.json do not depend on the threads either.
        assertThat(Outputs.differing(one, two))
                .as("files that differ between one thread and two")
                .containsExactly(Path.of("manifest.json"));
        try (Connection db = DriverManager.getConnection(partitioned.databaseUrl(), "sa", "")) {
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"
                                    + " WHERE STEP_NAME LIKE 'ingestWorkerStep:partition%'"))
                    .isEqualTo(2);
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"
                                    + " WHERE STEP_NAME LIKE 'analyzeWorkerStep:partition%'"))
                    .isEqualTo(2);
        }
    }

    @Test
    void aRestartOfAFailedPartitionedRunRerunsOnlyTheFailedPartitionWithoutDuplicates() throws Exception {
        JobRun reference = new JobRun(work.resolve("reference"));
        assertThat(reference.run("--input=" + corpus, DATE, "--wsis.job.threads=1"))
                .isZero();

        JobRun job = new JobRun(work.resolve("job"));
        // Another run creates the schema, so that the store can be made to refuse one document of this run.
        assertThat(job.run("--input=" + corpus.resolve(firstDocument()), DATE)).isZero();
        String runId = new RunRequest(
                        new InputResolver().resolve(List.of(corpus)).sources(),
                        List.of(),
                        LocalDate.of(2025, 7, 11),
                        job.output())
                .runId();
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            execute(
                    db,
                    "ALTER TABLE wa_document ADD CONSTRAINT test_refuse_position_5" + " CHECK (NOT (run_id = '" + runId
                            + "' AND position = 5))");
        }

        int failed = job.run("--input=" + corpus, DATE, "--wsis.job.threads=2", "--wsis.job.chunk-size=1");
        assertThat(failed).isEqualTo(1);
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            assertThat(count(db, "SELECT COUNT(*) FROM wa_document WHERE run_id = '" + runId + "'"))
                    .as("positions 1 to 4 were committed, 5 was refused")
                    .isEqualTo(4);
            execute(db, "ALTER TABLE wa_document DROP CONSTRAINT test_refuse_position_5");
        }

        assertThat(job.run("--input=" + corpus, DATE, "--wsis.job.threads=2", "--wsis.job.chunk-size=1"))
                .isZero();

        Path expected = reference.output().resolve("latest").toRealPath();
        Path actual = job.output().resolve(runId);
        assertThat(Outputs.files(actual)).containsExactlyElementsOf(Outputs.files(expected));
        assertThat(csvFiles(expected))
                .as("fifteen data exports and rejects.csv")
                .hasSize(16);
        assertThat(Outputs.differing(expected, actual))
                .as("files that differ from the uninterrupted run")
                .containsExactly(Path.of("manifest.json"));
        try (Connection db = DriverManager.getConnection(job.databaseUrl(), "sa", "")) {
            String run = " WHERE run_id = '" + runId + "'";
            assertThat(count(db, "SELECT COUNT(*) FROM wa_document" + run)).isEqualTo(DOCUMENTS);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session" + run))
                    .isEqualTo(
                            Outputs.csv(expected.resolve("data/sessions.csv")).size());
            assertThat(count(db, "SELECT COUNT(*) FROM wa_action_line_mention" + run))
                    .isEqualTo(Outputs.csv(expected.resolve("data/action_line_mentions.csv"))
                            .size());
            assertThat(count(db, "SELECT COUNT(*) FROM wa_country_mention" + run))
                    .isEqualTo(Outputs.csv(expected.resolve("data/country_mentions.csv"))
                            .size());
            assertThat(executions(db, runId, "ingestWorkerStep:partition0"))
                    .as("the completed partition is not read again")
                    .containsExactly("COMPLETED");
            assertThat(executions(db, runId, "ingestWorkerStep:partition1")).containsExactly("FAILED", "COMPLETED");
        }
    }

    private String firstDocument() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.map(f -> f.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static List<Path> csvFiles(Path runFolder) throws IOException {
        return Outputs.files(runFolder).stream()
                .filter(f -> f.toString().endsWith(".csv"))
                .toList();
    }

    /** The statuses of a run's executions of one step, oldest first. */
    private static List<String> executions(Connection db, String runId, String stepName) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT s.STATUS FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION_PARAMS p"
                                + " ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'runId'"
                                + " WHERE p.PARAMETER_VALUE = '" + runId + "' AND s.STEP_NAME = '" + stepName + "'"
                                + " ORDER BY s.STEP_EXECUTION_ID")) {
            List<String> statuses = new java.util.ArrayList<>();
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
            return statuses;
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
