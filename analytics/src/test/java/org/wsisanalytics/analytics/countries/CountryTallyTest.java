package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;

class CountryTallyTest {

    private static final Gazetteer G = Gazetteer.loadDefault();
    private static final SessionKey S1 = new SessionKey("a.txt", 1);
    private static final SessionKey S2 = new SessionKey("a.txt", 2);

    /** The sessions of CountryAggregatorTest, given as counts: a.txt/1, a.txt/2, b.txt/1. */
    private static CountryTally threeSessions() {
        CountryTally tally = new CountryTally(G);
        tally.add(counts("KE", 2, "UG", 1), Set.of("C3", "C11"));
        tally.add(counts("KE", 1, "FJ", 2), Set.of("C3"));
        tally.add(counts("FR", 1, "UG", 1, "BT", 1), Set.of());
        return tally;
    }

    @Test
    void countsGivenOneSessionAtATimeMakeTheFrequencies() {
        assertThat(threeSessions().frequencies())
                .extracting(f -> f.country().iso2(), CountryFrequency::mentions, CountryFrequency::sessions)
                .containsExactly(tuple("KE", 3, 2), tuple("FJ", 2, 1), tuple("UG", 2, 2), tuple("BT", 1, 1),
                        tuple("FR", 1, 1));
    }

