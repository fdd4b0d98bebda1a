package org.wsisanalytics.app.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Brings Spring Batch's tables up to the DDL of the Spring Batch in use, on a database that an earlier one made.
 *
 * <p>A repeatable migration whose checksum is the DDL version in use: Flyway runs it after the versioned
 * migrations whenever that version differs from the one it last ran with, which is what happens on the first start
 * after an upgrade to a Spring Batch that changed its tables. It reads the version the tables have from
 * {@code wa_batch_schema} (written by {@link BatchSchemaMigration}), runs every migration script that
 * spring-batch-core ships for a later version in version order, restarts each Batch sequence above the highest
 * id its table holds (Spring Batch 6.0 replaces a sequence on H2 without carrying its value over), and records the
 * new version. A database from before the version was recorded was made by Spring Batch 6.0's DDL.
 */
@Component
class BatchSchemaUpgrade extends BatchTablesMigration {

    /** The DDL version of databases made before {@code wa_batch_schema} existed: all were made by Spring Batch 6.0. */
    static final String UNRECORDED = "6.0";

    private static final Logger log = LoggerFactory.getLogger(BatchSchemaUpgrade.class);
    private static final Map<String, String> SEQUENCES = Map.of(
            "BATCH_JOB_INSTANCE_SEQ", "SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE",
            "BATCH_JOB_EXECUTION_SEQ", "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION",
            "BATCH_STEP_EXECUTION_SEQ", "SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION");

    private final String versionInUse;

    BatchSchemaUpgrade() {
        this(BatchDdl.newestVersion(), BatchDdl::inUseOrFail);
    }

    /** For tests: the DDL of another Spring Batch than the one on the class path. */
    BatchSchemaUpgrade(String versionInUse, Function<Connection, BatchDdl> ddl) {
        super("Spring Batch job repository upgrade", ddl);
        this.versionInUse = versionInUse;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    /** Flyway runs a repeatable migration again when its checksum changes: here, when the DDL version does. */
    @Override
    public Integer getChecksum() {
        return versionInUse.hashCode();
    }

    @Override
    void migrate(Connection connection, BatchDdl inUse) throws SQLException {
        String had = recorded(connection);
        for (Map.Entry<String, Resource> migration :
                inUse.migrations().tailMap(had, false).entrySet()) {
            log.info("Upgrading the Spring Batch tables from {} to {}", had, migration.getKey());
            ScriptUtils.executeSqlScript(connection, migration.getValue());
            had = migration.getKey();
        }
        restartSequences(connection);
        record(connection, inUse.version(), false);
    }

    private static String recorded(Connection connection) throws SQLException {
        if (!exists(connection, "wa_batch_schema")) {
            record(connection, UNRECORDED, true);
            return UNRECORDED;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version FROM wa_batch_schema")) {
            return rs.next() ? rs.getString("version") : UNRECORDED;
        }
    }

    /** Restarts each Batch sequence of the current DDL that the database has above the ids its table holds. */
    private static void restartSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Set<String> present = new HashSet<>();
            try (ResultSet rs = statement.executeQuery("SELECT sequence_name FROM information_schema.sequences")) {
                while (rs.next()) {
                    present.add(rs.getString("sequence_name").toUpperCase(Locale.ROOT));
                }
            }
            for (Map.Entry<String, String> sequence : SEQUENCES.entrySet()) {
                if (!present.contains(sequence.getKey())) {
                    continue;
                }
                long next;
                try (ResultSet rs = statement.executeQuery(sequence.getValue())) {
                    next = (rs.next() ? rs.getLong(1) : 0) + 1;
                }
                statement.execute("ALTER SEQUENCE " + sequence.getKey() + " RESTART WITH " + next);
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
