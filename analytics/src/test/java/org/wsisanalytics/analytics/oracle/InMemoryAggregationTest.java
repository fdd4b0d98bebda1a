package org.wsisanalytics.analytics.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

/** The oracle's own rules, on literal mentions; the store's tests hold the store to the same results. */
class InMemoryAggregationTest {

    private static ActionLineMention lineMention(String document, int index, String code, boolean inLinks) {
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
        List<ActionLineCoverage> coverage = InMemoryAggregation.coverage(List.of(
                lineMention("a.txt", 1, "C3", false),
                lineMention("a.txt", 1, "C1", false),
                lineMention("a.txt", 1, "C3", true),
                lineMention("a.txt", 1, "C3", false)));

        assertThat(coverage)
                .extracting(
                        ActionLineCoverage::actionLine,
                        ActionLineCoverage::mentions,
                        ActionLineCoverage::inLinksSection)
                .containsExactly(tuple("C1", 1, false), tuple("C3", 3, true));
    }

    @Test
    void ordersByDocumentInInputOrderThenSessionThenLineNumber() {
        List<ActionLineCoverage> coverage = InMemoryAggregation.coverage(List.of(
                lineMention("b.txt", 2, "C10", true),
                lineMention("b.txt", 2, "C2", true),
                lineMention("b.txt", 1, "C11", false),
                lineMention("a.txt", 1, "C9", false),
                lineMention("b.txt", 1, "C1", false)));

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
        List<ActionLineCoverage> coverage = InMemoryAggregation.coverage(
                List.of(lineMention("a.txt", 1, "C5", true), lineMention("a.txt", 2, "C5", false)));

        assertThat(coverage)
                .containsExactly(
                        new ActionLineCoverage(new SessionKey("a.txt", 1), "C5", 1, true),
                        new ActionLineCoverage(new SessionKey("a.txt", 2), "C5", 1, false));
    }

    @Test
    void noMentionsNoCoverage() {
        assertThat(InMemoryAggregation.coverage(List.of())).isEmpty();
    }

    private static ThemeMention themeMention(String document, int index, String theme) {
        return new ThemeMention(new SessionKey(document, index), theme, "x", "", "x.", 0, 1);
    }

    @Test
    void countsPerSessionOrderedByDocumentSessionAndTaxonomy() {
        List<ThemeMention> mentions = List.of(
                themeMention("b.txt", 2, "Satellites"),
                themeMention("b.txt", 2, "AI"),
                themeMention("b.txt", 1, "Gender"),
                themeMention("a.txt", 1, "Environment and climate"),
                themeMention("b.txt", 2, "AI"),
                themeMention("a.txt", 1, "AI"));
        assertThat(InMemoryAggregation.themeCounts(mentions))
                .extracting(
                        c -> c.session().document(), c -> c.session().index(), ThemeCount::theme, ThemeCount::mentions)
                .containsExactly(
                        tuple("b.txt", 1, "Gender", 1),
                        tuple("b.txt", 2, "AI", 2),
                        tuple("b.txt", 2, "Satellites", 1),
                        tuple("a.txt", 1, "AI", 1),
                        tuple("a.txt", 1, "Environment and climate", 1));
    }

    @Test
    void themesOutsideTheTaxonomyFollowInOrderOfAppearance() {
        List<ThemeMention> mentions = List.of(
                themeMention("a.txt", 1, "Oceans"),
                themeMention("a.txt", 1, "Health"),
                themeMention("a.txt", 1, "AI"),
                themeMention("a.txt", 1, "Oceans"));
        assertThat(InMemoryAggregation.themeCounts(mentions))
                .extracting(ThemeCount::theme, ThemeCount::mentions)
                .containsExactly(tuple("AI", 1), tuple("Oceans", 2), tuple("Health", 1));
        assertThat(InMemoryAggregation.themeCounts(List.of())).isEmpty();
    }
}
