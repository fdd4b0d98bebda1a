package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.ThemeMention;

/** Everything found in the sessions of a range of documents, read at once and grouped by session. */
final class SessionBatch {

    private final Map<SessionKey, List<ActionLineMention>> actionLines;
    private final Map<SessionKey, List<ActionLineNameReference>> actionLineNames;
    private final Map<SessionKey, List<CountryMention>> countries;
    private final Map<SessionKey, List<ThemeMention>> themes;
    private final Map<SessionKey, List<Figure>> figures;

    SessionBatch(List<ActionLineMention> actionLines, List<ActionLineNameReference> actionLineNames,
                 List<CountryMention> countries, List<ThemeMention> themes, List<Figure> figures) {
        this.actionLines = bySession(actionLines, ActionLineMention::session);
        this.actionLineNames = bySession(actionLineNames, ActionLineNameReference::session);
        this.countries = bySession(countries, CountryMention::session);
        this.themes = bySession(themes, ThemeMention::session);
        this.figures = bySession(figures, Figure::session);
    }

    /** Reads the five mention tables' rows of the documents in range, each in session and text order. */
    static SessionBatch read(MentionStore store, String runId, Map<Integer, String> documentNames,
                             PositionRange range) {
        return new SessionBatch(store.actionLines(runId, documentNames, range),
                store.actionLineNames(runId, documentNames, range), store.countries(runId, documentNames, range),
                store.themes(runId, documentNames, range), store.figures(runId, documentNames, range));
    }

    /** The session's evidence; empty lists where it has none. */
    SessionEvidence evidence(SessionOutline session) {
        SessionKey key = session.key();
        return new SessionEvidence(session, actionLines.getOrDefault(key, List.of()),
                actionLineNames.getOrDefault(key, List.of()), countries.getOrDefault(key, List.of()),
                themes.getOrDefault(key, List.of()), figures.getOrDefault(key, List.of()));
    }

    private static <T> Map<SessionKey, List<T>> bySession(List<T> items, Function<T, SessionKey> key) {
        Map<SessionKey, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
