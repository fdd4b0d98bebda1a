package org.wsisanalytics.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalysisJsonWriterTest {

    @TempDir
    static Path folder;

    static JsonNode json;
    static String text;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        Path file = folder.resolve(
                new AnalysisJsonWriter().write(ReportFixture.withEvents(ReportFixture.withMessages(result)), folder));
        text = Files.readString(file);
        json = JsonMapper.builder().build().readTree(text);
    }

    @Test
    void eventsStandSideBySideAsInTheEventFiles() {
        JsonNode forum = json.get("events").get(0);
        assertThat(forum.get("event").asString()).isEqualTo("WSIS Forum");
        assertThat(forum.get("year").asInt()).isEqualTo(2025);
        assertThat(forum.get("sessions").asInt()).isEqualTo(3);
        assertThat(forum.get("action_line_mentions").asInt()).isEqualTo(3);
        assertThat(forum.get("country_mentions").asInt()).isEqualTo(4);
        assertThat(forum.get("action_lines").get(1).get("share_of_sessions").asDouble())
                .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(forum.get("by_country").get(0).get("key").asString()).isEqualTo("TR");
        assertThat(forum.get("by_theme")).hasSize(1);
        JsonNode regional = json.get("events").get(1);
        assertThat(regional.get("event").asString()).isEqualTo("=Regional review");
        assertThat(regional.get("year").isNull()).isTrue();
    }

    @Test
    void holdsEveryPartOfTheAnalysis() {
        assertThat(names(json))
                .containsExactly(
                        "run",
                        "documents",
                        "action_lines",
                        "countries",
                        "themes",
                        "aggregates",
                        "events",
                        "shared_messages",
                        "findings",
                        "rejects",
                        "sessions");
        assertThat(json.get("run").get("inputs").get(2).get("sha256").asString())
                .isEqualTo("f".repeat(64));
        assertThat(json.get("action_lines")).hasSize(11);
        assertThat(ofAllSessions("action_line_mentions")).hasSize(11);
        assertThat(names(json.get("sessions").get(0)))
                .containsExactly(
                        "document",
                        "session_index",
                        "session_id",
                        "title",
                        "facilitator",
                        "facilitator_listed",
                        "facilitator_organization",
                        "link",
                        "words",
                        "structure",
                        "sections",
                        "action_lines",
                        "countries",
                        "themes",
                        "action_line_mentions",
                        "action_line_names",
                        "country_mentions",
                        "theme_mentions",
                        "figures",
                        "key_messages");
        assertThat(json.get("findings").get(1).get("session_index").isNull()).isTrue();
        assertThat(json.get("rejects").get(0).get("input").asString()).isEqualTo("notes.pdf");
    }

    @Test
    void keyMessagesAreInTheirSessionsAndTheSharedOnesBeforeTheFindingsEachWithItsLocation() {
        JsonNode first = json.get("sessions").get(0).get("key_messages");
        assertThat(first).hasSize(2);
        assertThat(names(first.get(0))).containsExactly("rank", "part", "section", "sentence", "citation", "location");
        assertThat(first.get(0).get("part").asString()).isEqualTo("achievements");
        assertThat(first.get(0).get("sentence").asString()).isEqualTo(ReportFixture.A1_PLEDGE);
        assertThat(first.get(0).get("location").asString()).isEqualTo("line 10");
        assertThat(first.get(0).get("citation").asString()).endsWith("\u201CAchievements\u201D, line 10");
        assertThat(json.get("sessions").get(2).get("key_messages")).isEmpty();
        JsonNode shared = json.get("shared_messages");
        assertThat(shared).hasSize(2);
        assertThat(shared.get(0).get("kind").asString()).isEqualTo("action_line");
        assertThat(shared.get(0).get("document").asString()).isEqualTo("late-summary.docx");
        assertThat(shared.get(0).get("session_index").asInt()).isEqualTo(1);
        assertThat(shared.get(0).get("location").asString()).isEqualTo("para. 3");
    }

    @Test
    void sessionsCarryTheirActionLinesCountriesAndThemes() {
        JsonNode first = json.get("sessions").get(0);
        assertThat(first.get("facilitator").asString()).isEqualTo("Lidia Stępińska-Ustasiak");
        assertThat(first.get("facilitator_organization").asString()).isEqualTo("Polistratos Institute");
        assertThat(json.get("sessions").get(3).get("facilitator_organization").isNull())
                .isTrue();
        assertThat(first.get("words").asInt()).isEqualTo(53);
        assertThat(first.get("structure").asString()).isEqualTo("template");
        assertThat(json.get("sessions").get(3).get("structure").asString()).isEqualTo("outline");
        assertThat(first.get("sections").get(2).get("type").asString()).isEqualTo("action_line_links");
        List<String> lines = new ArrayList<>();
        first.get("action_lines")
                .forEach(l -> lines.add(l.get("action_line").asString() + "="
                        + l.get("mentions").asInt() + (l.get("in_links_section").asBoolean() ? "L" : "")));
        assertThat(lines).containsExactly("C1=1L", "C3=2L", "C7=1L");
        List<String> countries = new ArrayList<>();
        first.get("countries")
                .forEach(c -> countries.add(
                        c.get("key").asString() + "=" + c.get("mentions").asInt()));
        assertThat(countries).containsExactly("TR=2", "PL=1", "TV=1");
        assertThat(json.get("sessions")
                        .get(2)
                        .get("themes")
                        .get(0)
                        .get("mentions")
                        .asInt())
                .isEqualTo(2);
        assertThat(json.get("sessions").get(3).get("session_id").isNull()).isTrue();
    }

    /** A line named only is listed with 0 references; a conflicting label is listed on its line. */
    @Test
    void sessionsActionLinesCarryTheCellsMarks(@TempDir Path other) throws IOException {
        Path file = other.resolve(
                new AnalysisJsonWriter().write(InMemoryRunData.of(ReportFixture.withCoverageMarks()), other));
        JsonNode sessions =
                JsonMapper.builder().build().readTree(Files.readString(file)).get("sessions");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sessions.get(i)
                    .get("action_lines")
                    .forEach(l -> lines.add(l.get("action_line").asString() + "="
                            + l.get("mentions").asInt() + (l.get("named_only").asBoolean() ? " named" : "")
                            + (l.get("label_conflicts").isEmpty()
                                    ? ""
                                    : " " + l.get("label_conflicts").get(0).asString())));
        }
        assertThat(lines).containsExactly("C1=1", "C3=2", "C6=0 named", "C7=1", "C2=1", "C5=2 E-Governance");
    }

    @Test
    void countriesThemesAndFiguresKeepTheirEvidence() {
        JsonNode countries = json.get("countries");
        List<JsonNode> mentions = ofAllSessions("country_mentions");
        assertThat(mentions).hasSize(9);
        JsonNode language = mentions.get(6);
        assertThat(language.get("kind").asString()).isEqualTo("language");
        assertThat(language.get("country").asString()).isEqualTo("Türkiye");
        assertThat(language.get("sentence").asString()).isEqualTo(ReportFixture.A3_OPPORTUNITIES);
        JsonNode tuvalu = countries.get("frequencies").get(4);
        assertThat(tuvalu.get("groups").toString()).isEqualTo("[\"LDC\",\"SIDS\"]");
        assertThat(countries.get("roll_ups").get(1).get("name").asString()).isEqualTo("Africa");
        assertThat(countries.get("roll_ups").get(1).get("mentions").asInt()).isEqualTo(3);
        assertThat(countries.get("with_action_lines")).hasSize(17);
        assertThat(json.get("themes").get("taxonomy")).hasSize(17);
        assertThat(ofAllSessions("themes")).hasSize(8);
        assertThat(ofAllSessions("theme_mentions")).hasSize(9);
        JsonNode name = json.get("sessions").get(2).get("action_line_names").get(0);
        assertThat(name.get("action_line").asString()).isEqualTo("C9");
        assertThat(name.get("phrase").asString()).isEqualTo("-the media action line");
        List<JsonNode> figures = ofAllSessions("figures");
        assertThat(figures).hasSize(5);
        JsonNode billion = figures.get(0);
        assertThat(billion.get("kind").asString()).isEqualTo("quantity");
        assertThat(billion.get("unit").asString()).isEqualTo("people");
        assertThat(billion.get("value").asLong()).isEqualTo(2_600_000_000L);
        assertThat(billion.get("role").asString()).isEqualTo("stated");
        assertThat(figures.get(1).get("occurrences").asInt()).isEqualTo(2);
        assertThat(figures.get(3).get("role").asString()).isEqualTo("target");
        assertThat(text)
                .contains("\"value\" : 2600000000,", "\"value\" : 5000000,")
                .doesNotContain("E+");
    }

    @Test
    void aggregatesAddUpTheRun() {
        JsonNode aggregates = json.get("aggregates");
        assertThat(aggregates.get("sessions").asInt()).isEqualTo(4);
        assertThat(aggregates.get("country_mentions").asInt()).isEqualTo(9);
        assertThat(aggregates.get("countries").asInt()).isEqualTo(5);
        assertThat(aggregates.get("theme_mentions").asInt()).isEqualTo(9);
        assertThat(aggregates.get("figures").asInt()).isEqualTo(5);
        JsonNode c2 = aggregates.get("action_lines").get(1);
        assertThat(c2.get("action_line").asString()).isEqualTo("C2");
        assertThat(c2.get("sessions").asInt()).isEqualTo(2);
        assertThat(c2.get("share_of_sessions").asDouble()).isEqualTo(0.5);
        assertThat(c2.get("mentions").asInt()).isEqualTo(2);
    }

    /** The named array of every session, one after the other. */
    private static List<JsonNode> ofAllSessions(String array) {
        List<JsonNode> items = new ArrayList<>();
        json.get("sessions").forEach(session -> session.get(array).forEach(items::add));
        return items;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
