package org.wsisanalytics.analytics.messages;

import org.wsisanalytics.model.SessionOutline;

/** Where a quoted sentence stands, as a reader cites it: document, session and section heading. */
final class Citation {

    private Citation() {}

    /** "report.txt, session 12 (no. 436), “Vision for WSIS Beyond 2025”". */
    static String of(SessionOutline session, String heading) {
        return session.document() + ", session " + session.index()
                + (session.sessionId() == null ? "" : " (no. " + session.sessionId() + ")")
                + (heading.isBlank() ? ", opening text" : ", \u201C" + heading.strip() + "\u201D");
    }
}
