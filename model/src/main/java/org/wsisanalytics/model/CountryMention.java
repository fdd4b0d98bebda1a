package org.wsisanalytics.model;

import java.util.Objects;

/**
 * One place where a session mentions a country.
 *
 * @param session the session
 * @param iso2 the country's ISO 3166-1 alpha-2 code
 * @param surface the text as written ("Costa Rica’s", "Estonian")
 * @param kind how the country is referred to
 * @param section the heading of the section it occurs in, as written
 * @param sentence the whole sentence, as evidence
 * @param start offset of the surface text in the section's text
 * @param end offset just past the surface text in the section's text
 * @param location where it is in the input file ("p. 36", "para. 399", "line 840"), or {@code null} where the
 *                 reader gave no location
 */
public record CountryMention(SessionKey session, String iso2, String surface, CountryMentionKind kind,
                             String section, String sentence, int start, int end, TextLocation location) {

    public CountryMention {
        Objects.requireNonNull(session, "session");
        Requires.text(iso2, "iso2");
        Requires.text(surface, "surface");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Without a location. */
    public CountryMention(SessionKey session, String iso2, String surface, CountryMentionKind kind, String section,
            String sentence, int start, int end) {
        this(session, iso2, surface, kind, section, sentence, start, end, null);
    }
}
