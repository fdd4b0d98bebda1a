package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * One session with everything found in it, each item with the sentence it came from: the unit in which a
 * run's evidence is handed to the reports, one session at a time.
 *
 * @param session the session
 * @param actionLines its action-line references, in text order
 * @param actionLineNames its references to an action line by name only, in text order
 * @param countries its country mentions, in text order
 * @param themes its theme mentions, in text order
 * @param figures its quantitative statements, in text order
 * @param themeCounts its themes with their numbers of mentions, in taxonomy order (its rows of the summary's
 *     {@code themeCounts})
 */
public record SessionEvidence(SessionOutline session, List<ActionLineMention> actionLines,
                              List<ActionLineNameReference> actionLineNames, List<CountryMention> countries,
                              List<ThemeMention> themes, List<Figure> figures, List<ThemeCount> themeCounts) {

    public SessionEvidence {
        Objects.requireNonNull(session, "session");
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        actionLineNames = List.copyOf(Objects.requireNonNull(actionLineNames, "actionLineNames"));
        countries = List.copyOf(Objects.requireNonNull(countries, "countries"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        themeCounts = List.copyOf(Objects.requireNonNull(themeCounts, "themeCounts"));
    }

    public SessionKey key() {
        return session.key();
    }
}
