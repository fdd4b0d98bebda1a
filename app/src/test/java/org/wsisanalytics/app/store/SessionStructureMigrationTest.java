package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * V6 adds the layer that read each session to a store that already holds sessions: the rows stored before
 * it were all read by the template, and from then on a session cannot be stored without its layer. Run on
 * H2, and on PostgreSQL where {@code .ci/run} provides one.
 */
class SessionStructureMigrationTest {

    private static final String INSERT_SESSION = "INSERT INTO wa_session (run_id, position, session_index, title";

    @Test
    void sessionsStoredBeforeTheColumnWereReadByTheTemplateOnH2() throws SQLException {
        migrateAStoreWithOneOldSession(MigrationDatabases.h2("session-structure"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WSIS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void sessionsStoredBeforeTheColumnWereReadByTheTemplateOnPostgres() throws SQLException {
        migrateAStoreWithOneOldSession(MigrationDatabases.postgres());
    }

    private static void migrateAStoreWithOneOldSession(MigrationDatabases.Database db) throws SQLException {
        MigrationDatabases.migrateWithRows(db, "5", statement -> {
            MigrationDatabases.storeOldRun(statement, 2);
            statement.execute(INSERT_SESSION + ") VALUES ('old', 1, 1, 'First')");
            statement.execute(INSERT_SESSION + ") VALUES ('old', 1, 2, 'Second')");
        });

        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(INSERT_SESSION + ", structure) VALUES ('old', 1, 3, 'Third', 'whole')");
            assertThat(structures(statement)).containsExactly("template", "template", "whole");
            assertThatThrownBy(() -> statement.execute(INSERT_SESSION + ") VALUES ('old', 1, 4, 'No layer')"))
                    .as("no default is left behind")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static List<String> structures(Statement statement) throws SQLException {
        List<String> structures = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT structure FROM wa_session ORDER BY session_index")) {
            while (rows.next()) {
                structures.add(rows.getString(1));
            }
        }
        return structures;
    }
}
