package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A numbered reference whose label names another action line: session 12's "C11 (E-Governance)", where
 * e-government is a sub-line of C7. The reference still counts for the number written (C11); reports mark the
 * cell and give the label, and the consistency finding tells the editor.
 *
 * @param session the session
 * @param actionLine the line the number names, "C1" to "C11"
 * @param label the label as written ("E-Governance")
 * @param fits the line the label fits, as reports name it ("C7 (ICT applications, sub-line E-government)")
 */
public record ActionLineLabelConflict(SessionKey session, String actionLine, String label, String fits) {

    public ActionLineLabelConflict {
        Objects.requireNonNull(session, "session");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.text(label, "label");
        Requires.text(fits, "fits");
    }
}
