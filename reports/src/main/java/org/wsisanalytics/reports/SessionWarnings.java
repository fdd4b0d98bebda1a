package org.wsisanalytics.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SessionKey;

/**
 * The run's warnings (findings of severity {@code WARNING}: probably wrong in the document), read in one walk
 * over the findings, so that the briefs show them where the sessions and figures they concern are read: on the
 * key-figures page, on each affected session's page and in its session brief. Warnings are few (a facilitator
 * named two ways, a mislabelled action line, conflicting values); the notes of severity {@code INFO} are not
 * held.
 */
public final class SessionWarnings {

    private final List<Finding> all;
    private final Map<SessionKey, List<Finding>> bySession;

    private SessionWarnings(List<Finding> all) {
        this.all = List.copyOf(all);
        Map<SessionKey, List<Finding>> grouped = new HashMap<>();
        for (Finding finding : all) {
            if (finding.sessionIndex() != null) {
                grouped.computeIfAbsent(
                                new SessionKey(finding.document(), finding.sessionIndex()), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        grouped.replaceAll((key, list) -> List.copyOf(list));
        this.bySession = Map.copyOf(grouped);
    }

    /** Reads the run's warnings. */
    public static SessionWarnings of(RunData data) throws IOException {
        List<Finding> warnings = new ArrayList<>();
        data.forEachFinding(finding -> {
            if (finding.isWarning()) {
                warnings.add(finding);
            }
        });
        return new SessionWarnings(warnings);
    }

    /** Every warning of the run, in document and session order. */
    public List<Finding> all() {
        return all;
    }

    /** The warnings about one session, in the findings' order; empty if none. */
    public List<Finding> of(SessionKey session) {
        return bySession.getOrDefault(session, List.of());
    }
}
