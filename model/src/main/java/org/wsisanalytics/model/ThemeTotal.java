package org.wsisanalytics.model;

/**
 * One theme over a whole run: a column total of the themes × sessions matrix.
 *
 * @param theme the theme's name
 * @param sessions number of sessions that touch the theme
 * @param mentions number of matches in all sessions
 */
public record ThemeTotal(String theme, int sessions, int mentions) {

    public ThemeTotal {
        Requires.text(theme, "theme");
        Requires.notNegative(sessions, "sessions");
        Requires.notNegative(mentions, "mentions");
    }
}
