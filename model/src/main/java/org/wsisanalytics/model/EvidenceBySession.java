package org.wsisanalytics.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Mentions of several sessions (a whole run, or a batch of documents) grouped by session, so that each
 * session can be handed over with its own: the one place where {@link RunData} implementations build a
 * {@link SessionEvidence}.
 */
public final class EvidenceBySession {

    private final Map<SessionKey, List<ActionLineMention>> actionLines;
    private final Map<SessionKey, List<ActionLineNameReference>> actionLineNames;
    private final Map<SessionKey, List<CountryMention>> countries;
    private final Map<SessionKey, List<ThemeMention>> themes;
    private final Map<SessionKey, List<Figure>> figures;
    private final Map<SessionKey, List<Section>> sections;

    /**
     * Groups the items, each list in session and text order.
     *
     * @param sections per session, its sections in full (body texts and anchors) in section order (sessions
     *        without sections may be left out)
     */
    public EvidenceBySession(
            List<ActionLineMention> actionLines,
            List<ActionLineNameReference> actionLineNames,
            List<CountryMention> countries,
            List<ThemeMention> themes,
            List<Figure> figures,
            Map<SessionKey, List<Section>> sections) {
        this.actionLines = group(actionLines, ActionLineMention::session);
        this.actionLineNames = group(actionLineNames, ActionLineNameReference::session);
        this.countries = group(countries, CountryMention::session);
        this.themes = group(themes, ThemeMention::session);
        this.figures = group(figures, Figure::session);
        this.sections = Map.copyOf(sections);
    }

    /** The session's evidence, with empty lists where it has none. */
    public SessionEvidence evidence(SessionOverview session) {
        SessionKey key = session.key();
        return new SessionEvidence(
                session,
                actionLines.getOrDefault(key, List.of()),
                actionLineNames.getOrDefault(key, List.of()),
                countries.getOrDefault(key, List.of()),
                themes.getOrDefault(key, List.of()),
                figures.getOrDefault(key, List.of()),
                sections.getOrDefault(key, List.of()),
                List.of());
    }

    /** Items by their session, each session's in the items' order. */
    public static <T> Map<SessionKey, List<T>> group(List<T> items, Function<T, SessionKey> session) {
        Map<SessionKey, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(session.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
