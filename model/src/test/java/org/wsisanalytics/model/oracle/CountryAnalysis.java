package org.wsisanalytics.model.oracle;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.UncountedCountry;

/**
 * Country mentions of a run and what they add up to.
 *
 * @param mentions every country mention, in session and text order
 * @param frequencies one row per country that counts (name or demonym), in most sessions first
 * @param rollUps counted mentions added up by region, sub-region and UN country group
 * @param withActionLines countries and action lines named in one sentence or list item
 * @param notCounted mentions that do not count (an organisation's name, a language), per country and kind
 */
public record CountryAnalysis(
        List<CountryMention> mentions,
        List<CountryFrequency> frequencies,
        List<RollUp> rollUps,
        List<CountryActionLine> withActionLines,
        List<UncountedCountry> notCounted) {

    public static final CountryAnalysis NONE = new CountryAnalysis(List.of(), List.of(), List.of(), List.of());

    public CountryAnalysis {
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        frequencies = List.copyOf(Objects.requireNonNull(frequencies, "frequencies"));
        rollUps = List.copyOf(Objects.requireNonNull(rollUps, "rollUps"));
        withActionLines = List.copyOf(Objects.requireNonNull(withActionLines, "withActionLines"));
        notCounted = List.copyOf(Objects.requireNonNull(notCounted, "notCounted"));
    }

    /** Without mentions that are not counted. */
    public CountryAnalysis(
            List<CountryMention> mentions,
            List<CountryFrequency> frequencies,
            List<RollUp> rollUps,
            List<CountryActionLine> withActionLines) {
        this(mentions, frequencies, rollUps, withActionLines, List.of());
    }
}
