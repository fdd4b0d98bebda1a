package org.wsisanalytics.model;

/**
 * A country and an action line that appear in the same sessions.
 *
 * @param iso2 the country's ISO 3166-1 alpha-2 code
 * @param actionLine "C1" to "C11"
 * @param sessions number of sessions that mention the country and reference the action line
 */
public record CountryActionLine(String iso2, String actionLine, int sessions) {

    public CountryActionLine {
        Requires.text(iso2, "iso2");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.positive(sessions, "sessions");
    }
}
