package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on PostgreSQL: schema from the same migrations, a full run and a restart.
 * {@code .ci/run} starts a server on loopback and sets {@code WSIS_TEST_POSTGRES_URL}.
 */
@EnabledIfEnvironmentVariable(named = "WSIS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();
    private static final String URL = System.getenv("WSIS_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("WSIS_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("WSIS_TEST_POSTGRES_PASSWORD", "");

    @TempDir
    Path work;

    private JobRun job;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection db = connect();
                Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        job = JobRun.onDatabase(work, URL, USER, PASSWORD);
    }

    @Test
    void runsTheSampleAndKeepsItsResultsInPostgres() throws Exception {
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();

        assertThat(Outputs.csv(job.output().resolve("latest/data/sessions.csv")))
                .hasSize(13);
        try (Connection db = connect()) {
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session")).isEqualTo(13);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_action_line_mention WHERE session_index = 5"))
                    .isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version IN ('1', '2', '3')"))
                    .as("the Batch tables, the analysis store and the mention tables")
                    .isEqualTo(3);
            assertThat(count(db, "SELECT COUNT(*) FROM wa_country_mention")).isEqualTo(251);
            assertThat(count(db, "SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED'"))
                    .isEqualTo(1);
        }
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11"))
                .as("already complete")
                .isZero();
    }

    @Test
    void aFailedRunIsResumedWithoutDuplicates() throws Exception {
        job.blockPublishing();
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isEqualTo(1);
        job.unblockPublishing();

        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();

        try (Connection db = connect()) {
            assertThat(count(db, "SELECT COUNT(*) FROM wa_session")).isEqualTo(13);
            assertThat(count(db, "SELECT COUNT(*) FROM batch_job_instance")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM batch_step_execution WHERE step_name = 'ingestStep'"))
                    .isEqualTo(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
