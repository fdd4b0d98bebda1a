package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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

    private static final MigrationDatabases.Database DB = MigrationDatabases.h2("facilitator-organization");

    @Test
    void sessionsStoredBeforeTheColumnHaveNoOrganisationAndLaterOnesKeepTheirs() throws SQLException {
        MigrationDatabases.migrateWithRows(DB, "11", statement -> {
            MigrationDatabases.storeOldRun(statement, 1);
            statement.execute("INSERT INTO wa_session (run_id, position, session_index, title, facilitator,"
                    + " facilitator_listed, structure) VALUES ('old', 1, 1, 'First', 'Amrita Choudhury',"
                    + " 'Amrita Choudhury', 'template')");
        });

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(DB.url(), DB.user(), DB.password()));
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
