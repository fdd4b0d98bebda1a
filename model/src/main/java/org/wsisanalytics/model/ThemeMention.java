package org.wsisanalytics.model;

import java.util.Objects;

/**
 * One place where a session touches a theme of the taxonomy.
 *
 * @param session the session
 * @param theme the theme's name as the taxonomy gives it, e.g. "Artificial intelligence"
 * @param surface the matched text ("AI", "women and girls")
 * @param section the heading of the section it occurs in, as written
 * @param sentence the whole sentence, as evidence
 * @param start offset of the matched text in the section's text
 * @param end offset just past the matched text in the section's text
 * @param location where it is in the input file ("p. 36", "para. 399", "line 840"), or {@code null} where the
 *                 reader gave no location
 */
public record ThemeMention(
        SessionKey session,
        String theme,
        String surface,
        String section,
        String sentence,
        int start,
        int end,
        TextLocation location) {

    public ThemeMention {
        Objects.requireNonNull(session, "session");
        Requires.text(theme, "theme");
        Requires.text(surface, "surface");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Without a location. */
    public ThemeMention(
            SessionKey session, String theme, String surface, String section, String sentence, int start, int end) {
        this(session, theme, surface, section, sentence, start, end, null);
    }
}
