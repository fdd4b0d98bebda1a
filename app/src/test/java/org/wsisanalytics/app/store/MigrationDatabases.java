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

    /**
     * A database a migration test runs on.
     *
     * @param url its JDBC URL
     * @param user the user
     * @param password the password
     */
    record Database(String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** Flyway over the project's migrations on this database, stopping at {@code target}. */
        Flyway flyway(String target) {
            return MigrationDatabases.flyway(url, user, password, target);
        }
    }

    /** An H2 database in memory, kept until the JVM ends. */
    static Database h2(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** The CI PostgreSQL database, emptied ({@link #emptyPostgres()}). */
    static Database postgres() throws SQLException {
        return new Database(emptyPostgres(), postgresUser(), postgresPassword());
    }

    /**
     * Migrates {@code db} up to {@code version}, stores what {@code rows} writes, then migrates it to the latest
     * version: a migration meeting a store that already holds rows.
     */
    static void migrateWithRows(Database db, String version, Rows rows) throws SQLException {
        db.flyway(version).migrate();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            rows.store(statement);
        }
        db.flyway("latest").migrate();
    }

    /** Writes a test's rows. */
    @FunctionalInterface
    interface Rows {
        void store(Statement statement) throws SQLException;
    }

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
