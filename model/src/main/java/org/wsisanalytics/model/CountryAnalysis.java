package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * Country mentions of a run and what they add up to.
 *
 * @param mentions every country mention, in session and text order
 * @param frequencies one row per mentioned country, most mentioned first
 * @param rollUps mentions added up by region, sub-region and UN country group
 * @param withActionLines countries and action lines that appear in the same sessions
 */
public record CountryAnalysis(List<CountryMention> mentions, List<CountryFrequency> frequencies,
                              List<RollUp> rollUps, List<CountryActionLine> withActionLines) {

    public static final CountryAnalysis NONE = new CountryAnalysis(List.of(), List.of(), List.of(), List.of());

    public CountryAnalysis {
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        frequencies = List.copyOf(Objects.requireNonNull(frequencies, "frequencies"));
        rollUps = List.copyOf(Objects.requireNonNull(rollUps, "rollUps"));
        withActionLines = List.copyOf(Objects.requireNonNull(withActionLines, "withActionLines"));
    }
}
