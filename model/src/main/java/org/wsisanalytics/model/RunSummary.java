package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * What the reports need of a run in memory at once: the run, its documents, an outline of every session
 * and the aggregates. It holds no section text and no sentence; those come one session at a time from
 * {@link RunData#forEachSession}. Its size grows with the number of sessions by about one outline and its
 * coverage and theme rows each, and otherwise with the reference data (action lines, countries, themes).
 *
 * @param run the run
 * @param actionLines the action lines C1 to C11 in order, with their official names
 * @param documents the documents that were read, in input order
 * @param sessions every session's outline, in document order
 * @param coverage one row per (session, action line) referenced, in session and action-line order
 * @param countries one row per mentioned country, most mentioned first
 * @param rollUps country mentions added up by region, sub-region and UN country group
 * @param countryActionLines countries and action lines that appear in the same sessions
 * @param themes the taxonomy's themes, in its order
 * @param themeCounts one row per (session, theme) touched, in session and taxonomy order
 * @param totals how many items of each kind were found
 * @param findings consistency findings for the documents' editors
 * @param rejects inputs that were skipped, with their reasons
 */
public record RunSummary(RunInfo run, List<ActionLine> actionLines, List<ParsedDocumentSummary> documents,
                         List<SessionOutline> sessions, List<ActionLineCoverage> coverage,
                         List<CountryFrequency> countries, List<RollUp> rollUps,
                         List<CountryActionLine> countryActionLines, List<String> themes,
                         List<ThemeCount> themeCounts, MentionTotals totals, List<Finding> findings,
                         List<Reject> rejects) {

    public RunSummary {
        Objects.requireNonNull(run, "run");
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
        countries = List.copyOf(Objects.requireNonNull(countries, "countries"));
        rollUps = List.copyOf(Objects.requireNonNull(rollUps, "rollUps"));
        countryActionLines = List.copyOf(Objects.requireNonNull(countryActionLines, "countryActionLines"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        themeCounts = List.copyOf(Objects.requireNonNull(themeCounts, "themeCounts"));
        Objects.requireNonNull(totals, "totals");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        rejects = List.copyOf(Objects.requireNonNull(rejects, "rejects"));
    }

    /** The summary of a result held in memory. */
    public static RunSummary of(AnalysisResult result) {
        return new RunSummary(result.run(), result.actionLines(), result.documents(),
                result.sessions().stream().map(SessionOutline::of).toList(), result.coverage(),
                result.countries().frequencies(), result.countries().rollUps(), result.countries().withActionLines(),
                result.themes().themes(), result.themes().counts(),
                new MentionTotals(result.actionLineMentions().size(), result.actionLineNames().size(),
                        result.countries().mentions().size(), result.themes().mentions().size(),
                        result.figures().size()),
                result.findings(), result.rejects());
    }
}
