package org.wsisanalytics.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative statement quoted in a session, for the editor's fact-check list.
 *
 * @param session the session
 * @param kind what it measures
 * @param value the number, with scale words applied ("2.6 billion" is 2600000000, "6.4 lakh" 640000)
 * @param unit what is counted or the currency ("people", "villages", "%", "USD", "year"); may be empty
 * @param text the figure as written ("2.6 billion people")
 * @param section the heading of the section it occurs in, as written
 * @param sentence the whole sentence, as evidence
 * @param start offset of the figure in the section's text
 * @param end offset just past the figure in the section's text
 */
public record Figure(SessionKey session, FigureKind kind, BigDecimal value, String unit, String text,
                     String section, String sentence, int start, int end) {

    public Figure {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Requires.text(text, "text");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }
}
