package org.wsisanalytics.model;

import java.util.List;
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
 * @param actionLines the action lines ("C2") referred to by number in the same sentence, or in the same list item,
 *                    in number order: the lines this mention links the country to (see
 *                    {@link CountryMentionKind#counted()} for which kinds link at all)
 */
public record CountryMention(
        SessionKey session,
        String iso2,
        String surface,
        CountryMentionKind kind,
        String section,
        String sentence,
        int start,
        int end,
        TextLocation location,
        List<String> actionLines) {

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
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        for (String line : actionLines) {
            if (!ActionLine.isCode(line)) {
                throw new IllegalArgumentException("not an action line code: " + line);
            }
        }
    }

    /** Linked to no action line. */
    public CountryMention(
            SessionKey session,
            String iso2,
            String surface,
            CountryMentionKind kind,
            String section,
            String sentence,
            int start,
            int end,
            TextLocation location) {
        this(session, iso2, surface, kind, section, sentence, start, end, location, List.of());
    }

    /** The same mention linked to the given action lines. */
    public CountryMention withActionLines(List<String> lines) {
        return new CountryMention(session, iso2, surface, kind, section, sentence, start, end, location, lines);
    }

    /** Without a location. */
    public CountryMention(
            SessionKey session,
            String iso2,
            String surface,
            CountryMentionKind kind,
            String section,
            String sentence,
            int start,
            int end) {
        this(session, iso2, surface, kind, section, sentence, start, end, null);
    }
}
