package org.wsisanalytics.app.store;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Version 1 of the schema: the Spring Batch job repository tables.
 *
 * <p>Runs the DDL script that ships inside spring-batch-core for the connected database, so the
 * tables always match the Batch version in use and no copy of them is kept here. Flyway records
 * it like any other migration, which makes the schema versioned on H2 and PostgreSQL alike.
 */
@Component
class BatchSchemaMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "Spring Batch job repository";
    }

    /** Flyway checksums Java migrations only when told; the script belongs to the Batch version. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String script = "org/springframework/batch/core/schema-" + platform(connection) + ".sql";
        ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
    }

    private static String platform(Connection connection) throws Exception {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("Unsupported database '" + product
                + "': wsis-analytics supports the embedded H2 database and PostgreSQL.");
    }
}
