package org.wsisanalytics.analytics.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.SessionKey;

class CoverageAggregatorTest {

    private static ActionLineMention mention(String document, int index, String code, boolean inLinks) {
        return new ActionLineMention(
                new SessionKey(document, index),
                code,
                code,
                "Links",
                inLinks,
                "About " + code + ".",
                6,
                6 + code.length());
    }

    @Test
    void countsMentionsPerSessionAndLine() {
        List<ActionLineCoverage> coverage = CoverageAggregator.aggregate(List.of(
                mention("a.txt", 1, "C3", false),
                mention("a.txt", 1, "C1", false),
                mention("a.txt", 1, "C3", true),
                mention("a.txt", 1, "C3", false)));

        assertThat(coverage)
                .extracting(
                        ActionLineCoverage::actionLine,
                        ActionLineCoverage::mentions,
                        ActionLineCoverage::inLinksSection)
                .containsExactly(tuple("C1", 1, false), tuple("C3", 3, true));
    }

    @Test
    void ordersByDocumentInInputOrderThenSessionThenLineNumber() {
        List<ActionLineCoverage> coverage = CoverageAggregator.aggregate(List.of(
                mention("b.txt", 2, "C10", true),
                mention("b.txt", 2, "C2", true),
                mention("b.txt", 1, "C11", false),
                mention("a.txt", 1, "C9", false),
                mention("b.txt", 1, "C1", false)));

        assertThat(coverage)
                .extracting(c -> c.session().document(), c -> c.session().index(), ActionLineCoverage::actionLine)
                .containsExactly(
                        tuple("b.txt", 1, "C1"),
                        tuple("b.txt", 1, "C11"),
                        tuple("b.txt", 2, "C2"),
                        tuple("b.txt", 2, "C10"),
                        tuple("a.txt", 1, "C9"));
    }

    @Test
    void theSameLineInTwoSessionsIsTwoCells() {
        List<ActionLineCoverage> coverage = CoverageAggregator.aggregate(
                List.of(mention("a.txt", 1, "C5", true), mention("a.txt", 2, "C5", false)));

        assertThat(coverage)
                .containsExactly(
                        new ActionLineCoverage(new SessionKey("a.txt", 1), "C5", 1, true),
                        new ActionLineCoverage(new SessionKey("a.txt", 2), "C5", 1, false));
    }

    @Test
    void noMentionsNoCoverage() {
        assertThat(CoverageAggregator.aggregate(List.of())).isEmpty();
    }
}
