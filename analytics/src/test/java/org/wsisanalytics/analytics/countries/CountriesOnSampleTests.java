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
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.oracle.InMemoryAggregation;
import org.wsisanalytics.analytics.sample.SampleSessions;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/** Countries on the whole sample, against the hand annotation in {@code countries/expected-sample-countries.tsv}. */
class CountriesOnSampleTests {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final ActionLineDetector LINES = new ActionLineDetector(ActionLineCatalog.loadDefault());

    private static List<Session> sessions;
    private static List<CountryMention> mentions;
    /** "session iso2" -> "name=4 org=1", in the annotation's notation. */
    private static Map<String, String> expected;

    @BeforeAll
    static void detectOnSample() throws IOException {
        sessions = SampleSessions.withHeadingsAndTitle();
        CountryDetector detector = new CountryDetector(GAZETTEER);
        mentions = sessions.stream()
                .flatMap(session -> detector.detect(session).stream())
                .toList();
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
            String text = SampleSessions.textAt(
                    sessions.get(mention.session().index() - 1),
                    mention.section(),
                    mention.start(),
                    mention.end(),
                    mention.surface());
            assertThat(text.replaceAll("\\s+", " "))
                    .as("surface of %s", mention)
                    .isEqualTo(mention.surface());
            assertThat(mention.sentence().replaceAll("\\s+", " ")).contains(mention.surface());
        }
    }

    /**
     * Only names and demonyms count: the 11 organisation-name hits ("Nigerian Communications Commission", the
     * facilitators' "US" employers), the one language ("Latvian") and the one period of the past ("the Russian
     * occupation", so Russia counts in one session, not two) do not. So 46 countries (48 with every kind:
     * Jamaica and Bangladesh are named only in organisations' names), ranked by sessions first: India (3 sessions)
     * leads, not Cuba (17 mentions in one session).
     */
    @Test
    void frequenciesAndRollUpsOverTheSampleCountNamesAndDemonymsBySessions() {
        List<CountryFrequency> frequencies =
                InMemoryAggregation.countries(mentions, GAZETTEER).frequencies();
        assertThat(frequencies).hasSize(46);
        assertThat(frequencies.subList(0, 7))
                .extracting(f -> f.country().iso2(), CountryFrequency::sessions, CountryFrequency::mentions)
                .containsExactly(
                        tuple("IN", 3, 7),
                        tuple("CR", 2, 16),
                        tuple("SO", 2, 8),
                        tuple("TR", 2, 7),
                        tuple("ZW", 2, 5),
                        tuple("MY", 2, 2),
                        tuple("CU", 1, 17));
        assertThat(frequencies)
                .filteredOn(f -> f.country().iso2().equals("RU"))
                .extracting(CountryFrequency::sessions, CountryFrequency::mentions)
                .containsExactly(tuple(1, 8));
        assertThat(frequencies)
                .filteredOn(f -> f.country().iso2().equals("US"))
                .extracting(CountryFrequency::sessions, CountryFrequency::mentions)
                .containsExactly(tuple(1, 5));
        assertThat(frequencies).extracting(f -> f.country().iso2()).doesNotContain("JM", "BD");

        List<RollUp> rollUps =
                InMemoryAggregation.countries(mentions, GAZETTEER).rollUps();
        assertThat(rollUps)
                .filteredOn(r -> r.dimension() == RollUp.Dimension.GROUP)
                .extracting(RollUp::name, RollUp::countries, RollUp::mentions, RollUp::sessions)
                .containsExactly(
                        // LDC: KH 6, SO 8, TZ 3, UG 3, BF 1, SN 1, MZ 1 (Bangladesh only as an organisation's name)
                        tuple("LDC", 7, 23, 5),
                        // SIDS: CU 17, DO 3, BH 1 (Jamaica only as an organisation's name)
                        tuple("SIDS", 3, 21, 3),
                        // LLDC: UG 3, ZW 5, BF 1
                        tuple("LLDC", 3, 9, 3));
        assertThat(rollUps)
                .filteredOn(r -> r.dimension() == RollUp.Dimension.REGION)
                .extracting(RollUp::name, RollUp::sessions, RollUp::mentions)
                .containsExactly(
                        tuple("Europe", 9, 75), tuple("Africa", 8, 60), tuple("Asia", 8, 44), tuple("Americas", 6, 59));
    }

    /**
     * Session 4 names the United States only in its facilitator's employer and refers to ten action lines: the US
     * is linked to none of them. A country is linked to a line only where one sentence or list item names both, and
     * that sentence, which names the line, is the link's evidence.
     */
    @Test
    void countriesAreLinkedToLinesOnlyWithinOneSentenceOrListItem() {
        List<CountryMention> linked = new ArrayList<>();
        for (Session session : sessions) {
            for (Section section : session.sections()) {
                linked.addAll(CountryLineLinks.link(
                        section,
                        new CountryDetector(GAZETTEER).detect(session, section),
                        LINES.detect(session, section)));
            }
        }
        List<CountryActionLine> pairs =
                InMemoryAggregation.countries(linked, GAZETTEER).withActionLines();

        assertThat(linked)
                .filteredOn(m -> m.iso2().equals("US") && m.session().index() == 4)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.actionLines()).isEmpty());
        assertThat(pairs).extracting(CountryActionLine::iso2).doesNotContain("US");
        assertThat(pairs).hasSize(20);
        assertThat(pairs)
                .filteredOn(p -> p.iso2().equals("PL"))
                .extracting(CountryActionLine::actionLine, CountryActionLine::sessions)
                .containsExactly(tuple("C4", 1), tuple("C6", 1), tuple("C9", 1));
        assertThat(pairs).allSatisfy(p -> assertThat(p.evidence()).matches(".*\\b" + p.actionLine() + "\\b.*"));
    }

    private static Map<String, String> readAnnotation() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        try (InputStream in =
                CountriesOnSampleTests.class.getResourceAsStream("/countries/expected-sample-countries.tsv")) {
            assertThat(in).as("the annotation file").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String data = line.contains("#")
                        ? line.substring(0, line.indexOf('#')).strip()
                        : line.strip();
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
