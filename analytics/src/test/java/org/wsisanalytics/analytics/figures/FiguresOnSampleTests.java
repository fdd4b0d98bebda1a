package org.wsisanalytics.analytics.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Session;

/** Figures on the whole sample, against the hand annotation in {@code figures/sample-figures.tsv}. */
class FiguresOnSampleTests {

    private static final FigureDetector DETECTOR = new FigureDetector();

    record Row(int session, String kind, String role, String value, String unit, String text, int occurrences) {}

    @Test
    void everySessionHasExactlyTheAnnotatedFiguresInOrder() throws IOException {
        List<Session> sessions = SampleSessions.sessions();
        assertThat(sessions).hasSize(13);
        List<Row> expected = readAnnotation();
        List<Row> actual = new ArrayList<>();
        for (Session session : sessions) {
            for (Figure f : DETECTOR.detect(session)) {
                actual.add(new Row(
                        session.index(),
                        f.kind().name(),
                        f.role().name(),
                        f.value().toPlainString(),
                        f.unit(),
                        f.text(),
                        f.occurrences()));
            }
        }
        for (int index = 1; index <= 13; index++) {
            int session = index;
            assertThat(actual.stream().filter(r -> r.session() == session).toList())
                    .as("session %d", session)
                    .containsExactlyElementsOf(expected.stream()
                            .filter(r -> r.session() == session)
                            .toList());
        }
        assertThat(actual).hasSize(45);
    }

    @Test
    void everyFigurePointsAtItsTextInsideItsSentence() {
        for (Session session : SampleSessions.sessions()) {
            for (Figure figure : DETECTOR.detect(session)) {
                assertThat(SampleSessions.textAt(
                                session, figure.section(), figure.start(), figure.end(), figure.text()))
                        .isEqualTo(figure.text());
                assertThat(figure.sentence()).contains(figure.text());
            }
        }
    }

    @Test
    void theLakhFigureIsOneFactQuotedTwiceAndConflictsWithTheMillionFigure() {
        Session session = SampleSessions.sessions().get(12);
        List<Figure> figures = DETECTOR.detect(session);
        Figure lakh = figures.stream()
                .filter(f -> f.text().equals("approximately 6.4 lakh villages"))
                .findFirst()
                .orElseThrow();
        assertThat(lakh.value()).isEqualByComparingTo(new BigDecimal("640000"));
        assertThat(lakh.occurrences()).isEqualTo(2);
        assertThat(lakh.sentence()).startsWith("India has made strides in connecting approximately 6.4 lakh villages");
        assertThat(new FigureChecks().check(session, figures)).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(FigureChecks.CHECK);
            assertThat(finding.message())
                    .isEqualTo("Session 13 \"" + session.title() + "\" quotes 6.4 with 2 different"
                            + " values: \"approximately 6.4 lakh villages\" (640,000) and \"6.4 million communities\""
                            + " (6,400,000); check which is right before quoting either.");
        });
    }

    @Test
    void noOtherSessionQuotesANumberWithTwoScales() {
        List<Session> sessions = SampleSessions.sessions();
        for (Session session : sessions.subList(0, 12)) {
            assertThat(new FigureChecks().check(session, DETECTOR.detect(session)))
                    .as("session %d", session.index())
                    .isEmpty();
        }
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
                rows.add(new Row(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5], Integer.parseInt(c[6])));
            }
        }
        return rows;
    }
}
