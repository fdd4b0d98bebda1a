package org.wsisanalytics.analytics.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.sample.SampleSummaries;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Session;

/** Figures on the whole sample, against the hand annotation in {@code figures/sample-figures.tsv}. */
class FiguresOnSampleTests {

    private static final FigureDetector DETECTOR = new FigureDetector();

    record Row(int session, String kind, String value, String unit, String text) {
    }

    @Test
    void everySessionHasExactlyTheAnnotatedFiguresInOrder() throws IOException {
        List<Session> sessions = SampleSummaries.sessionsAsOneSection();
        assertThat(sessions).hasSize(13);
        List<Row> expected = readAnnotation();
        List<Row> actual = new ArrayList<>();
        for (Session session : sessions) {
            for (Figure f : DETECTOR.detect(session)) {
                actual.add(new Row(session.index(), f.kind().name(), f.value().toPlainString(), f.unit(), f.text()));
            }
        }
        for (int index = 1; index <= 13; index++) {
            int session = index;
            assertThat(actual.stream().filter(r -> r.session() == session).toList()).as("session %d", session)
                    .containsExactlyElementsOf(expected.stream().filter(r -> r.session() == session).toList());
        }
        assertThat(actual).hasSize(57);
    }

    @Test
    void everyFigurePointsAtItsTextInsideItsSentence() {
        for (Session session : SampleSummaries.sessionsAsOneSection()) {
            String text = session.sections().get(0).text();
            for (Figure figure : DETECTOR.detect(session)) {
                assertThat(text.substring(figure.start(), figure.end())).isEqualTo(figure.text());
                assertThat(figure.sentence()).contains(figure.text());
            }
        }
    }

    @Test
    void theEvidenceOfTheLakhFigureIsItsListItem() {
        Figure lakh = DETECTOR.detect(SampleSummaries.sessionsAsOneSection().get(12)).stream()
                .filter(f -> f.text().equals("6.4 lakh villages")).findFirst().orElseThrow();
        assertThat(lakh.value()).isEqualByComparingTo(new BigDecimal("640000"));
        assertThat(lakh.sentence()).startsWith("India: Connecting 6.4 lakh villages through high-speed OFC networks;");
    }

    private static List<Row> readAnnotation() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = FiguresOnSampleTests.class.getResourceAsStream("/figures/sample-figures.tsv")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : content.split("\\R")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("session\t")) {
                    continue;
                }
                String[] c = line.split("\t");
                rows.add(new Row(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4]));
            }
        }
        return rows;
    }
}
