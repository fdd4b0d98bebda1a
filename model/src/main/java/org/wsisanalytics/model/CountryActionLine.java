package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A country and an action line that a run's sessions name together: in the same sentence or list item.
 *
 * @param iso2 the country's ISO 3166-1 alpha-2 code
 * @param actionLine "C1" to "C11"
 * @param sessions number of sessions with a sentence or list item that names the country (by name or demonym) and
 *                 refers to the action line by number
 * @param evidence the first such sentence of the run, as evidence (empty where it is not known)
 */
public record CountryActionLine(String iso2, String actionLine, int sessions, String evidence) {

    public CountryActionLine {
        Requires.text(iso2, "iso2");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.positive(sessions, "sessions");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Without evidence. */
    public CountryActionLine(String iso2, String actionLine, int sessions) {
        this(iso2, actionLine, sessions, "");
    }
}
