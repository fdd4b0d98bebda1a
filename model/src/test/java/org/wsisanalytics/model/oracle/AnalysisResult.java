package org.wsisanalytics.model.oracle;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.Session;

/**
 * Everything the reports are made from.
 *
 * @param run the run
 * @param actionLines the action lines C1 to C11 in order, with their official names
 * @param documents the documents that were read, in input order
 * @param sessions all sessions of all documents, in document order
 * @param actionLineMentions every action-line reference, in session and text order
 * @param actionLineNames references to an action line by its name only, in session and text order; they
 *     are shown as such and not counted in the coverage
 * @param coverage one row per (session, action line) referenced, in session and action-line order
 * @param labelConflicts numbered references labelled with another line's name, in session and text order
 * @param countries country mentions and their aggregates
 * @param themes theme mentions and counts
 * @param figures quantitative statements, in session and text order
 * @param findings consistency findings for the documents' editors
 * @param rejects inputs that were skipped, with their reasons
 */
public record AnalysisResult(
        RunInfo run,
        List<ActionLine> actionLines,
        List<ParsedDocumentSummary> documents,
        List<Session> sessions,
        List<ActionLineMention> actionLineMentions,
        List<ActionLineNameReference> actionLineNames,
        List<ActionLineCoverage> coverage,
        List<ActionLineLabelConflict> labelConflicts,
        CountryAnalysis countries,
        ThemeAnalysis themes,
        List<Figure> figures,
        List<Finding> findings,
        List<Reject> rejects) {

    public AnalysisResult {
        Objects.requireNonNull(run, "run");
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        actionLineMentions = List.copyOf(Objects.requireNonNull(actionLineMentions, "actionLineMentions"));
        actionLineNames = List.copyOf(Objects.requireNonNull(actionLineNames, "actionLineNames"));
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
        labelConflicts = List.copyOf(Objects.requireNonNull(labelConflicts, "labelConflicts"));
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(themes, "themes");
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        rejects = List.copyOf(Objects.requireNonNull(rejects, "rejects"));
    }
}
