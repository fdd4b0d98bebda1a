package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.reports.CountryLookup;

/** What the session pages take from the run's summary: theme counts by session and country names. */
final class SessionDetails {

    private final Map<SessionKey, List<ThemeCount>> themes = new HashMap<>();
    private final CountryLookup lookup;

    SessionDetails(RunSummary result) {
        result.themeCounts().forEach(c -> themes.computeIfAbsent(c.session(), k -> new ArrayList<>()).add(c));
        lookup = new CountryLookup(result.countries());
    }

    List<ThemeCount> themes(SessionKey session) {
        return themes.getOrDefault(session, List.of());
    }

    CountryLookup countries() {
        return lookup;
    }
}
