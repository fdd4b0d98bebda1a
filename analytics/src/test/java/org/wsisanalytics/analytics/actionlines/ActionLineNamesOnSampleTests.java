package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;

/** References by name on the whole sample, against the hand annotation {@code expected-action-line-names.tsv}. */
class ActionLineNamesOnSampleTests {

    private static final ActionLineNameDetector DETECTOR = new ActionLineNameDetector(ActionLineCatalog.loadDefault());

    private static List<Session> sessions;
    private static List<ActionLineNameReference> found;

    /** One annotated reference: what the fixture's columns say. */
    record Expected(int session, String code, String subLine, String phrase, boolean inLinks, String section) {

        static Expected of(ActionLineNameReference reference) {
            return new Expected(
                    reference.session().index(),
                    reference.actionLine(),
                    reference.subLine(),
                    reference.phrase(),
                    reference.inLinksSection(),
                    reference.section());
        }
    }

    @BeforeAll
    static void detectOnTheSample() {
        sessions = SampleSessions.withHeadings();
        found = sessions.stream()
                .flatMap(session -> DETECTOR.detect(session).stream())
                .toList();
    }

    @Test
    void findsExactlyTheAnnotatedReferencesInOrder() throws IOException {
        assertThat(found).extracting(Expected::of).containsExactlyElementsOf(readAnnotation());
    }

    @Test
    void theLinksPartOfSessionThirteenNamesTheEnablingEnvironmentAndTheE_environmentActionLine() {
        List<ActionLineNameReference> thirteen = DETECTOR.detect(sessions.get(12));

        String sentence = "There was a call for the evolution of the WSIS action line on e-environment to better"
                + " enhance digital sustainability, and the importance of updating WSIS texts on the enabling environment to"
                + " reflect the diversity of internet users and current challenges was highlighted.";
        assertThat(thirteen).extracting(ActionLineNameReference::sentence).containsOnly(sentence);
        assertThat(thirteen)
                .extracting(ActionLineNameReference::start, ActionLineNameReference::end)
                .containsExactly(tuple(372, 409), tuple(497, 521));
    }

    @Test
    void everyReferencePointsAtItsPhraseInItsSection() {
        for (ActionLineNameReference reference : found) {
            Session session = sessions.get(reference.session().index() - 1);
            assertThat(SampleSessions.textAt(
                            session, reference.section(), reference.start(), reference.end(), reference.phrase()))
                    .isEqualTo(reference.phrase());
            assertThat(reference.sentence()).contains(reference.phrase());
        }
    }

    @Test
    void sessionsWithTheirHeadingsInOneTextKeepOnlyTheWordedReference() {
        // Without headings the links part is not known, so only "the WSIS action line on e-environment" says
        // by itself that it is an action line.
        List<ActionLineNameReference> inOneSection = SampleSessions.sessions().stream()
                .map(ActionLineNamesOnSampleTests::inOneSection)
                .flatMap(session -> DETECTOR.detect(session).stream())
                .toList();

        assertThat(inOneSection)
                .extracting(
                        r -> r.session().index(),
                        ActionLineNameReference::actionLine,
                        ActionLineNameReference::subLine,
                        ActionLineNameReference::phrase,
                        ActionLineNameReference::inLinksSection)
                .containsExactly(tuple(13, "C7", "e-environment", "the WSIS action line on e-environment", false));
    }

    /** The session as one untitled section holding its headings and texts, one paragraph each. */
    private static Session inOneSection(Session session) {
        String text = session.sections().stream()
                .map(section ->
                        section.heading().isBlank() ? section.text() : section.heading() + "\n\n" + section.text())
                .collect(Collectors.joining("\n\n"));
        return new Session(
                session.document(),
                session.index(),
                session.sessionId(),
                session.title(),
                session.facilitator(),
                session.facilitatorListed(),
                session.facilitatorOrganization(),
                session.link(),
                session.structure(),
                List.of(new Section("", SectionType.OTHER, text)));
    }

    private static List<Expected> readAnnotation() throws IOException {
        try (InputStream in =
                ActionLineNamesOnSampleTests.class.getResourceAsStream("/sample/expected-action-line-names.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(c -> new Expected(
                            Integer.parseInt(c[0]),
                            c[1],
                            c[2].equals("-") ? null : c[2],
                            c[3],
                            Boolean.parseBoolean(c[4]),
                            c[5]))
                    .toList();
        }
    }
}
