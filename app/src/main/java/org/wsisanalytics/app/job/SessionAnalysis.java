package org.wsisanalytics.app.job;

import java.util.List;

import org.wsisanalytics.app.store.SessionToAnalyze;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.ThemeMention;

/**
 * What the detectors found in one session, or why the session was skipped.
 *
 * @param session the session
 * @param actionLines its action-line mentions
 * @param actionLineNames its references to action lines by name only
 * @param labelConflicts its numbered references labelled with another line's name
 * @param countries its country mentions
 * @param themes its theme mentions
 * @param figures the figures it quotes
 * @param findings consistency findings about it
 * @param reject why it was skipped, or {@code null}
 */
record SessionAnalysis(
        SessionToAnalyze session,
        List<ActionLineMention> actionLines,
        List<ActionLineNameReference> actionLineNames,
        List<ActionLineLabelConflict> labelConflicts,
        List<CountryMention> countries,
        List<ThemeMention> themes,
        List<Figure> figures,
        List<Finding> findings,
        Reject reject) {

    SessionAnalysis {
        actionLines = List.copyOf(actionLines);
        actionLineNames = List.copyOf(actionLineNames);
        labelConflicts = List.copyOf(labelConflicts);
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
    }

    static SessionAnalysis failed(SessionToAnalyze session, Reject reject) {
        return new SessionAnalysis(
                session, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), reject);
    }
}
