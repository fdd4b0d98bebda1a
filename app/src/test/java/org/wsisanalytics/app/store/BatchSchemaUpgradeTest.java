package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.core.io.ByteArrayResource;

/**
 * The upgrade path for Spring Batch's own tables. A database made while an earlier Spring Batch was in use keeps
 * its tables when the application moves to a newer one; {@link BatchSchemaUpgrade} must bring them up to date and
 * keep the jobs they hold. The earlier Spring Batch is 5.2, whose tables differ from 6.0's in one sequence
 * ({@code BATCH_JOB_SEQ}, renamed {@code BATCH_JOB_INSTANCE_SEQ} by 6.0): its DDL is 6.0's with that name.
 * Run on H2, and on PostgreSQL where {@code .ci/run} provides one.
 */
class BatchSchemaUpgradeTest {

    @Test
    void aDatabaseMadeBySpringBatch5IsUpgradedAndKeepsItsJobsOnH2() throws Exception {
        upgradeADatabaseMadeBySpringBatch5(MigrationDatabases.h2("batch-upgrade"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WSIS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void aDatabaseMadeBySpringBatch5IsUpgradedAndKeepsItsJobsOnPostgres() throws Exception {
        upgradeADatabaseMadeBySpringBatch5(MigrationDatabases.postgres());
    }

    @Test
    void aDatabaseFromBeforeTheVersionWasRecordedIsTakenAsSpringBatch6() throws SQLException {
        MigrationDatabases.Database db = MigrationDatabases.h2("batch-unrecorded");
        db.flyway("latest").migrate();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            // What a database migrated before this change holds: no record, no run of the upgrade.
            statement.execute("DROP TABLE wa_batch_schema");
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IS NULL");
        }

        db.flyway("latest").migrate();

        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT version FROM wa_batch_schema"))
                    .containsExactly("6.0");
            assertThat(strings(
                            statement,
                            "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                                    + " WHERE SEQUENCE_NAME LIKE 'BATCH_JOB%' ORDER BY SEQUENCE_NAME"))
                    .containsExactly("BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_INSTANCE_SEQ");
        }
    }

    @Test
    void aNewDatabaseRecordsTheDdlInUseAndNeedsNoUpgrade() throws SQLException {
        MigrationDatabases.Database db = MigrationDatabases.h2("batch-new");
        db.flyway("latest").migrate();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThat(BatchDdl.newestVersion()).isEqualTo("6.0");
            assertThat(strings(statement, "SELECT version FROM wa_batch_schema"))
                    .containsExactly("6.0");
        }
    }

    private static void upgradeADatabaseMadeBySpringBatch5(MigrationDatabases.Database db) throws Exception {
        String url = db.url();
        Function<Connection, BatchDdl> batch5 = BatchSchemaUpgradeTest::springBatch52;
        Flyway.configure()
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .javaMigrations(new BatchSchemaMigration(batch5), new BatchSchemaUpgrade("5.0", batch5))
                .load()
                .migrate();
        long instance;
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT version FROM wa_batch_schema"))
                    .containsExactly("5.0");
            nextValue(statement, url, "BATCH_JOB_SEQ");
            instance = nextValue(statement, url, "BATCH_JOB_SEQ");
            statement.execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)"
                    + " VALUES (" + instance + ", 0, 'analysisJob', 'k')");
        }

        db.flyway("latest").migrate();

        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThat(strings(statement, "SELECT version FROM wa_batch_schema"))
                    .containsExactly("6.0");
            assertThat(strings(statement, "SELECT JOB_NAME FROM BATCH_JOB_INSTANCE"))
                    .containsExactly("analysisJob");
            assertThat(nextValue(statement, url, "BATCH_JOB_INSTANCE_SEQ"))
                    .as("the new sequence continues after the jobs the old one numbered")
                    .isEqualTo(instance + 1);
        }
    }

    /** Spring Batch 5.2's tables: 6.0's, with the job instance sequence under its old name. */
    private static BatchDdl springBatch52(Connection connection) {
        BatchDdl now = BatchDdl.inUseOrFail(connection);
        try {
            String schema = now.schema()
                    .getContentAsString(StandardCharsets.UTF_8)
                    .replace("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_SEQ");
            return new BatchDdl(
                    now.platform(),
                    new ByteArrayResource(schema.getBytes(StandardCharsets.UTF_8)),
                    new TreeMap<>(now.migrations().headMap("5.0", true)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long nextValue(Statement statement, String url, String sequence) throws SQLException {
        String sql = url.startsWith("jdbc:postgresql")
                ? "SELECT nextval('" + sequence.toLowerCase() + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
