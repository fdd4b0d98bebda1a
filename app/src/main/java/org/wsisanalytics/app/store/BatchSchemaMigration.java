package org.wsisanalytics.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Version 1 of the schema: the Spring Batch job repository tables.
 *
 * <p>Runs the DDL script that ships inside spring-batch-core for the connected database, so no copy of the
 * tables is kept here, and records which Spring Batch DDL version made them in {@code wa_batch_schema}. That holds
 * for a new database only: a database made by an earlier Spring Batch is brought up to date by
 * {@link BatchSchemaUpgrade}, which reads that record.
 */
@Component
class BatchSchemaMigration extends BatchTablesMigration {

    BatchSchemaMigration() {
        this(BatchDdl::inUseOrFail);
    }

    /** For tests: the DDL of another Spring Batch than the one on the class path. */
    BatchSchemaMigration(Function<Connection, BatchDdl> ddl) {
        super("Spring Batch job repository", ddl);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    /** Flyway checksums Java migrations only when told; the script belongs to the Batch version. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    void migrate(Connection connection, BatchDdl tables) throws SQLException {
        ScriptUtils.executeSqlScript(connection, tables.schema());
        record(connection, tables.version(), true);
    }
}
