package org.wsisanalytics.analytics.countries;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.UncountedCountry;

/**
 * Adds country mentions up one session at a time: fed each session of a run exactly once, it gives the run's
 * country frequencies, roll-ups and country × action line links. Only mentions that count
 * ({@link CountryMentionKind#counted()}: names and demonyms) are added up; the others (an organisation's name, a
 * language) are kept apart in {@link #notCounted()}. A country is linked to an action line in a session when a
 * mention of it is ({@link CountryMention#actionLines()}, set by {@link CountryLineLinks}). It keeps counters only
 * (per country, per roll-up name, per country and action line), so its size depends on the reference data, not on
 * the number of sessions. Not safe for use by several threads at once.
 */
public final class CountryTally {

    private static final int LINES = 11;

    private final Gazetteer gazetteer;
    private final Map<String, Counts> countries = new TreeMap<>();
    private final Map<String, Counts> notCounted = new TreeMap<>();
    private final Map<RollUp.Dimension, Map<String, Integer>> rollUpSessions = new EnumMap<>(RollUp.Dimension.class);
    private final Map<String, Link[]> withLines = new TreeMap<>();
    private String unknown;

    /** An empty tally that looks countries up in the given gazetteer. */
    public CountryTally(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
            rollUpSessions.put(dimension, new TreeMap<>());
        }
    }

    /**
     * Adds one session's country mentions, all of the same session.
     *
     * @param mentionsOfOneSession the session's country mentions (may be empty), in text order
     * @throws IllegalArgumentException when the mentions belong to more than one session
     */
    public void add(List<CountryMention> mentionsOfOneSession) {
        Map<String, Integer> byCountry = new TreeMap<>();
        Map<String, Integer> apart = new TreeMap<>();
        Map<String, Map<Integer, String>> links = new TreeMap<>();
        SessionKey session = null;
        for (CountryMention mention : mentionsOfOneSession) {
            if (session != null && !session.equals(mention.session())) {
                throw new IllegalArgumentException("Mentions of sessions " + session + " and " + mention.session()
                        + " were given together; add one session at a time.");
            }
            session = mention.session();
            if (!mention.kind().counted()) {
                apart.merge(mention.iso2() + " " + mention.kind().name(), 1, Integer::sum);
                continue;
            }
            byCountry.merge(mention.iso2(), 1, Integer::sum);
            for (String line : mention.actionLines()) {
                links.computeIfAbsent(mention.iso2(), k -> new TreeMap<>())
                        .putIfAbsent(number(line), mention.sentence());
            }
        }
        apart.forEach((key, count) ->
                notCounted.computeIfAbsent(key, k -> new Counts()).add(count));
        Map<RollUp.Dimension, Set<String>> touched = new EnumMap<>(RollUp.Dimension.class);
        byCountry.forEach((iso2, count) -> {
            countries.computeIfAbsent(iso2, k -> new Counts()).add(count);
            gazetteer
                    .byIso2(iso2)
                    .ifPresentOrElse(
                            country -> {
                                for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
                                    touched.computeIfAbsent(dimension, d -> new HashSet<>())
                                            .addAll(names(country, dimension));
                                }
                            },
                            () -> unknown = unknown == null ? iso2 : unknown);
        });
        links.forEach((iso2, lines) -> {
            Link[] perLine = withLines.computeIfAbsent(iso2, k -> new Link[LINES + 1]);
            lines.forEach((number, sentence) -> {
                if (perLine[number] == null) {
                    perLine[number] = new Link(sentence);
                }
                perLine[number].sessions++;
            });
        });
        touched.forEach((dimension, names) ->
                names.forEach(name -> rollUpSessions.get(dimension).merge(name, 1, Integer::sum)));
    }

    /**
     * The mentions that are not counted, per country and kind (an organisation's name, a language), by
     * country code then kind: shown apart, with {@link CountryMentionKind#notCountedReason()}.
     */
    public List<UncountedCountry> notCounted() {
        requireAllKnown();
        List<UncountedCountry> result = new ArrayList<>();
        notCounted.forEach((key, counts) -> {
            String[] parts = key.split(" ");
            result.add(new UncountedCountry(
                    gazetteer.require(parts[0]),
                    CountryMentionKind.valueOf(parts[1]),
                    counts.mentions,
                    counts.sessions));
        });
        return List.copyOf(result);
    }

    /**
     * One frequency per country that counts, by sessions (descending), then mentions (descending), then name, then
     * code: how widely a country is discussed first, so that one long session does not lead the ranking.
     */
    public List<CountryFrequency> frequencies() {
        requireAllKnown();
        List<CountryFrequency> frequencies = new ArrayList<>();
        countries.forEach((iso2, counts) ->
                frequencies.add(new CountryFrequency(gazetteer.require(iso2), counts.mentions, counts.sessions)));
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        frequencies.sort(Comparator.comparingInt(CountryFrequency::sessions)
                .reversed()
                .thenComparing(
                        Comparator.comparingInt(CountryFrequency::mentions).reversed())
                .thenComparing(f -> f.country().name(), collator)
                .thenComparing(f -> f.country().iso2()));
        return List.copyOf(frequencies);
    }

    /**
     * Roll-ups by REGION, then SUBREGION, then GROUP (LDC, LLDC, SIDS); within each dimension by sessions
     * (descending), then mentions (descending), then name. Countries without an M49 region (Taiwan, Antarctica)
     * are in no region roll-up.
     */
    public List<RollUp> rollUps() {
        requireAllKnown();
        List<RollUp> rollUps = new ArrayList<>();
        for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
            Map<String, int[]> countriesAndMentions = new HashMap<>();
            countries.forEach((iso2, counts) -> {
                for (String name : names(gazetteer.require(iso2), dimension)) {
                    int[] sums = countriesAndMentions.computeIfAbsent(name, k -> new int[2]);
                    sums[0]++;
                    sums[1] += counts.mentions;
                }
            });
            List<RollUp> ofDimension = new ArrayList<>();
            rollUpSessions.get(dimension).forEach((name, sessions) -> {
                int[] sums = countriesAndMentions.get(name);
                ofDimension.add(new RollUp(dimension, name, sums[0], sums[1], sessions));
            });
            ofDimension.sort(Comparator.comparingInt(RollUp::sessions)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(RollUp::mentions).reversed())
                    .thenComparing(RollUp::name));
            rollUps.addAll(ofDimension);
        }
        return List.copyOf(rollUps);
    }

    /**
     * For each country and action line, the number of sessions that name both in one sentence or list item, with
     * the first such sentence; by country code, then action line number. Needs no gazetteer look-up.
     */
    public List<CountryActionLine> withActionLines() {
        List<CountryActionLine> result = new ArrayList<>();
        withLines.forEach((iso2, perLine) -> {
            for (int number = 1; number <= LINES; number++) {
                if (perLine[number] != null) {
                    result.add(new CountryActionLine(
                            iso2, "C" + number, perLine[number].sessions, perLine[number].evidence));
                }
            }
        });
        return List.copyOf(result);
    }

    private void requireAllKnown() {
        if (unknown != null) {
            gazetteer.require(unknown);
        }
    }

    private static int number(String code) {
        if (!ActionLine.isCode(code)) {
            throw new IllegalArgumentException("not an action line code: " + code);
        }
        return Integer.parseInt(code.substring(1));
    }

    static List<String> names(Country country, RollUp.Dimension dimension) {
        return switch (dimension) {
            case REGION -> country.region().isEmpty() ? List.of() : List.of(country.region());
            case SUBREGION -> country.subregion().isEmpty() ? List.of() : List.of(country.subregion());
            case GROUP -> country.groups().stream().sorted().toList();
        };
    }

    /** The sessions linking a country to a line, and the first sentence that did. */
    private static final class Link {
        private final String evidence;
        private int sessions;

        Link(String evidence) {
            this.evidence = evidence;
        }
    }

    /** Mentions of one country and the number of sessions they are in. */
    private static final class Counts {
        private int mentions;
        private int sessions;

        void add(int mentionsInOneSession) {
            mentions += mentionsInOneSession;
            sessions++;
        }
    }
}
