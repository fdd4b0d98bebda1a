package org.wsisanalytics.reports.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;

class CoverageRowTest {

    private final AnalysisResult result = ReportFixture.result();

    private List<CoverageRow> rows() throws IOException {
        List<CoverageRow> rows = new ArrayList<>();
        InMemoryRunData.of(result)
                .forEachOverview(overview -> rows.add(CoverageRow.of(overview, result.actionLines())));
        return rows;
    }

    @Test
    void placesEachCoverageCellInItsLineColumn() throws IOException {
        List<CoverageRow> rows = rows();
        assertThat(rows.get(0).mentions(2)).isEqualTo(2);
        assertThat(rows.get(0).inLinksSection(2)).isTrue();
        assertThat(rows.get(2).mentions(8)).isEqualTo(1);
        assertThat(rows.get(2).inLinksSection(8)).isFalse();
        assertThat(rows.get(1).mentions(0)).isZero();
        assertThat(rows.get(0).lines()).containsExactly("C1", "C3", "C7");
        assertThat(rows.get(3).lines()).containsExactly("C2", "C4");
    }

    @Test
    void totalsBySession() throws IOException {
        assertThat(rows()).extracting(CoverageRow::total).containsExactly(4, 3, 2, 2);
    }

    @Test
    void rejectsCoverageOfALineTheRunDoesNotHave() throws IOException {
        List<SessionOverview> overviews = new ArrayList<>();
        InMemoryRunData.of(result).forEachOverview(overviews::add);
        SessionOverview first = overviews.get(0);
        SessionOverview odd = new SessionOverview(
                first.session(),
                List.of(new ActionLineCoverage(first.key(), "C9", 1, true)),
                List.of(),
                List.of(),
                List.of());
        List<ActionLine> onlyC1 = result.actionLines().subList(0, 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CoverageRow.of(odd, onlyC1))
                .withMessageContaining("C9");
    }
}
