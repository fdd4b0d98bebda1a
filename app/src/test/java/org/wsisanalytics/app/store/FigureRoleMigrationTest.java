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
 * V7 gives figures their role and occurrences in a store that already holds figures: the rows stored before it
 * are stated and quoted once, the year rows go (years are no longer figures), and from then on a figure cannot
 * be stored without both. Run on H2, and on PostgreSQL where {@code .ci/run} provides one.
 */
class FigureRoleMigrationTest {

    private static final String INSERT_FIGURE = "INSERT INTO wa_figure (run_id, position, session_index, ordinal, kind,"
            + " figure_value, unit, figure_text, section, sentence, start_offset, end_offset";

    @Test
    void figuresStoredBeforeTheColumnsAreStatedOnceAndYearsGoOnH2() throws SQLException {
        migrateAStoreWithOldFigures(MigrationDatabases.h2("figure-role"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WSIS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void figuresStoredBeforeTheColumnsAreStatedOnceAndYearsGoOnPostgres() throws SQLException {
        migrateAStoreWithOldFigures(MigrationDatabases.postgres());
    }

    private static void migrateAStoreWithOldFigures(MigrationDatabases.Database db) throws SQLException {
        MigrationDatabases.migrateWithRows(db, "6", statement -> {
            MigrationDatabases.storeOldRun(statement, 1);
            MigrationDatabases.storeOldSession(statement);
            statement.execute(INSERT_FIGURE + ") VALUES ('old', 1, 1, 1, 'PERCENTAGE', 40, '%', '40%', 'S',"
                    + " '40% of homes.', 0, 3)");
            statement.execute(INSERT_FIGURE + ") VALUES ('old', 1, 1, 2, 'YEAR', 2030, 'year', 'by 2030', 'S',"
                    + " 'All by 2030.', 7, 14)");
        });

        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(INSERT_FIGURE + ", role, occurrences) VALUES ('old', 1, 1, 3, 'MONEY', 5, 'USD',"
                    + " 'USD 5', 'S', 'Aims for USD 5.', 9, 14, 'TARGET', 2)");
            assertThat(figures(statement)).containsExactly("PERCENTAGE STATED 1", "MONEY TARGET 2");
            assertThatThrownBy(() -> statement.execute(INSERT_FIGURE + ") VALUES ('old', 1, 1, 4, 'MONEY', 6, 'USD',"
                            + " 'USD 6', 'S', 'USD 6.', 0, 5)"))
                    .as("no default is left behind")
                    .isInstanceOf(SQLException.class);
        }
    }

    private static List<String> figures(Statement statement) throws SQLException {
        List<String> figures = new ArrayList<>();
        try (ResultSet rows =
                statement.executeQuery("SELECT kind, role, occurrences FROM wa_figure ORDER BY ordinal")) {
            while (rows.next()) {
                figures.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getInt(3));
            }
        }
        return figures;
    }
}