    @Test
    void rollUpsCountASessionOnceHoweverManyOfTheRegionsCountriesItMentions() {
        CountryTally tally = threeSessions();
        // b.txt/1 mentions UG and BT, both LLDC: one session, two countries, two mentions.
        tally.add(counts("UG", 3, "BT", 1), Set.of());

        assertThat(tally.rollUps()).filteredOn(r -> r.dimension() == RollUp.Dimension.GROUP)
                .extracting(RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(tuple("LLDC", 2, 7, 3), tuple("LDC", 1, 5, 3), tuple("SIDS", 1, 2, 1));
        assertThat(tally.rollUps()).filteredOn(r -> r.dimension() == RollUp.Dimension.REGION)
                .extracting(RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(tuple("Africa", 2, 8, 4), tuple("Asia", 1, 2, 2), tuple("Oceania", 1, 2, 1),
                        tuple("Europe", 1, 1, 1));
    }

    @Test
    void actionLinesCountSessionsWithBothInCodeThenLineNumberOrder() {
        assertThat(threeSessions().withActionLines())
                .extracting(CountryActionLine::iso2, CountryActionLine::actionLine, CountryActionLine::sessions)
                .containsExactly(
                        tuple("FJ", "C3", 1),
                        tuple("KE", "C3", 2), tuple("KE", "C11", 1),
                        tuple("UG", "C3", 1), tuple("UG", "C11", 1));
    }

    @Test
    void aSessionWithoutCountriesAddsNothing() {
        CountryTally tally = new CountryTally(G);
        tally.add(Map.of(), Set.of("C1", "C2"));
        tally.add(List.of(), Set.of("C5"));

        assertThat(tally.frequencies()).isEmpty();
        assertThat(tally.rollUps()).isEmpty();
        assertThat(tally.withActionLines()).isEmpty();
    }

    @Test
    void mentionsAreCountedPerCountryWithinTheirSession() {
        CountryTally tally = new CountryTally(G);
        tally.add(List.of(mention(S1, "KE"), mention(S1, "KE"), mention(S1, "UG")), Set.of("C7"));

        assertThat(tally.frequencies()).extracting(f -> f.country().iso2(), CountryFrequency::mentions,
                CountryFrequency::sessions).containsExactly(tuple("KE", 2, 1), tuple("UG", 1, 1));
        assertThat(tally.withActionLines()).extracting(CountryActionLine::iso2, CountryActionLine::actionLine)
                .containsExactly(tuple("KE", "C7"), tuple("UG", "C7"));
    }

    @Test
    void mentionsOfTwoSessionsTogetherAreRefused() {
        CountryTally tally = new CountryTally(G);
        assertThatThrownBy(() -> tally.add(List.of(mention(S1, "KE"), mention(S2, "KE")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mentions of sessions SessionKey[document=a.txt, index=1] and "
                        + "SessionKey[document=a.txt, index=2] were given together; add one session at a time.");
    }

    @Test
    void badCountsAndCodesAreRefused() {
        CountryTally tally = new CountryTally(G);
        assertThatThrownBy(() -> tally.add(Map.of("KE", 0), Set.of()))
                .hasMessage("Country 'KE' has 0 mentions in a session; give only countries mentioned at least once.");
        assertThatThrownBy(() -> tally.add(Map.of("KE", 1), Set.of("C12")))
                .hasMessage("not an action line code: C12");
    }

    @Test
    void anUnknownCountryFailsTheGazetteerViewsButNotTheActionLineCounts() {
        CountryTally tally = new CountryTally(G);
        tally.add(counts("XX", 2), Set.of("C4"));

        assertThatThrownBy(tally::frequencies).hasMessageStartingWith("Country 'XX' is not in the gazetteer");
        assertThatThrownBy(tally::rollUps).hasMessageStartingWith("Country 'XX' is not in the gazetteer");
        assertThat(tally.withActionLines()).containsExactly(new CountryActionLine("XX", "C4", 1));
    }

    /**
     * On the whole sample, the counters give what the former set-based aggregation (kept below as the oracle)
     * gives: the same rows in the same order.
     */
    @Test
    void onTheSampleTheCountersEqualTheSetBasedDefinition() {
        List<CountryMention> countries = SampleSessions.withHeadingsAndTitle().stream()
                .flatMap(s -> new CountryDetector(G).detect(s).stream()).toList();
        List<ActionLineMention> lines = SampleSessions.withHeadingsAndTitle().stream()
                .flatMap(s -> new ActionLineDetector(ActionLineCatalog.loadDefault()).detect(s).stream()).toList();
        Map<SessionKey, List<CountryMention>> countriesBySession = new LinkedHashMap<>();
        countries.forEach(m -> countriesBySession.computeIfAbsent(m.session(), k -> new ArrayList<>()).add(m));
        Map<SessionKey, Set<String>> linesBySession = new LinkedHashMap<>();
        lines.forEach(m -> linesBySession.computeIfAbsent(m.session(), k -> new HashSet<>()).add(m.actionLine()));

        CountryTally tally = new CountryTally(G);
        countriesBySession.forEach((session, mentions) ->
                tally.add(mentions, linesBySession.getOrDefault(session, Set.of())));

        assertThat(countries).hasSize(251);
        assertThat(tally.frequencies()).hasSize(countriesBySession.values().stream().flatMap(List::stream)
                .map(CountryMention::iso2).distinct().toList().size());
        assertThat(tally.rollUps()).isEqualTo(Oracle.rollUps(countries));
        assertThat(tally.withActionLines()).isNotEmpty().isEqualTo(Oracle.withActionLines(countries, lines));
        assertThat(tally.frequencies()).isEqualTo(CountryAggregator.frequencies(countries, G));
        assertThat(tally.frequencies().get(0).sessions()).isEqualTo(countries.stream()
                .filter(m -> m.iso2().equals(tally.frequencies().get(0).country().iso2()))
                .map(CountryMention::session).distinct().count());
    }

    private static Map<String, Integer> counts(Object... isoAndCount) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < isoAndCount.length; i += 2) {
            counts.put((String) isoAndCount[i], (Integer) isoAndCount[i + 1]);
        }
        return counts;
    }

    private static CountryMention mention(SessionKey session, String iso2) {
        return new CountryMention(session, iso2, iso2, CountryMentionKind.NAME, "", "A sentence.", 0, 2);
    }

    /** The aggregation as it was defined before CountryTally: sets of sessions and countries per key. */
    private static final class Oracle {

        static List<RollUp> rollUps(List<CountryMention> mentions) {
            List<RollUp> rollUps = new ArrayList<>();
            for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
                Map<String, Set<String>> countries = new TreeMap<>();
                Map<String, Set<SessionKey>> sessions = new TreeMap<>();
                Map<String, Integer> counts = new TreeMap<>();
                for (CountryMention mention : mentions) {
                    for (String name : CountryTally.names(G.require(mention.iso2()), dimension)) {
                        countries.computeIfAbsent(name, k -> new HashSet<>()).add(mention.iso2());
                        sessions.computeIfAbsent(name, k -> new HashSet<>()).add(mention.session());
                        counts.merge(name, 1, Integer::sum);
                    }
                }
                List<RollUp> ofDimension = new ArrayList<>();
                counts.forEach((name, count) -> ofDimension.add(new RollUp(dimension, name,
                        countries.get(name).size(), count, sessions.get(name).size())));
                ofDimension.sort(Comparator.comparingInt(RollUp::mentions).reversed().thenComparing(RollUp::name));
                rollUps.addAll(ofDimension);
            }
            return rollUps;
        }

        static List<CountryActionLine> withActionLines(List<CountryMention> countries,
                                                       List<ActionLineMention> lines) {
            Map<SessionKey, Set<String>> linesBySession = new LinkedHashMap<>();
            lines.forEach(m -> linesBySession.computeIfAbsent(m.session(), k -> new HashSet<>()).add(m.actionLine()));
            Map<SessionKey, Set<String>> countriesBySession = new LinkedHashMap<>();
            countries.forEach(m -> countriesBySession.computeIfAbsent(m.session(), k -> new HashSet<>()).add(m.iso2()));
            Map<String, Map<Integer, Integer>> pairs = new TreeMap<>();
            countriesBySession.forEach((session, isoCodes) -> {
                for (String line : linesBySession.getOrDefault(session, Set.of())) {
                    for (String iso2 : isoCodes) {
                        pairs.computeIfAbsent(iso2, k -> new TreeMap<>())
                                .merge(Integer.parseInt(line.substring(1)), 1, Integer::sum);
                    }
                }
            });
            List<CountryActionLine> result = new ArrayList<>();
            pairs.forEach((iso2, byLine) -> byLine.forEach((number, sessions) ->
                    result.add(new CountryActionLine(iso2, "C" + number, sessions))));
            return result;
        }
    }
}
