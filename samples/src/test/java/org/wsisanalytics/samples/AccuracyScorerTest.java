package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The corpus scorer on small hand-made readings, so that the corpus figures can be trusted. */
class AccuracyScorerTest {

    private static final UnitReading HEALTH = new UnitReading(
            "WSIS Action Line C7 E-health: digital public goods",
            Set.of("C7", "C11"),
            Map.of("KR", 2, "GH", 2, "FR", 1));
    private static final UnitReading ISLANDS = new UnitReading(
            "Closing the connectivity gap for small island states", Set.of("C2", "C6"), Map.of("TO", 2, "WS", 1));

    @Test
    void aPerfectReadingScoresOne() {
        AccuracyScorer.Score score = AccuracyScorer.score(List.of(HEALTH, ISLANDS), List.of(ISLANDS, HEALTH));

        assertThat(score.unitsPaired()).isEqualTo(2);
        assertThat(score.actionLines()).isEqualTo(new AccuracyScorer.Tally(4, 4, 4));
        assertThat(score.countries()).isEqualTo(new AccuracyScorer.Tally(8, 8, 8));
        assertThat(score.actionLines().f1()).isEqualTo(1.0);
        assertThat(score.countries().f1()).isEqualTo(1.0);
    }

    @Test
    void aMissingUnitCountsAllItsItemsAsMisses() {
        AccuracyScorer.Score score = AccuracyScorer.score(List.of(HEALTH, ISLANDS), List.of(HEALTH));

        assertThat(score.unitsExpected()).isEqualTo(2);
        assertThat(score.unitsFound()).isEqualTo(1);
        assertThat(score.actionLines()).isEqualTo(new AccuracyScorer.Tally(2, 4, 2));
        assertThat(score.actionLines().precision()).isEqualTo(1.0);
        assertThat(score.actionLines().recall()).isEqualTo(0.5);
        assertThat(score.actionLines().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.countries()).isEqualTo(new AccuracyScorer.Tally(5, 8, 5));
    }

    @Test
    void anExtraUnitCountsAllItsItemsAsFalseFinds() {
        UnitReading contents = new UnitReading("Contents", Set.of("C2"), Map.of("TO", 1));

        AccuracyScorer.Score score = AccuracyScorer.score(List.of(ISLANDS), List.of(contents, ISLANDS));

        assertThat(score.unitsPaired()).isEqualTo(1);
        assertThat(score.actionLines()).isEqualTo(new AccuracyScorer.Tally(2, 2, 3));
        assertThat(score.countries()).isEqualTo(new AccuracyScorer.Tally(3, 3, 4));
        assertThat(score.countries().precision()).isEqualTo(0.75);
    }

    @Test
    void aCountDifferenceCostsOnlyTheDifference() {
        UnitReading fewer = new UnitReading(HEALTH.title(), HEALTH.actionLines(), Map.of("KR", 1, "GH", 2, "FR", 1));
        UnitReading more =
                new UnitReading(HEALTH.title(), HEALTH.actionLines(), Map.of("KR", 3, "GH", 2, "FR", 1, "JO", 1));

        assertThat(AccuracyScorer.score(List.of(HEALTH), List.of(fewer)).countries())
                .isEqualTo(new AccuracyScorer.Tally(4, 5, 4));
        AccuracyScorer.Tally extra =
                AccuracyScorer.score(List.of(HEALTH), List.of(more)).countries();
        assertThat(extra).isEqualTo(new AccuracyScorer.Tally(5, 5, 7));
        assertThat(extra.f1()).isCloseTo(10.0 / 12, within(1e-9));
    }

    @Test
    void unitsArePairedByTitleNotByPosition() {
        UnitReading renamed = new UnitReading(
                "Session 415: Closing the connectivity gap for small island states",
                ISLANDS.actionLines(),
                ISLANDS.countries());
        UnitReading unrelated = new UnitReading("Speakers", Set.of("C7"), Map.of());

        List<int[]> pairs = AccuracyScorer.pair(List.of(HEALTH, ISLANDS), List.of(renamed, unrelated));

        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0)).containsExactly(1, 0);
    }

    @Test
    void nearlyEqualTitlesGoToTheirOwnUnits() {
        UnitReading part1 = new UnitReading(
                "ICT Applications to Unlock the Full Potential of Digital – Part I", Set.of(), Map.of());
        UnitReading part2 = new UnitReading(
                "ICT application to unlock the full potential of digital – Part II", Set.of(), Map.of());

        List<int[]> pairs = AccuracyScorer.pair(
                List.of(part1, part2),
                List.of(
                        new UnitReading(
                                "Leaders TalkX: ICT application to unlock the full potential of digital – Part II",
                                Set.of(),
                                Map.of()),
                        new UnitReading(
                                "Leaders TalkX: ICT Applications to Unlock the Full Potential of Digital – Part I",
                                Set.of(),
                                Map.of())));

        assertThat(pairs).extracting(p -> p[0] + ">" + p[1]).containsExactly("0>1", "1>0");
    }

    @Test
    void oneUnitOnEachSideIsPairedWhateverTheTitles() {
        UnitReading whole = new UnitReading("submission-who-c7-ehealth-2025", HEALTH.actionLines(), HEALTH.countries());

        assertThat(AccuracyScorer.score(List.of(HEALTH), List.of(whole))
                        .actionLines()
                        .f1())
                .isEqualTo(1.0);
    }

    @Test
    void nothingToFindAndNothingFoundIsPerfect() {
        UnitReading empty = new UnitReading("ICT Applications – Part I", Set.of(), Map.of());

        assertThat(AccuracyScorer.score(List.of(empty), List.of(empty))
                        .actionLines()
                        .f1())
                .isEqualTo(1.0);
    }
}
