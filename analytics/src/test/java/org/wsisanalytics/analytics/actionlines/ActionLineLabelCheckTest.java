package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.StructureLayer;

class ActionLineLabelCheckTest {

    private static final ActionLineCatalog CATALOG = ActionLineCatalog.loadDefault();
    private static final ActionLineDetector DETECTOR = new ActionLineDetector(CATALOG);
    private static final ActionLineLabelCheck CHECK = new ActionLineLabelCheck(CATALOG);

    private static Session session(String text) {
        return new Session(
                "summaries.txt",
                12,
                null,
                "Click to govern",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(new Section("Links to WSIS Action Lines", SectionType.ACTION_LINE_LINKS, text)));
    }

    private static List<Finding> check(String text) {
        Session session = session(text);
        return CHECK.check(session, DETECTOR.detect(session));
    }

    @Test
    void anotherLinesNameIsAWarningNamingSessionCodeLabelAndOfficialName() {
        List<Finding> findings = check("- C11 (E-Governance): Kuwait's citizen-centric platform design.");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.document()).isEqualTo("summaries.txt");
            assertThat(finding.sessionIndex()).isEqualTo(12);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.check()).isEqualTo("action-line-label-mismatch");
            assertThat(finding.message())
                    .isEqualTo("Session 12 \"Click to govern\": C11 is labelled \"E-Governance\","
                            + " but the official name of C11 is \"International and regional cooperation\"; the label fits"
                            + " C7 (ICT applications, sub-line E-government).");
            assertThat(finding.evidence()).isEqualTo("C11 (E-Governance): Kuwait's citizen-centric platform design.");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Action Line C6 – International Cooperation.",
                "Action Line 5: Cultural Diversity",
                "C2 (Cultural and Linguistic Diversity) came up.",
                "**C9**: Ethical dimensions",
            })
    void colonDashAndParenthesisedLabelsAreChecked(String text) {
        assertThat(check(text)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "- **C1 (Multistakeholder Governance):** Ghana's partnerships.",
                "- C1 (Public Policy): Uruguay's restructuring.",
                "Action Line C1 (The Role of Governments and Stakeholders) was addressed by all speakers.",
                "- **C3 (Access to Information):** Cambodia's open-data policies.",
                "WSIS Action Line C3 (Access to Information and Knowledge) and more.",
                "- C3 (Access): community networks.",
                "WSIS Action Line C2 (Infrastructure) came first.",
                "Action Line C4 (Capacity Building) was addressed by: Cuba.",
                "Action Line C5 (Building Confidence and Security in ICTs) was addressed.",
                "Action Line C6 – Enabling Environment. Countries agreed.",
                "Action Line C7 (ICT Applications: E-government) was addressed.",
                "Action Line 8: Cultural Diversity",
                "Action Line 8 -> diversity + Action Line 9 -> media (key actor)",
                "Action Line C9 (Media and Content Diversity) was addressed.",
                "Action Line C10 (Ethical Dimensions of the Information Society) was addressed.",
                "Action Line 11: International and Regional Cooperation",
            })
    void labelsThatFitTheLineLooselyPass(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Action Line C2: Universal access to meaningful connectivity, and steps to dismantle walled gardens.",
                "Action Line C11: The +20 review is an opportunity to review shared responsibilities.",
                "- **C3:** Cambodia's infrastructure investments.",
                "Action Line C4 (see annex) and C5 (2005).",
                "improving digital literacy (C3), and trust (C5) were central.",
                "C5. Building confidence and security in use of ICTs.",
            })
    void descriptionsBodiesAndNonLabelsAreLeftAlone(String text) {
        assertThat(check(text)).isEmpty();
    }

    @Test
    void onlyTheGivenSessionsMentionsAreChecked() {
        Session session = session("C11 (E-Governance)");
        ActionLineMention other = new ActionLineMention(
                new SessionKey("summaries.txt", 3),
                "C11",
                "C11",
                "Links to WSIS Action Lines",
                true,
                "C11 (E-Governance)",
                0,
                3);
        assertThat(CHECK.check(session, List.of(other))).isEmpty();
        assertThat(CHECK.check(session, DETECTOR.detect(session))).hasSize(1);
    }

    @Test
    void eachMislabelledReferenceIsReported() {
        assertThat(
                        check(
                                "WSIS Action Line C2 (Infrastructure) and C11 (E-Governance).\n\n- C11 (E-Governance): Kuwait."))
                .hasSize(2);
    }
}
