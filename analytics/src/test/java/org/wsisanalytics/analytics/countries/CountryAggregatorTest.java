package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;

class CountryAggregatorTest {

    private static final Gazetteer G = Gazetteer.loadDefault();
    private static final SessionKey S1 = new SessionKey("a.txt", 1);
    private static final SessionKey S2 = new SessionKey("a.txt", 2);
    private static final SessionKey S3 = new SessionKey("b.txt", 1);

    private static final List<CountryMention> MENTIONS = List.of(
            mention(S1, "KE"),
            mention(S1, "KE"),
            mention(S1, "UG"),
            mention(S2, "KE"),
            mention(S2, "FJ"),
            mention(S2, "FJ"),
            mention(S3, "FR"),
            mention(S3, "UG"),
            mention(S3, "BT"));

    @Test
    void frequenciesAreBySessionsThenMentionsThenName() {
        assertThat(CountryAggregator.frequencies(MENTIONS, G))
                .extracting(f -> f.country().iso2(), CountryFrequency::mentions, CountryFrequency::sessions)
                .containsExactly(
                        tuple("KE", 3, 2), tuple("UG", 2, 2), tuple("FJ", 2, 1), tuple("BT", 1, 1), tuple("FR", 1, 1));
        assertThat(CountryAggregator.frequencies(List.of(), G)).isEmpty();
    }

    @Test
    void rollUpsByRegionSubregionAndGroup() {
        assertThat(CountryAggregator.rollUps(MENTIONS, G))
                .extracting(RollUp::dimension, RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(
                        tuple(RollUp.Dimension.REGION, "Africa", 2, 5, 3),
                        tuple(RollUp.Dimension.REGION, "Oceania", 1, 2, 1),
                        tuple(RollUp.Dimension.REGION, "Asia", 1, 1, 1),
                        tuple(RollUp.Dimension.REGION, "Europe", 1, 1, 1),
                        tuple(RollUp.Dimension.SUBREGION, "Sub-Saharan Africa", 2, 5, 3),
                        tuple(RollUp.Dimension.SUBREGION, "Melanesia", 1, 2, 1),
                        tuple(RollUp.Dimension.SUBREGION, "Southern Asia", 1, 1, 1),
                        tuple(RollUp.Dimension.SUBREGION, "Western Europe", 1, 1, 1),
                        // UG is LDC and LLDC, BT is LLDC only (graduated from LDC in 2023), FJ is SIDS.
                        tuple(RollUp.Dimension.GROUP, "LLDC", 2, 3, 2),
                        tuple(RollUp.Dimension.GROUP, "LDC", 1, 2, 2),
                        tuple(RollUp.Dimension.GROUP, "SIDS", 1, 2, 1));
    }

    @Test
    void countriesWithoutRegionAreInNoRegionRollUp() {
        assertThat(CountryAggregator.rollUps(List.of(mention(S1, "TW")), G)).isEmpty();
    }

    @Test
    void linksCountSessionsWhereAMentionSharesASentenceWithTheLine() {
        List<CountryMention> linked = List.of(
                mention(S1, "KE").withActionLines(List.of("C3", "C11")), mention(S1, "UG"),
                mention(S2, "KE").withActionLines(List.of("C3")),
                        mention(S2, "FJ").withActionLines(List.of("C3")));
        assertThat(CountryAggregator.withActionLines(linked))
                .extracting(CountryActionLine::iso2, CountryActionLine::actionLine, CountryActionLine::sessions)
                .containsExactly(tuple("FJ", "C3", 1), tuple("KE", "C3", 2), tuple("KE", "C11", 1));
    }

    @Test
    void aCountryUnknownToTheGazetteerIsAnError() {
        assertThatThrownBy(() -> CountryAggregator.frequencies(List.of(mention(S1, "XX")), G))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Country 'XX' is not in the gazetteer");
    }

    private static CountryMention mention(SessionKey session, String iso2) {
        return new CountryMention(session, iso2, iso2, CountryMentionKind.NAME, "", "A sentence.", 0, 2);
    }
}
