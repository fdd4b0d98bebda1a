package org.wsisanalytics.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative statement quoted in a session, for the editor's fact-check list: one per fact, however often
 * the session repeats it.
 *
 * @param session the session
 * @param kind what it measures
 * @param role whether it is stated or aimed at
 * @param value the number, with scale words applied ("2.6 billion" is 2600000000, "6.4 lakh" 640000)
 * @param unit what is counted or the currency ("people", "villages", "%", "USD"); may be empty
 * @param text the figure as first written ("2.6 billion people")
 * @param occurrences how often the session quotes it (same kind, role, value and unit), at least 1
 * @param section the heading of the section it first occurs in, as written
 * @param sentence the whole sentence of its first occurrence, as evidence
 * @param start offset of the first occurrence in the section's text
 * @param end offset just past the first occurrence in the section's text
 * @param location where it is in the input file ("p. 36", "para. 399", "line 840"), or {@code null} where the
 *                 reader gave no location
 */
public record Figure(
        SessionKey session,
        FigureKind kind,
        FigureRole role,
        BigDecimal value,
        String unit,
        String text,
        int occurrences,
        String section,
        String sentence,
        int start,
        int end,
        TextLocation location) {

    public Figure {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Requires.text(text, "text");
        Requires.positive(occurrences, "occurrences");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Without a location. */
    public Figure(
            SessionKey session,
            FigureKind kind,
            FigureRole role,
            BigDecimal value,
            String unit,
            String text,
            int occurrences,
            String section,
            String sentence,
            int start,
            int end) {
        this(session, kind, role, value, unit, text, occurrences, section, sentence, start, end, null);
    }

    /** The same fact quoted once more. */
    public Figure repeated() {
        return new Figure(
                session, kind, role, value, unit, text, occurrences + 1, section, sentence, start, end, location);
    }
}
