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
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;

/**
 * Adds country mentions up one session at a time: fed each session of a run exactly once, it gives the
 * frequencies, roll-ups and country × action line counts of {@link CountryAggregator}. It keeps counters
 * only (per country, per roll-up name, per country and action line), so its size depends on the reference
 * data, not on the number of sessions. Not safe for use by several threads at once.
 */
public final class CountryTally {

    private static final int LINES = 11;

    private final Gazetteer gazetteer;
    private final Map<String, Counts> countries = new TreeMap<>();
    private final Map<RollUp.Dimension, Map<String, Integer>> rollUpSessions = new EnumMap<>(RollUp.Dimension.class);
    private final Map<String, int[]> withLines = new TreeMap<>();
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
     * @param mentionsOfOneSession the session's country mentions (may be empty)
     * @param actionLinesOfThatSession the codes ("C1" to "C11") of the action lines the session references
     * @throws IllegalArgumentException when the mentions belong to more than one session
     */
    public void add(List<CountryMention> mentionsOfOneSession, Set<String> actionLinesOfThatSession) {
        Map<String, Integer> byCountry = new HashMap<>();
        SessionKey session = null;
        for (CountryMention mention : mentionsOfOneSession) {
            if (session != null && !session.equals(mention.session())) {
                throw new IllegalArgumentException("Mentions of sessions " + session + " and " + mention.session()
                        + " were given together; add one session at a time.");
            }
            session = mention.session();
            byCountry.merge(mention.iso2(), 1, Integer::sum);
        }
        add(byCountry, actionLinesOfThatSession);
    }

    /**
     * Adds one session given as counts: how many times it mentions each country (ISO 3166-1 alpha-2 code to a
     * positive count), and the action lines it references.
     *
     * @throws IllegalArgumentException when a count is not positive or an action line code is not C1 to C11
     */
    public void add(Map<String, Integer> mentionsByCountry, Set<String> actionLinesOfThatSession) {
        Objects.requireNonNull(mentionsByCountry, "mentionsByCountry");
        Objects.requireNonNull(actionLinesOfThatSession, "actionLinesOfThatSession");
        int[] lineNumbers = numbers(actionLinesOfThatSession);
        Map<RollUp.Dimension, Set<String>> touched = new EnumMap<>(RollUp.Dimension.class);
        mentionsByCountry.forEach((iso2, count) -> {
            if (count == null || count < 1) {
                throw new IllegalArgumentException("Country '" + iso2 + "' has " + count
                        + " mentions in a session; give only countries mentioned at least once.");
            }
            countries.computeIfAbsent(iso2, k -> new Counts()).add(count);
            gazetteer.byIso2(iso2).ifPresentOrElse(country -> {
                for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
                    touched.computeIfAbsent(dimension, d -> new HashSet<>()).addAll(names(country, dimension));
                }
            }, () -> unknown = unknown == null ? iso2 : unknown);
            int[] sessionsPerLine = withLines.computeIfAbsent(iso2, k -> new int[LINES + 1]);
            for (int number : lineNumbers) {
                sessionsPerLine[number]++;
            }
        });
        touched.forEach((dimension, names) -> names.forEach(
                name -> rollUpSessions.get(dimension).merge(name, 1, Integer::sum)));
    }

    /** One frequency per mentioned country, by mentions (descending), then name, then code. */
    public List<CountryFrequency> frequencies() {
        requireAllKnown();
        List<CountryFrequency> frequencies = new ArrayList<>();
        countries.forEach((iso2, counts) ->
                frequencies.add(new CountryFrequency(gazetteer.require(iso2), counts.mentions, counts.sessions)));
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        frequencies.sort(Comparator.comparingInt(CountryFrequency::mentions).reversed()
                .thenComparing(f -> f.country().name(), collator)
                .thenComparing(f -> f.country().iso2()));
        return List.copyOf(frequencies);
    }

    /**
     * Roll-ups by REGION, then SUBREGION, then GROUP (LDC, LLDC, SIDS); within each dimension by mentions
     * (descending), then name. Countries without an M49 region (Taiwan, Antarctica) are in no region roll-up.
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
            ofDimension.sort(Comparator.comparingInt(RollUp::mentions).reversed().thenComparing(RollUp::name));
            rollUps.addAll(ofDimension);
        }
        return List.copyOf(rollUps);
    }

    /**
     * For each country and action line, the number of sessions that both mention the country and reference
     * the line; by country code, then action line number. Needs no gazetteer look-up.
     */
    public List<CountryActionLine> withActionLines() {
        List<CountryActionLine> result = new ArrayList<>();
        withLines.forEach((iso2, sessionsPerLine) -> {
            for (int number = 1; number <= LINES; number++) {
                if (sessionsPerLine[number] > 0) {
                    result.add(new CountryActionLine(iso2, "C" + number, sessionsPerLine[number]));
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

    private static int[] numbers(Set<String> codes) {
        int[] numbers = new int[codes.size()];
        int i = 0;
        for (String code : codes) {
            if (!ActionLine.isCode(code)) {
                throw new IllegalArgumentException("not an action line code: " + code);
            }
            numbers[i++] = Integer.parseInt(code.substring(1));
        }
        return numbers;
    }

    static List<String> names(Country country, RollUp.Dimension dimension) {
        return switch (dimension) {
            case REGION -> country.region().isEmpty() ? List.of() : List.of(country.region());
            case SUBREGION -> country.subregion().isEmpty() ? List.of() : List.of(country.subregion());
            case GROUP -> country.groups().stream().sorted().toList();
        };
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
