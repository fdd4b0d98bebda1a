package org.wsisanalytics.reports.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionKey;

/** The event's session number for a session key, or {@code null} where the document gives none. */
final class SessionIdLookup {

    private final Map<SessionKey, String> ids = new HashMap<>();

    SessionIdLookup(List<SessionOutline> sessions) {
        sessions.forEach(s -> s.sessionIdIfKnown().ifPresent(id -> ids.put(s.key(), id)));
    }

    String of(SessionKey key) {
        return ids.get(key);
    }
}
