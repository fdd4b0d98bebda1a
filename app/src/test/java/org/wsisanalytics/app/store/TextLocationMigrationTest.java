package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/**
 * V8 adds locations and country links to a store that already holds sections and mentions: the rows stored before
 * it have no location and link no country to a line, and are read back as such; rows stored after it keep both.
 */
class TextLocationMigrationTest {

    private static final MigrationDatabases.Database DB = MigrationDatabases.h2("text-location");

    @Test
    void rowsStoredBeforeTheColumnsHaveNoLocationAndNoLinks() throws SQLException {
        MigrationDatabases.migrateWithRows(DB, "7", statement -> {
            MigrationDatabases.storeOldRun(statement, 1);
            MigrationDatabases.storeOldSession(statement);
            statement.execute("INSERT INTO wa_section (run_id, position, session_index, section_index, heading,"
                    + " section_type, body, words) VALUES ('old', 1, 1, 1, 'Intro', 'INTRODUCTION', 'Kenya (C2).', 2)");
            statement.execute("INSERT INTO wa_country_mention (run_id, position, session_index, ordinal, iso2, surface,"
                    + " kind, section, sentence, start_offset, end_offset)"
                    + " VALUES ('old', 1, 1, 1, 'KE', 'Kenya', 'NAME', 'Intro', 'Kenya (C2).', 0, 5)");
        });

        MentionStore mentions =
                new MentionStore(new JdbcTemplate(new DriverManagerDataSource(DB.url(), DB.user(), DB.password())));
        SessionKey session = new SessionKey("a.txt", 1);
        Map<Integer, String> names = Map.of(1, "a.txt");
        assertThat(mentions.countries("old", names, PositionRange.ALL))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.location()).isNull();
                    assertThat(m.actionLines()).isEmpty();
                });
        try (Connection db = DB.connect();
                Statement statement = db.createStatement();
                ResultSet anchors = statement.executeQuery("SELECT anchors FROM wa_section")) {
            assertThat(anchors.next()).isTrue();
            assertThat(AnchorColumn.read(anchors.getString(1))).isEmpty();
        }

        mentions.replaceCountries(
                "old",
                1,
                1,
                List.of(new CountryMention(
                        session,
                        "KE",
                        "Kenya",
                        CountryMentionKind.NAME,
                        "Intro",
                        "Kenya (C2).",
                        0,
                        5,
                        TextLocation.lines(2061, 2063),
                        List.of("C2"))));
        assertThat(mentions.countries("old", names, PositionRange.ALL))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.location()).hasToString("lines 2061–2063");
                    assertThat(m.actionLines()).containsExactly("C2");
                });
        List<TextAnchor> written =
                List.of(new TextAnchor(0, TextLocation.page(35)), new TextAnchor(412, TextLocation.page(36)));
        String value = AnchorColumn.write(new Section("Vision", SectionType.VISION, "text", written));
        assertThat(value).isEqualTo("0 p. 35|412 p. 36");
        assertThat(AnchorColumn.read(value)).isEqualTo(written);
    }
}
