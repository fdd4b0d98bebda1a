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
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.StructureLayer;

/**
 * V12 adds the facilitator's organisation to a store that already holds sessions: a session stored before it has
 * none (NULL) and is read back without one; a session stored after it keeps the organisation its table row gave.
 */
class FacilitatorOrganizationMigrationTest {

    private static final String URL = "jdbc:h2:mem:facilitator-organization;DB_CLOSE_DELAY=-1";

    @Test
    void sessionsStoredBeforeTheColumnHaveNoOrganisationAndLaterOnesKeepTheirs() throws SQLException {
        MigrationDatabases.flyway(URL, "sa", "", "11").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO wa_run (run_id, run_date, fingerprint, created_at)"
                    + " VALUES ('old', DATE '2025-07-14', 'f', TIMESTAMP '2025-07-14 06:00:00')");
            statement.execute("INSERT INTO wa_run_input (run_id, position, name, location, sha256, size_bytes)"
                    + " VALUES ('old', 1, 'a.txt', '/in/a.txt', 'aa', 10)");
            statement.execute("INSERT INTO wa_document (run_id, position, title, sessions) VALUES ('old', 1, 'A', 1)");
            statement.execute("INSERT INTO wa_session (run_id, position, session_index, title, facilitator,"
                    + " facilitator_listed, structure) VALUES ('old', 1, 1, 'First', 'Amrita Choudhury',"
                    + " 'Amrita Choudhury', 'template')");
        }

        MigrationDatabases.flyway(URL, "sa", "", "latest").migrate();

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(URL, "sa", ""));
        DocumentStore store = new DocumentStore(jdbc, new FindingStore(jdbc));
        Session old = store.session("old", 1, "a.txt", 1);
        assertThat(old.facilitator()).isEqualTo("Amrita Choudhury");
        assertThat(old.facilitatorOrganization()).isNull();

        Session stored = new Session(
                "a.txt",
                1,
                "378",
                "First",
                "Amrita Choudhury",
                "Amrita Choudhury",
                "CCAOI",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378",
                StructureLayer.TEMPLATE,
                List.of(new Section("Introduction", SectionType.INTRODUCTION, "Partnerships matter.")));
        store.save(
                "old",
                1,
                new ParsedDocument(
                        new DocumentSource("a.txt", "/in/a.txt", "a".repeat(64), 10),
                        "A",
                        List.of(),
                        List.of(stored),
                        List.of()));
        assertThat(store.session("old", 1, "a.txt", 1).facilitatorOrganization())
                .isEqualTo("CCAOI");
        assertThat(WholeRun.sessions(jdbc, "old", Map.of(1, "a.txt")))
                .singleElement()
                .extracting(Session::facilitatorOrganization)
                .isEqualTo("CCAOI");
        assertThat(store.outlines("old", Map.of(1, "a.txt"), PositionRange.ALL))
                .singleElement()
                .extracting(SessionOutline::facilitatorOrganization)
                .isEqualTo("CCAOI");
    }
}
