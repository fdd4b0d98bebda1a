package org.wsisanalytics.app.job;

import java.util.List;

import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Reject;

/**
 * What the detectors found in one session, or why the session was skipped.
 *
 * @param session the session
 * @param actionLines its action-line mentions
 * @param findings consistency findings about it
 * @param reject why it was skipped, or {@code null}
 */
record SessionAnalysis(SessionToAnalyze session, List<ActionLineMention> actionLines, List<Finding> findings,
                       Reject reject) {

    SessionAnalysis {
        actionLines = List.copyOf(actionLines);
        findings = List.copyOf(findings);
    }

    static SessionAnalysis failed(SessionToAnalyze session, Reject reject) {
        return new SessionAnalysis(session, List.of(), List.of(), reject);
    }
}
