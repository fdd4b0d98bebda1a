package org.wsisanalytics.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

class ThemeAggregatorTest {

    private static ThemeMention mention(String document, int index, String theme) {
        return new ThemeMention(new SessionKey(document, index), theme, "x", "", "x.", 0, 1);
    }

    @Test
    void countsPerSessionOrderedByDocumentSessionAndTaxonomy() {
        List<ThemeMention> mentions = List.of(
                mention("b.txt", 2, "Satellites"),
                mention("b.txt", 2, "AI"),
                mention("b.txt", 1, "Gender"),
                mention("a.txt", 1, "Environment and climate"),
                mention("b.txt", 2, "AI"),
                mention("a.txt", 1, "AI"));
        assertThat(ThemeAggregator.perSession(mentions))
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
                mention("a.txt", 1, "Oceans"),
                mention("a.txt", 1, "Health"),
                mention("a.txt", 1, "AI"),
                mention("a.txt", 1, "Oceans"));
        assertThat(ThemeAggregator.perSession(mentions))
                .extracting(ThemeCount::theme, ThemeCount::mentions)
                .containsExactly(tuple("AI", 1), tuple("Oceans", 2), tuple("Health", 1));
        assertThat(ThemeAggregator.perSession(List.of())).isEmpty();
    }
}
