package org.wsisanalytics.reports.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionKey;

/** Looks up the event's session number for a session key (mentions and coverage rows carry only the key). */
final class SessionIds {

    private final Map<SessionKey, String> ids = new HashMap<>();

    SessionIds(List<SessionOutline> sessions) {
        for (SessionOutline session : sessions) {
            if (session.sessionId() != null) {
                ids.put(session.key(), session.sessionId());
            }
        }
    }

    /** The session number, or {@code null} where the document gives none. */
    String of(SessionKey key) {
        return ids.get(key);
    }
}
