package org.wsisanalytics.model;

/**
 * One action line's coverage over a whole run: a column total of the coverage matrix.
 *
 * @param actionLine "C1" to "C11"
 * @param sessions number of sessions that refer to the line at least once
 * @param mentions number of references in all sessions
 */
public record ActionLineTotal(String actionLine, int sessions, int mentions) {

    public ActionLineTotal {
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.notNegative(sessions, "sessions");
        Requires.notNegative(mentions, "mentions");
        if (sessions > mentions) {
            throw new IllegalArgumentException(
                    actionLine + ": " + sessions + " sessions but only " + mentions + " mentions");
        }
    }
}
