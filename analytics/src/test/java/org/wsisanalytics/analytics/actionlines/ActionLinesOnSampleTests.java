package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.oracle.InMemoryAggregation;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Session;

/** Action lines on the whole sample, against the hand annotation in {@code sample/expected-action-lines.tsv}. */
class ActionLinesOnSampleTests {

    private static final ActionLineCatalog CATALOG = ActionLineCatalog.loadDefault();

    private static List<Session> sessions;
    private static List<Expected> expected;

    record Expected(int index, String title, Map<String, Integer> mentions, Set<String> inLinks) {}

    @BeforeAll
    static void readSampleAndAnnotation() throws IOException {
        sessions = SampleSessions.withHeadingsAndTitle();
        expected = readAnnotation();
    }

    @Test
    void theSampleHasThirteenSessionsWithTheAnnotatedTitles() {
        assertThat(sessions)
                .extracting(Session::title)
                .containsExactlyElementsOf(
                        expected.stream().map(Expected::title).toList());
    }

    @Test
    void eachSessionReferencesExactlyTheAnnotatedActionLinesAsOftenAsAnnotated() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            Map<String, Integer> counts = new LinkedHashMap<>();
            detector.detect(session).forEach(m -> counts.merge(m.actionLine(), 1, Integer::sum));
            assertThat(counts)
                    .as("session %d \"%s\"", session.index(), session.title())
                    .isEqualTo(expected.get(i).mentions());
        }
    }

    @Test
    void coverageMarksTheLinesReferencedInTheLinksPart() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        List<ActionLineMention> mentions =
                sessions.stream().flatMap(s -> detector.detect(s).stream()).toList();
        List<ActionLineCoverage> coverage = InMemoryAggregation.coverage(mentions);
        for (Expected session : expected) {
            Set<String> inLinks = coverage.stream()
                    .filter(c -> c.session().index() == session.index() && c.inLinksSection())
                    .map(ActionLineCoverage::actionLine)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(inLinks).as("session %d", session.index()).isEqualTo(new TreeSet<>(session.inLinks()));
        }
        assertThat(mentions).hasSize(49);
        assertThat(coverage).hasSize(43);
    }

    @Test
    void everyMentionPointsAtItsNotationAndQuotesItsSentence() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        for (Session session : sessions) {
            for (ActionLineMention mention : detector.detect(session)) {
                assertThat(SampleSessions.textAt(
                                session, mention.section(), mention.start(), mention.end(), mention.notation()))
                        .isEqualTo(mention.notation());
                assertThat(mention.sentence().replace(" ", ""))
                        .contains(mention.notation().replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void evidenceSentencesAreWholeSentences() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        assertThat(detector.detect(sessions.get(4)))
                .extracting(ActionLineMention::sentence)
                .containsExactly("C5. Building confidence and security in use of ICTs.");
        assertThat(detector.detect(sessions.get(5)))
                .first()
                .extracting(ActionLineMention::sentence)
                .isEqualTo("All participants, from both the public and NGO sector, recognized the importance of"
                        + " cooperation among all stakeholders in the promotion of ICTs for development, as articulated"
                        + " in Action Line One.");
    }

    @Test
    void theOnlyLabelMismatchIsC11LabelledEGovernanceInClickToGovern() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        ActionLineLabelCheck check = new ActionLineLabelCheck(CATALOG);
        List<Finding> findings = new ArrayList<>();
        for (Session session : sessions) {
            findings.addAll(check.check(session, detector.detect(session)));
        }
        assertThat(findings).hasSize(2).allSatisfy(finding -> {
            assertThat(finding.sessionIndex()).isEqualTo(12);
            assertThat(finding.check()).isEqualTo("action-line-label-mismatch");
            assertThat(finding.message())
                    .contains("C11", "\"E-Governance\"", "International and regional cooperation", "Click to govern");
        });
        assertThat(findings)
                .extracting(Finding::evidence)
                .containsExactly(
                        "These advances reflect concrete implementation of WSIS Action Line C2 (Infrastructure) and C11 (E-Governance).",
                        "C11 (E-Governance): Kuwait's citizen-centric platform design.");
    }

    /** The same rule marks the coverage cell: session 12's C11 with the label "E-Governance", which fits C7. */
    @Test
    void theLabelConflictsAreTheFindingsAsData() {
        ActionLineDetector detector = new ActionLineDetector(CATALOG);
        ActionLineLabelCheck check = new ActionLineLabelCheck(CATALOG);
        List<ActionLineLabelConflict> conflicts = new ArrayList<>();
        for (Session session : sessions) {
            conflicts.addAll(check.conflicts(session, detector.detect(session)));
        }
        assertThat(conflicts).hasSize(2).allSatisfy(conflict -> {
            assertThat(conflict.session().index()).isEqualTo(12);
            assertThat(conflict.actionLine()).isEqualTo("C11");
            assertThat(conflict.label()).isEqualTo("E-Governance");
            assertThat(conflict.fits()).isEqualTo("C7 (ICT applications, sub-line E-government)");
        });
    }

    private static List<Expected> readAnnotation() throws IOException {
        try (InputStream in = ActionLinesOnSampleTests.class.getResourceAsStream("/sample/expected-action-lines.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ActionLinesOnSampleTests::expected)
                    .toList();
        }
    }

    private static Expected expected(String line) {
        String[] columns = line.split("\t");
        Map<String, Integer> mentions = new LinkedHashMap<>();
        if (!columns[2].equals("-")) {
            for (String cell : columns[2].split(" ")) {
                String[] parts = cell.split("=");
                mentions.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        Set<String> inLinks = columns[3].equals("-") ? Set.of() : Set.copyOf(Arrays.asList(columns[3].split(" ")));
        return new Expected(Integer.parseInt(columns[0]), columns[1], mentions, inLinks);
    }
}
