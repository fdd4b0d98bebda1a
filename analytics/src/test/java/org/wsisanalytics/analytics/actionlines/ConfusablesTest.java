package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.data.ReferenceFile;

class ConfusablesTest {

    @Test
    void foldsLookAlikesOneForOneAndLeavesTheRest() {
        String text = "\u0421\u0441\u03F9\u216D\uFF23\uFF15\uFF41 \u3000Türkiye – “C5”";
        String folded = Confusables.fold(text);
        assertThat(folded).isEqualTo("CcCCC5a  Türkiye – “C5”").hasSameSizeAs(text);
    }

    @Test
    void returnsTheSameTextWhenNothingIsFolded() {
        String text = "Plain C5 and Côte d’Ivoire";
        assertThat(Confusables.fold(text)).isSameAs(text);
    }

    @Test
    void digitLookAlikeLettersAreNotFolded() {
        assertThat(Confusables.fold("Cl1 CO2")).isEqualTo("Cl1 CO2");
    }

    @Test
    void aBadRowIsReportedWithItsLine() {
        assertThatThrownBy(() -> Confusables.load(ReferenceFile.parse("'c.tsv'", "U+0421\tC\n")))
                .hasMessageStartingWith("Cannot read 'c.tsv', line 1: write a code point or range as U+0421");
        assertThatThrownBy(() -> Confusables.load(ReferenceFile.parse("'c.tsv'", "U+0043\tU+0043\n")))
                .hasMessageContaining("line 1: the characters folded must lie above U+007F");
        assertThatThrownBy(() -> Confusables.load(ReferenceFile.parse("'c.tsv'", "U+0421\tU+0043\nU+0421\tU+0043\n")))
                .hasMessageContaining("line 2: U+0421 is listed twice");
    }

    @Test
    void placeWordsAreReadByKindAndABadRowIsReported() {
        assertThat(NotationContext.load(
                        ReferenceFile.parse("'n.tsv'", "before\troom\nafter\tlevel\nexcept\tcapacity\n")))
                .containsEntry("before", List.of("room"))
                .containsEntry("except", List.of("capacity"));
        assertThatThrownBy(() -> NotationContext.load(ReferenceFile.parse("'n.tsv'", "near\troom\n")))
                .hasMessageContaining("line 1: kind 'near' is not one of before, after, except.");
        assertThatThrownBy(() -> NotationContext.load(ReferenceFile.parse("'n.tsv'", "before\troom\nafter\tlevel\n")))
                .hasMessageContaining("it lists no 'except' word");
    }
}
