package org.wsisanalytics.analytics.countries;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;

/**
 * Adds country mentions up: per country, per M49 region, sub-region and UN country group, and together with
 * action lines. Every kind of mention counts (name, demonym, organisation, language); "sessions" is the number
 * of distinct sessions (document and index) with at least one mention. These are the whole-run forms of
 * {@link CountryTally}, which defines the numbers and orders: the mentions are grouped by session and fed to it.
 */
public final class CountryAggregator {

    private CountryAggregator() {
    }

    /** One frequency per mentioned country, by mentions (descending), then name, then code. */
    public static List<CountryFrequency> frequencies(List<CountryMention> mentions, Gazetteer g) {
        return tally(mentions, List.of(), g).frequencies();
    }

    /**
     * Roll-ups by REGION, then SUBREGION, then GROUP (LDC, LLDC, SIDS); within each dimension by mentions
     * (descending), then name. Countries without an M49 region (Taiwan, Antarctica) are in no region roll-up.
     */
    public static List<RollUp> rollUps(List<CountryMention> mentions, Gazetteer g) {
        return tally(mentions, List.of(), g).rollUps();
    }

    /**
     * For each country and action line, the number of sessions that both mention the country and reference
     * the line; by country code, then action line number.
     */
    public static List<CountryActionLine> withActionLines(List<CountryMention> countries,
                                                          List<ActionLineMention> actionLines) {
        // Co-occurrence looks no country up, so any gazetteer serves.
        return tally(countries, actionLines, Gazetteer.loadDefault()).withActionLines();
    }

    private static CountryTally tally(List<CountryMention> countries, List<ActionLineMention> actionLines,
                                      Gazetteer g) {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(g, "g");
        Map<SessionKey, Set<String>> linesBySession = new LinkedHashMap<>();
        for (ActionLineMention mention : actionLines) {
            linesBySession.computeIfAbsent(mention.session(), k -> new HashSet<>()).add(mention.actionLine());
        }
        Map<SessionKey, Map<String, Integer>> countriesBySession = new LinkedHashMap<>();
        for (CountryMention mention : countries) {
            countriesBySession.computeIfAbsent(mention.session(), k -> new LinkedHashMap<>())
                    .merge(mention.iso2(), 1, Integer::sum);
        }
        CountryTally tally = new CountryTally(g);
        countriesBySession.forEach((session, byCountry) ->
                tally.add(byCountry, linesBySession.getOrDefault(session, Set.of())));
        return tally;
    }
}
