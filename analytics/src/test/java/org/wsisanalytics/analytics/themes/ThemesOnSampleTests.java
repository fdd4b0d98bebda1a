package org.wsisanalytics.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.oracle.InMemoryAggregation;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

/** Themes on the sample, against the hand count in {@code themes/sample-theme-counts.tsv}. */
class ThemesOnSampleTests {

    private static final ThemeDetector DETECTOR = new ThemeDetector(ThemeTaxonomy.loadDefault());

    @Test
    void theHandCheckedSessionsHaveExactlyTheCountedMentions() throws IOException {
        List<Session> sessions = SampleSessions.sessions();
        assertThat(sessions).hasSize(13);
        Map<Integer, Map<String, Integer>> expected = readCounts();
        assertThat(expected.keySet()).containsExactly(1, 2, 5, 6, 11);
        for (Map.Entry<Integer, Map<String, Integer>> session : expected.entrySet()) {
            List<ThemeMention> mentions = DETECTOR.detect(sessions.get(session.getKey() - 1));
            Map<String, Integer> counts = new LinkedHashMap<>();
            InMemoryAggregation.themeCounts(mentions).forEach(c -> counts.put(c.theme(), c.mentions()));
            assertThat(counts).as("session %d", session.getKey()).containsExactlyEntriesOf(session.getValue());
        }
    }

    @Test
    void everyMentionPointsAtItsSurfaceInsideItsSentence() {
        for (Session session : SampleSessions.sessions()) {
            for (ThemeMention mention : DETECTOR.detect(session)) {
                assertThat(SampleSessions.textAt(
                                session, mention.section(), mention.start(), mention.end(), mention.surface()))
                        .isEqualTo(mention.surface());
                assertThat(mention.sentence()).contains(mention.surface().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theWholeSampleGivesOneCountPerSessionAndThemeWithAnAiMentionInTwelveSessions() {
        List<ThemeMention> all = new ArrayList<>();
        SampleSessions.sessions().forEach(s -> all.addAll(DETECTOR.detect(s)));
        List<ThemeCount> counts = InMemoryAggregation.themeCounts(all);
        assertThat(counts.stream().mapToInt(ThemeCount::mentions).sum()).isEqualTo(all.size());
        assertThat(counts.stream()
                        .filter(c -> c.theme().equals("AI"))
                        .map(c -> c.session().index()))
                .containsExactly(1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(counts.stream()
                        .filter(c -> c.theme().equals("Satellites"))
                        .map(c -> c.session().index()))
                .containsExactly(3, 13);
    }

    private static Map<Integer, Map<String, Integer>> readCounts() throws IOException {
        Map<Integer, Map<String, Integer>> out = new LinkedHashMap<>();
        try (InputStream in = ThemesOnSampleTests.class.getResourceAsStream("/themes/sample-theme-counts.tsv")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String row : content.split("\\R")) {
                if (row.isBlank() || row.startsWith("#") || row.startsWith("session\t")) {
                    continue;
                }
                String[] columns = row.split("\t");
                out.computeIfAbsent(Integer.parseInt(columns[0]), k -> new LinkedHashMap<>())
                        .put(columns[1], Integer.parseInt(columns[2]));
            }
        }
        return out;
    }
}
