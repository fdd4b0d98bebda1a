package org.wsisanalytics.app.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/**
 * What the migration tests share: Flyway over the project's migrations up to a version, and the PostgreSQL
 * database that {@code .ci/run} provides, emptied before a test migrates it from the start.
 */
final class MigrationDatabases {

    static final String POSTGRES_URL = "WSIS_TEST_POSTGRES_URL";

    private MigrationDatabases() {}

    /** Flyway over the project's migrations, stopping at {@code target} ("latest" for all). */
    static Flyway flyway(String url, String user, String password, String target) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new BatchSchemaMigration(), new BatchSchemaUpgrade())
                .target(target)
                .load();
    }

    /**
     * Stores run 'old' (2025-07-14) with one input, 'a.txt' at position 1, read into document 'A' of
     * {@code sessions} sessions, whose rows are the test's: what every migration test starts from.
     */
    static void storeOldRun(Statement statement, int sessions) throws SQLException {
        statement.execute("INSERT INTO wa_run (run_id, run_date, fingerprint, created_at)"
                + " VALUES ('old', DATE '2025-07-14', 'f', TIMESTAMP '2025-07-14 06:00:00')");
        statement.execute("INSERT INTO wa_run_input (run_id, position, name, location, sha256, size_bytes)"
                + " VALUES ('old', 1, 'a.txt', '/in/a.txt', 'aa', 10)");
        statement.execute(
                "INSERT INTO wa_document (run_id, position, title, sessions) VALUES ('old', 1, 'A', " + sessions + ")");
    }

    /** Stores session 1 of run 'old''s document, read by the template (from V6 on). */
    static void storeOldSession(Statement statement) throws SQLException {
        statement.execute("INSERT INTO wa_session (run_id, position, session_index, title, structure)"
                + " VALUES ('old', 1, 1, 'First', 'template')");
    }

    static String postgresUser() {
        return System.getenv().getOrDefault("WSIS_TEST_POSTGRES_USER", "postgres");
    }

    static String postgresPassword() {
        return System.getenv().getOrDefault("WSIS_TEST_POSTGRES_PASSWORD", "");
    }

    /** The CI PostgreSQL database's URL, after dropping everything in its public schema. */
    static String emptyPostgres() throws SQLException {
        String url = System.getenv(POSTGRES_URL);
        try (Connection db = DriverManager.getConnection(url, postgresUser(), postgresPassword());
                Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return url;
    }
}
