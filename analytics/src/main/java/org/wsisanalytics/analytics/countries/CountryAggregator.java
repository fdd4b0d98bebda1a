package org.wsisanalytics.analytics.countries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.UncountedCountry;

/**
 * Adds country mentions up: per country, per M49 region, sub-region and UN country group, and together with
 * action lines. Only names and demonyms count ({@link org.wsisanalytics.model.CountryMentionKind#counted()});
 * "sessions" is the number of distinct sessions (document and index) with at least one counted mention. These are
 * the whole-run forms of {@link CountryTally}, which defines the numbers and orders: the mentions are grouped by
 * session and fed to it.
 */
public final class CountryAggregator {

    private CountryAggregator() {}

    /** One frequency per country that counts, by sessions, then mentions (both descending), then name, then code. */
    public static List<CountryFrequency> frequencies(List<CountryMention> mentions, Gazetteer g) {
        return tally(mentions, g).frequencies();
    }

    /**
     * Roll-ups by REGION, then SUBREGION, then GROUP (LDC, LLDC, SIDS); within each dimension by sessions, then
     * mentions (both descending), then name. Countries without an M49 region (Taiwan, Antarctica) are in no region
     * roll-up.
     */
    public static List<RollUp> rollUps(List<CountryMention> mentions, Gazetteer g) {
        return tally(mentions, g).rollUps();
    }

    /**
     * For each country and action line, the number of sessions that name both in one sentence or list item (the
     * mentions' {@link CountryMention#actionLines()}); by country code, then action line number.
     */
    public static List<CountryActionLine> withActionLines(List<CountryMention> countries) {
        // Links look no country up, so any gazetteer serves.
        return tally(countries, Gazetteer.loadDefault()).withActionLines();
    }

    /** The mentions that do not count (an organisation's name, a language), per country and kind. */
    public static List<UncountedCountry> notCounted(List<CountryMention> mentions, Gazetteer g) {
        return tally(mentions, g).notCounted();
    }

    private static CountryTally tally(List<CountryMention> countries, Gazetteer g) {
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(g, "g");
        Map<SessionKey, List<CountryMention>> bySession = new LinkedHashMap<>();
        for (CountryMention mention : countries) {
            bySession.computeIfAbsent(mention.session(), k -> new ArrayList<>()).add(mention);
        }
        CountryTally tally = new CountryTally(g);
        bySession.values().forEach(tally::add);
        return tally;
    }
}
