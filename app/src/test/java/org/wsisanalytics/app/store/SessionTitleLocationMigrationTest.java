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
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TextLocation;

/**
 * V13 adds where a session's title is in its input file to a store that already holds sessions: a session stored
 * before it has no title location (NULL) and is read back without one; a session stored after it keeps the lines
 * its title was read from.
 */
class SessionTitleLocationMigrationTest {

    private static final MigrationDatabases.Database DB = MigrationDatabases.h2("session-title-location");

    @Test
    void sessionsStoredBeforeTheColumnHaveNoTitleLocationAndLaterOnesKeepTheirs() throws SQLException {
        MigrationDatabases.migrateWithRows(DB, "12", statement -> {
            MigrationDatabases.storeOldRun(statement, 1);
            statement.execute("INSERT INTO wa_session (run_id, position, session_index, title, facilitator,"
                    + " facilitator_listed, structure, facilitator_organization) VALUES ('old', 1, 1,"
                    + " 'C3. Access to information and knowledge', NULL, NULL, 'outline', NULL)");
        });

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(DB.url(), DB.user(), DB.password()));
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
