package org.wsisanalytics.model;

import java.util.Objects;

/**
 * How often one session refers to one action line (one cell of the coverage matrix).
 *
 * @param session the session
 * @param actionLine "C1" to "C11"
 * @param mentions number of references in the session
 * @param inLinksSection whether at least one reference is in the session's links-to-action-lines part
 */
public record ActionLineCoverage(SessionKey session, String actionLine, int mentions, boolean inLinksSection) {

    public ActionLineCoverage {
        Objects.requireNonNull(session, "session");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.positive(mentions, "mentions");
    }
}
