package org.wsisanalytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one counting rule for a coverage cell, with the sample's sessions 12 and 13 as they are read. */
class SessionOverviewTest {

    private static final SessionKey TWELVE = new SessionKey("wsis20-hltf-summaries-2025.txt", 12);
    private static final SessionKey THIRTEEN = new SessionKey("wsis20-hltf-summaries-2025.txt", 13);

    private static SessionOutline outline(SessionKey key) {
        return new SessionOutline(
                key.document(),
                key.index(),
                null,
                "Session " + key.index(),
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of());
    }

    @Test
    void numbersCountNamesAreShownOnly() {
        SessionOverview thirteen =
                new SessionOverview(outline(THIRTEEN), List.of(), List.of(), List.of("C6", "C7"), List.of());
        assertThat(thirteen.state("C6")).isEqualTo(CoverageState.NAMED_ONLY);
        assertThat(thirteen.state("C7")).isEqualTo(CoverageState.NAMED_ONLY);
        assertThat(thirteen.state("C1")).isEqualTo(CoverageState.NONE);
        assertThat(thirteen.namedOnly()).containsExactly("C6", "C7");
        assertThat(CoverageState.NAMED_ONLY.counted()).isFalse();
    }

    @Test
    void aLineNumberedAndNamedIsCountedAndTheConflictingLabelIsKept() {
        SessionOverview twelve = new SessionOverview(
                outline(TWELVE),
                List.of(
                        new ActionLineCoverage(TWELVE, "C2", 2, true),
                        new ActionLineCoverage(TWELVE, "C6", 1, false),
                        new ActionLineCoverage(TWELVE, "C11", 2, true)),
                List.of(),
                List.of("C6"),
                List.of(
                        new ActionLineLabelConflict(TWELVE, "C11", "E-Governance", "C7 (ICT applications)"),
                        new ActionLineLabelConflict(TWELVE, "C11", "E-Governance", "C7 (ICT applications)")));
        assertThat(twelve.state("C11")).isEqualTo(CoverageState.LINKS);
        assertThat(twelve.state("C6")).isEqualTo(CoverageState.ELSEWHERE);
        assertThat(twelve.namedOnly()).isEmpty();
        assertThat(twelve.conflictingLabels("C11")).containsExactly("E-Governance");
        assertThat(twelve.conflictingLabels("C2")).isEmpty();
    }

    @Test
    void refusesAConflictOfAnotherSession() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionOverview(
                        outline(TWELVE),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new ActionLineLabelConflict(THIRTEEN, "C11", "E-Governance", "C7"))))
                .withMessageContaining("not of session");
    }
}
