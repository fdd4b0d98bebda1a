package org.wsisanalytics.analytics.countries;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;

/**
 * Adds country mentions up: per country, per M49 region, sub-region and UN country group, and together with
 * action lines. Every kind of mention counts (name, demonym, organisation, language); "sessions" is the number
 * of distinct sessions (document and index) with at least one mention.
 */
public final class CountryAggregator {

    private CountryAggregator() {
    }

    /** One frequency per mentioned country, by mentions (descending), then name, then code. */
    public static List<CountryFrequency> frequencies(List<CountryMention> mentions, Gazetteer g) {
        Objects.requireNonNull(g, "g");
        Map<String, Tally> byCountry = tally(mentions, CountryMention::iso2);
        List<CountryFrequency> frequencies = new ArrayList<>();
        byCountry.forEach((iso2, tally) ->
                frequencies.add(new CountryFrequency(g.require(iso2), tally.mentions, tally.sessions.size())));
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
    public static List<RollUp> rollUps(List<CountryMention> mentions, Gazetteer g) {
        Objects.requireNonNull(g, "g");
        List<RollUp> rollUps = new ArrayList<>();
        for (RollUp.Dimension dimension : RollUp.Dimension.values()) {
            Map<String, Tally> tallies = new TreeMap<>();
            for (CountryMention mention : mentions) {
                for (String name : names(g.require(mention.iso2()), dimension)) {
                    tallies.computeIfAbsent(name, k -> new Tally()).add(mention);
                }
            }
            List<RollUp> ofDimension = new ArrayList<>();
            tallies.forEach((name, tally) -> ofDimension.add(new RollUp(dimension, name, tally.countries.size(),
                    tally.mentions, tally.sessions.size())));
            ofDimension.sort(Comparator.comparingInt(RollUp::mentions).reversed().thenComparing(RollUp::name));
            rollUps.addAll(ofDimension);
        }
        return List.copyOf(rollUps);
    }

    /**
     * For each country and action line, the number of sessions that both mention the country and reference
     * the line; by country code, then action line number.
     */
    public static List<CountryActionLine> withActionLines(List<CountryMention> countries,
                                                          List<ActionLineMention> actionLines) {
        Map<SessionKey, Set<String>> linesBySession = new LinkedHashMap<>();
        for (ActionLineMention mention : actionLines) {
            linesBySession.computeIfAbsent(mention.session(), k -> new HashSet<>()).add(mention.actionLine());
        }
        Map<SessionKey, Set<String>> countriesBySession = new LinkedHashMap<>();
        for (CountryMention mention : countries) {
            countriesBySession.computeIfAbsent(mention.session(), k -> new HashSet<>()).add(mention.iso2());
        }
        Map<String, Map<Integer, Integer>> pairs = new TreeMap<>();
        countriesBySession.forEach((session, isoCodes) -> {
            for (String line : linesBySession.getOrDefault(session, Set.of())) {
                for (String iso2 : isoCodes) {
                    pairs.computeIfAbsent(iso2, k -> new TreeMap<>()).merge(Integer.parseInt(line.substring(1)), 1, Integer::sum);
                }
            }
        });
        List<CountryActionLine> result = new ArrayList<>();
        pairs.forEach((iso2, lines) -> lines.forEach((number, sessions) ->
                result.add(new CountryActionLine(iso2, "C" + number, sessions))));
        return List.copyOf(result);
    }

    private static List<String> names(Country country, RollUp.Dimension dimension) {
        return switch (dimension) {
            case REGION -> country.region().isEmpty() ? List.of() : List.of(country.region());
            case SUBREGION -> country.subregion().isEmpty() ? List.of() : List.of(country.subregion());
            case GROUP -> country.groups().stream().sorted().toList();
        };
    }

    private static Map<String, Tally> tally(List<CountryMention> mentions, Function<CountryMention, String> key) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (CountryMention mention : mentions) {
            tallies.computeIfAbsent(key.apply(mention), k -> new Tally()).add(mention);
        }
        return tallies;
    }

    private static final class Tally {
        private final Set<String> countries = new HashSet<>();
        private final Set<SessionKey> sessions = new HashSet<>();
        private int mentions;

        void add(CountryMention mention) {
            countries.add(mention.iso2());
            sessions.add(mention.session());
            mentions++;
        }
    }
}
