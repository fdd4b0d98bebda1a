package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TextLocation;

/**
 * V13 adds where a session's title is in its input file to a store that already holds sessions: a session stored
 * before it has no title location (NULL) and is read back without one; a session stored after it keeps the lines
 * its title was read from.
 */
class SessionTitleLocationMigrationTest {

    private static final String URL = "jdbc:h2:mem:session-title-location;DB_CLOSE_DELAY=-1";

    @Test
    void sessionsStoredBeforeTheColumnHaveNoTitleLocationAndLaterOnesKeepTheirs() throws SQLException {
        MigrationDatabases.flyway(URL, "sa", "", "12").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO wa_run (run_id, run_date, fingerprint, created_at)"
                    + " VALUES ('old', DATE '2025-07-14', 'f', TIMESTAMP '2025-07-14 06:00:00')");
            statement.execute("INSERT INTO wa_run_input (run_id, position, name, location, sha256, size_bytes)"
                    + " VALUES ('old', 1, 'a.txt', '/in/a.txt', 'aa', 10)");
            statement.execute("INSERT INTO wa_document (run_id, position, title, sessions) VALUES ('old', 1, 'A', 1)");
            statement.execute("INSERT INTO wa_session (run_id, position, session_index, title, facilitator,"
                    + " facilitator_listed, structure, facilitator_organization) VALUES ('old', 1, 1,"
                    + " 'C3. Access to information and knowledge', NULL, NULL, 'outline', NULL)");
        }

        MigrationDatabases.flyway(URL, "sa", "", "latest").migrate();

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(URL, "sa", ""));
        DocumentStore store = new DocumentStore(jdbc, new FindingStore(jdbc));
        Session old = store.session("old", 1, "a.txt", 1);
        assertThat(old.title()).isEqualTo("C3. Access to information and knowledge");
        assertThat(old.titleLocation()).isNull();
        assertThat(old.titleAsSection().anchors()).isEmpty();

        Session stored = new Session(
                "a.txt",
                1,
                null,
                "Consultation on implementing WSIS outcomes related to Action Line C2",
                TextLocation.lines(5, 6),
                null,
                null,
                null,
                null,
                StructureLayer.WHOLE,
                List.of(new Section("Introduction", SectionType.INTRODUCTION, "Infrastructure matters.")));
        store.save(
                "old",
                1,
                new ParsedDocument(
                        new DocumentSource("a.txt", "/in/a.txt", "a".repeat(64), 10),
                        "A",
                        List.of(),
                        List.of(stored),
                        List.of()));
        assertThat(jdbc.sql("SELECT title_location FROM wa_session WHERE run_id = 'old'")
                        .query(String.class)
                        .single())
                .isEqualTo("lines 5–6");
        assertThat(store.session("old", 1, "a.txt", 1).titleLocation()).isEqualTo(TextLocation.lines(5, 6));
        assertThat(WholeRun.sessions(jdbc, "old", Map.of(1, "a.txt")))
                .singleElement()
                .extracting(Session::titleLocation)
                .isEqualTo(TextLocation.lines(5, 6));
    }
}
