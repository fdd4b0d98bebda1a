package org.wsisanalytics.analytics.messages;

import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.TextLocation;

/**
 * Where a quoted sentence stands, as a reader cites it: document, session, section heading and, where it is known,
 * the page, paragraph or line.
 */
final class Citation {

    private Citation() {}

    /**
     * "report.txt, session 12 (no. 436), “Vision for WSIS Beyond 2025”, line 2061"; without the location where it
     * is {@code null}.
     */
    static String of(SessionOutline session, String heading, TextLocation location) {
        return session.document() + ", session " + session.index()
                + (session.sessionId() == null ? "" : " (no. " + session.sessionId() + ")")
                + (heading.isBlank() ? ", opening text" : ", \u201C" + heading.strip() + "\u201D")
                + (location == null ? "" : ", " + location.label());
    }
}
