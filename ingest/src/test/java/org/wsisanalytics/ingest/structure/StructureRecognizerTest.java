package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.Severity;

class StructureRecognizerTest {

    private static final String DOCUMENT = String.join(
            "\n",
            "# Summaries of the Leaders TalkX",
            "",
            "Session\tName",
            "Click to govern https://example.org/Agenda/Session/436\tMs. Yuhua Zheng",
            "Partnership pivot https://example.org/Agenda/Session/433\tMs. Lori Schulman",
            "A session nobody summarised https://example.org/Agenda/Session/999\tMr. Nobody",
            "",
            "Leaders TalkX: Click to Govern",
            "",
            "Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng",
            "",
            "Introduction",
            "",
            "This session convened ministers.",
            "",
            "Links to WSIS Action Lines",
            "",
            "- C1 (Public Policy): Uruguay.",
            "",
            "Leaders TalkX: An unlisted session",
            "",
            "Introduction",
            "",
            "Text.");

    private final StructureRecognizer recognizer = new StructureRecognizer();

    @Test
    void recognisesTitleSessionsAndTableRows() {
        RecognizedStructure structure = recognizer.recognize(new TextCleaner().clean(DOCUMENT), "doc.md");

        assertThat(structure.title()).isEqualTo("Summaries of the Leaders TalkX");
        assertThat(structure.facilitators()).hasSize(3);
        assertThat(structure.sessions())
                .extracting(
                        Session::index,
                        Session::sessionId,
                        Session::title,
                        Session::facilitator,
                        Session::facilitatorListed,
                        Session::link)
                .containsExactly(
                        tuple(
                                1,
                                "436",
                                "Click to Govern",
                                "Yuhan Zheng",
                                "Yuhua Zheng",
                                "https://example.org/Agenda/Session/436"),
                        tuple(2, null, "An unlisted session", null, null, null));
    }

    @Test
    void reportsNameMismatchUnmatchedSessionsAndRowsAndMissingSections() {
        RecognizedStructure structure = recognizer.recognize(new TextCleaner().clean(DOCUMENT), "doc.md");

        assertThat(structure.findings())
                .extracting(Finding::sessionIndex, Finding::severity, Finding::check)
                .containsExactlyInAnyOrder(
                        tuple(1, Severity.WARNING, "facilitator-name-mismatch"),
                        tuple(1, Severity.INFO, "missing-standard-sections"),
                        tuple(2, Severity.INFO, "facilitator-not-named"),
                        tuple(2, Severity.WARNING, "session-not-in-table"),
                        tuple(2, Severity.INFO, "missing-action-line-links"),
                        tuple(2, Severity.INFO, "missing-standard-sections"),
                        tuple(null, Severity.WARNING, "table-row-without-session"),
                        tuple(null, Severity.WARNING, "table-row-without-session"),
                        tuple(null, Severity.INFO, "structure-template"));
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("structure-template"))
                .extracting(Finding::message, Finding::evidence)
                .containsExactly(tuple(
                        "Read by a known event template: 2 sessions by the template \"High-Level Track"
                                + " Facilitators' session summaries (Leaders TalkX)\".",
                        "Click to Govern | An unlisted session"));
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("facilitator-name-mismatch"))
                .extracting(Finding::message, Finding::evidence)
                .containsExactly(
                        tuple(
                                "Session 1 \"Click to Govern\" names its facilitator \"Yuhan Zheng\" in the summary"
                                        + " but \"Yuhua Zheng\" in the facilitators table.",
                                "summary: Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng | table: Yuhua Zheng"));
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("table-row-without-session"))
                .extracting(Finding::message)
                .containsExactly(
                        "The facilitators table lists \"Partnership pivot\" (session 433) but no summary with that title was found.",
                        "The facilitators table lists \"A session nobody summarised\" (session 999) but no summary with that title"
                                + " was found.");
        assertThat(structure.findings())
                .filteredOn(f -> f.sessionIndex() != null
                        && f.sessionIndex() == 1
                        && f.check().equals("missing-standard-sections"))
                .extracting(Finding::message)
                .containsExactly("Session 1 \"Click to Govern\" has no section on achievements, priorities, trends,"
                        + " opportunities, challenges, case examples or vision.");
    }

    @Test
    void withoutAFacilitatorsTableNoSessionIsReportedMissingFromIt() {
        RecognizedStructure structure = recognizer.recognize(
                new TextCleaner()
                        .clean("Leaders TalkX: Alone\n\nExecutive Summary by Ms. A B\n\nIntroduction\n\nText."),
                "doc.txt");

        assertThat(structure.facilitators()).isEmpty();
        assertThat(structure.findings())
                .extracting(Finding::check)
                .doesNotContain("session-not-in-table", "table-row-without-session");
    }
}
