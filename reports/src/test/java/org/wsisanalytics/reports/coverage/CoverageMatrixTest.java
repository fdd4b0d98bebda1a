package org.wsisanalytics.reports.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.reports.ReportFixture;

class CoverageMatrixTest {

    private final CoverageMatrix matrix = CoverageMatrix.of(RunSummary.of(ReportFixture.result()));

    @Test
    void placesEachCoverageRowInItsSessionAndLine() {
        assertThat(matrix.mentions(0, 2)).isEqualTo(2);
        assertThat(matrix.inLinksSection(0, 2)).isTrue();
        assertThat(matrix.mentions(2, 8)).isEqualTo(1);
        assertThat(matrix.inLinksSection(2, 8)).isFalse();
        assertThat(matrix.mentions(1, 0)).isZero();
        assertThat(matrix.linesOf(0)).containsExactly("C1", "C3", "C7");
        assertThat(matrix.linesOf(3)).containsExactly("C2", "C4");
    }

    @Test
    void totalsBySessionAndByLine() {
        assertThat(matrix.sessionTotal(0)).isEqualTo(4);
        assertThat(matrix.sessionTotal(3)).isEqualTo(2);
        assertThat(matrix.lineTotal(1)).isEqualTo(2);
        assertThat(matrix.lineTotal(4)).isEqualTo(2);
        assertThat(matrix.sessionsReferencing(1)).isEqualTo(2);
        assertThat(matrix.sessionsReferencing(4)).isEqualTo(1);
        assertThat(matrix.sessionsReferencing(5)).isZero();
    }

    @Test
    void rejectsCoverageOfASessionTheResultDoesNotHave() {
        AnalysisResult full = ReportFixture.result();
        AnalysisResult broken = new AnalysisResult(full.run(), full.actionLines(), full.documents(), full.sessions(),
                full.actionLineMentions(), full.actionLineNames(), List.of(new ActionLineCoverage(new SessionKey("other.txt", 1), "C1", 1, true)),
                full.countries(), full.themes(), full.figures(), full.findings(), full.rejects());
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageMatrix.of(RunSummary.of(broken)))
                .withMessageContaining("other.txt");
    }
}
