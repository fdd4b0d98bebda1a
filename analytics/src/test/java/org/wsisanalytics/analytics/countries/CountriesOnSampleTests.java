package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.Session;

/** Countries on the whole sample, against the hand annotation in {@code countries/expected-sample-countries.tsv}. */
class CountriesOnSampleTests {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    private static List<Session> sessions;
    private static List<CountryMention> mentions;
    /** "session iso2" -> "name=4 org=1", in the annotation's notation. */
    private static Map<String, String> expected;

    @BeforeAll
    static void detectOnSample() throws IOException {
        sessions = SampleSessions.withHeadingsAndTitle();
        CountryDetector detector = new CountryDetector(GAZETTEER);
        mentions = sessions.stream().flatMap(session -> detector.detect(session).stream()).toList();
        expected = readAnnotation();
    }

    @Test
    void theSampleHasThirteenSessions() {
        assertThat(sessions).hasSize(13);
        assertThat(sessions.get(0).title())
                .isEqualTo("Forging partnerships for purpose: advancing the digital for development landscape");
        assertThat(sessions.get(12).title())
                .isEqualTo("ICT application to unlock the full potential of digital – Part II");
    }

    @Test
    void everySessionMentionsExactlyTheAnnotatedCountriesWithTheAnnotatedCountsAndKinds() {
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        for (CountryMention mention : mentions) {
            actual.computeIfAbsent(mention.session().index() + " " + mention.iso2(), k -> new TreeMap<>())
                    .merge(mention.kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, String> found = new TreeMap<>();
        actual.forEach((key, kinds) -> {
            List<String> parts = new ArrayList<>();
            kinds.forEach((kind, count) -> parts.add(kind + "=" + count));
            found.put(key, String.join(" ", parts));
        });
        assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void theAnnotationHas58SessionCountryPairsAnd251Mentions() {
        assertThat(expected).hasSize(58);
        assertThat(mentions).hasSize(251);
    }

    @Test
    void everyMentionPointsAtItsSurfaceAndSentence() {
        for (CountryMention mention : mentions) {
            String text = SampleSessions.textAt(sessions.get(mention.session().index() - 1), mention.section(),
                    mention.start(), mention.end(), mention.surface());
            assertThat(text.replaceAll("\\s+", " "))
                    .as("surface of %s", mention).isEqualTo(mention.surface());
            assertThat(mention.sentence().replaceAll("\\s+", " ")).contains(mention.surface());
        }
    }

    @Test
    void frequenciesAndRollUpsOverTheSample() {
        List<CountryFrequency> frequencies = CountryAggregator.frequencies(mentions, GAZETTEER);
        assertThat(frequencies).hasSize(48);
        assertThat(frequencies.subList(0, 4)).extracting(f -> f.country().iso2(), CountryFrequency::mentions,
                CountryFrequency::sessions).containsExactly(
                        tuple("CU", 17, 1),
                        tuple("CR", 16, 2),
                        tuple("PL", 16, 1),
                        tuple("LY", 15, 1));
        assertThat(frequencies).filteredOn(f -> f.country().iso2().equals("IN"))
                .extracting(CountryFrequency::mentions, CountryFrequency::sessions)
                .containsExactly(tuple(7, 3));

        List<RollUp> rollUps = CountryAggregator.rollUps(mentions, GAZETTEER);
        assertThat(rollUps).filteredOn(r -> r.dimension() == RollUp.Dimension.GROUP)
                .extracting(RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(
                        // LDC: KH 6, SO 8, TZ 3, UG 3, BD 2, BF 1, SN 1, MZ 1
                        tuple("LDC", 8, 25, 5),
                        // SIDS: CU 17, DO 3, JM 2, BH 1
                        tuple("SIDS", 4, 23, 4),
                        // LLDC: UG 3, ZW 5, BF 1
                        tuple("LLDC", 3, 9, 3));
        assertThat(rollUps).filteredOn(r -> r.dimension() == RollUp.Dimension.REGION)
                .extracting(RollUp::name, RollUp::mentions)
                .containsExactly(
                        tuple("Europe", 78),
                        tuple("Americas", 64),
                        tuple("Africa", 62),
                        tuple("Asia", 47));
    }

    private static Map<String, String> readAnnotation() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in = CountriesOnSampleTests.class.getResourceAsStream("/countries/expected-sample-countries.tsv")) {
            assertThat(in).as("the annotation file").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String data = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line.strip();
                if (data.isEmpty()) {
                    continue;
                }
                String[] c = data.split("\t");
                String kinds = c[3].strip();
                int total = 0;
                for (String part : kinds.split(" ")) {
                    total += Integer.parseInt(part.substring(part.indexOf('=') + 1));
                }
                assertThat(total).as("kinds add up to the count in: %s", line).isEqualTo(Integer.parseInt(c[2]));
                rows.put(c[0] + " " + c[1], String.join(" ", new TreeSet<>(List.of(kinds.split(" ")))));
            }
        }
        return rows;
    }
}
