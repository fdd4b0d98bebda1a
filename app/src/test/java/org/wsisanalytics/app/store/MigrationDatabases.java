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
