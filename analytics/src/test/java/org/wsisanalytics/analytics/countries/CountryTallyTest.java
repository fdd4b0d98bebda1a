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
import org.wsisanalytics.model.UncountedCountry;

class CountryTallyTest {

    private static final Gazetteer G = Gazetteer.loadDefault();
    private static final SessionKey S1 = new SessionKey("a.txt", 1);
    private static final SessionKey S2 = new SessionKey("a.txt", 2);
    private static final SessionKey S3 = new SessionKey("b.txt", 1);

    /** a.txt/1: Kenya twice (once with C3 and C11), Uganda; a.txt/2: Kenya with C3, Fiji twice; b.txt/1. */
    private static CountryTally threeSessions() {
        CountryTally tally = new CountryTally(G);
        tally.add(List.of(mention(S1, "KE", "C3", "C11"), mention(S1, "KE"), mention(S1, "UG")));
        tally.add(List.of(mention(S2, "KE", "C3"), mention(S2, "FJ"), mention(S2, "FJ")));
        tally.add(List.of(mention(S3, "FR"), mention(S3, "UG"), mention(S3, "BT")));
        return tally;
    }

    @Test
    void frequenciesAreBySessionsThenMentionsThenName() {
        assertThat(threeSessions().frequencies())
                .extracting(f -> f.country().iso2(), CountryFrequency::sessions, CountryFrequency::mentions)
                .containsExactly(
                        tuple("KE", 2, 3), tuple("UG", 2, 2), tuple("FJ", 1, 2), tuple("BT", 1, 1), tuple("FR", 1, 1));
    }

    @Test
    void rollUpsCountASessionOnceAndAreBySessions() {
        CountryTally tally = threeSessions();
        tally.add(List.of(mention(new SessionKey("b.txt", 2), "UG"), mention(new SessionKey("b.txt", 2), "BT")));

        assertThat(tally.rollUps())
                .filteredOn(r -> r.dimension() == RollUp.Dimension.REGION)
                .extracting(RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(
                        tuple("Africa", 2, 6, 4),
                        tuple("Asia", 1, 2, 2),
                        tuple("Oceania", 1, 2, 1),
                        tuple("Europe", 1, 1, 1));
    }

    @Test
    void rollUpsByRegionSubregionAndGroup() {
        assertThat(threeSessions().rollUps())
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
        CountryTally tally = new CountryTally(G);
        tally.add(List.of(mention(S1, "TW")));

        assertThat(tally.frequencies()).extracting(f -> f.country().iso2()).containsExactly("TW");
        assertThat(tally.rollUps()).isEmpty();
    }

    @Test
    void aCountryIsLinkedToTheLinesItsMentionsShareASentenceWithAndTheFirstSentenceIsTheEvidence() {
        assertThat(threeSessions().withActionLines())
                .extracting(
                        CountryActionLine::iso2,
                        CountryActionLine::actionLine,
                        CountryActionLine::sessions,
                        CountryActionLine::evidence)
                .containsExactly(tuple("KE", "C3", 2, "KE and C3 C11."), tuple("KE", "C11", 1, "KE and C3 C11."));
    }

    @Test
    void organisationNamesAndLanguagesAreKeptApartAndLinkNothing() {
        CountryTally tally = new CountryTally(G);
        tally.add(List.of(
                new CountryMention(
                        S1,
                        "US",
                        "United States",
                        CountryMentionKind.ORG,
                        "",
                        "USAID said.",
                        0,
                        13,
                        null,
                        List.of("C4")),
                new CountryMention(S1, "LV", "Latvian", CountryMentionKind.LANGUAGE, "", "In Latvian.", 3, 10),
                mention(S1, "KE"),
                new CountryMention(S1, "KE", "Kenyan", CountryMentionKind.DEMONYM, "", "A.", 0, 1)));
        tally.add(List.of(new CountryMention(S2, "US", "US", CountryMentionKind.ORG, "", "US Dept.", 0, 2)));

        assertThat(tally.frequencies())
                .extracting(f -> f.country().iso2(), CountryFrequency::mentions)
                .containsExactly(tuple("KE", 2));
        assertThat(tally.withActionLines()).isEmpty();
        assertThat(tally.rollUps()).extracting(RollUp::name).containsExactly("Africa", "Sub-Saharan Africa");
        assertThat(tally.notCounted())
                .extracting(
                        u -> u.country().iso2(),
                        UncountedCountry::kind,
                        UncountedCountry::mentions,
                        UncountedCountry::sessions)
                .containsExactly(
                        tuple("LV", CountryMentionKind.LANGUAGE, 1, 1), tuple("US", CountryMentionKind.ORG, 2, 2));
    }

    @Test
    void aSessionWithoutCountriesAddsNothing() {
        CountryTally tally = new CountryTally(G);
        tally.add(List.of());

        assertThat(tally.frequencies()).isEmpty();
        assertThat(tally.rollUps()).isEmpty();
        assertThat(tally.withActionLines()).isEmpty();
    }

    @Test
    void mentionsOfTwoSessionsTogetherAreRefused() {
        CountryTally tally = new CountryTally(G);
        assertThatThrownBy(() -> tally.add(List.of(mention(S1, "KE"), mention(S2, "KE"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mentions of sessions SessionKey[document=a.txt, index=1] and "
                        + "SessionKey[document=a.txt, index=2] were given together; add one session at a time.");
    }

    @Test
    void anUnknownCountryFailsTheGazetteerViewsButNotTheActionLineLinks() {
        CountryTally tally = new CountryTally(G);
        tally.add(List.of(mention(S1, "XX", "C4"), mention(S1, "XX")));

        assertThatThrownBy(tally::frequencies).hasMessageStartingWith("Country 'XX' is not in the gazetteer");
        assertThatThrownBy(tally::rollUps).hasMessageStartingWith("Country 'XX' is not in the gazetteer");
        assertThat(tally.withActionLines()).containsExactly(new CountryActionLine("XX", "C4", 1, "XX and C4."));
    }

    /** A mention by name; with action lines, its sentence names them ("KE and C3 C11."). */
    private static CountryMention mention(SessionKey session, String iso2, String... lines) {
        String sentence = lines.length == 0 ? "A sentence." : iso2 + " and " + String.join(" ", lines) + ".";
        return new CountryMention(
                session, iso2, iso2, CountryMentionKind.NAME, "", sentence, 0, 2, null, List.of(lines));
    }
}
