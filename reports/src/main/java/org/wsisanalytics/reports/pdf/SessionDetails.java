package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.reports.CountryLookup;

/** The result's mentions grouped by session, for the session pages. */
final class SessionDetails {

    private final Map<SessionKey, List<ActionLineMention>> lines = new HashMap<>();
    private final Map<SessionKey, List<CountryMention>> countries = new HashMap<>();
    private final Map<SessionKey, List<ThemeCount>> themes = new HashMap<>();
    private final Map<SessionKey, List<Figure>> figures = new HashMap<>();
    private final CountryLookup lookup;

    SessionDetails(AnalysisResult result) {
        result.actionLineMentions().forEach(m -> lines.computeIfAbsent(m.session(), k -> new ArrayList<>()).add(m));
        result.countries().mentions().forEach(m -> countries.computeIfAbsent(m.session(), k -> new ArrayList<>()).add(m));
        result.themes().counts().forEach(c -> themes.computeIfAbsent(c.session(), k -> new ArrayList<>()).add(c));
        result.figures().forEach(f -> figures.computeIfAbsent(f.session(), k -> new ArrayList<>()).add(f));
        lookup = new CountryLookup(result.countries());
    }

    List<ActionLineMention> lines(SessionKey session) {
        return lines.getOrDefault(session, List.of());
    }

    List<CountryMention> countries(SessionKey session) {
        return countries.getOrDefault(session, List.of());
    }

    List<ThemeCount> themes(SessionKey session) {
        return themes.getOrDefault(session, List.of());
    }

    List<Figure> figures(SessionKey session) {
        return figures.getOrDefault(session, List.of());
    }

    CountryLookup countries() {
        return lookup;
    }
}
