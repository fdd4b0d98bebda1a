package org.wsisanalytics.model;

import java.util.Objects;

/**
 * How often one session touches one theme (a cell of the themes × sessions matrix).
 *
 * @param session the session
 * @param theme the theme's name
 * @param mentions number of matches in the session
 */
public record ThemeCount(SessionKey session, String theme, int mentions) {

    public ThemeCount {
        Objects.requireNonNull(session, "session");
        Requires.text(theme, "theme");
        Requires.positive(mentions, "mentions");
    }
}
