package org.wsisanalytics.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What the two Java migrations of the Spring Batch tables share ({@link BatchSchemaMigration} makes them,
 * {@link BatchSchemaUpgrade} brings them up to date): each runs in Flyway's transaction with the DDL of the Spring
 * Batch in use (or, in tests, of another), and each records in {@code wa_batch_schema} the DDL version the tables
 * then have.
 */
abstract class BatchTablesMigration implements JavaMigration {

    private final String description;
    private final Function<Connection, BatchDdl> ddl;

    /**
     * @param description what Flyway shows for the migration
     * @param ddl the DDL of the Spring Batch whose tables the database is to have
     */
    BatchTablesMigration(String description, Function<Connection, BatchDdl> ddl) {
        this.description = description;
        this.ddl = ddl;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        migrate(connection, ddl.apply(connection));
    }

    /** Migrates the Batch tables over {@code connection} to {@code ddl}. */
    abstract void migrate(Connection connection, BatchDdl ddl) throws Exception;

    /** Writes the DDL version the Batch tables have, creating the record's table on first use. */
    static void record(Connection connection, String version, boolean create) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (create) {
                statement.execute("CREATE TABLE wa_batch_schema (version VARCHAR(20) NOT NULL)");
            }
            statement.execute("DELETE FROM wa_batch_schema");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO wa_batch_schema VALUES (?)")) {
            insert.setString(1, version);
            insert.executeUpdate();
        }
    }
}
