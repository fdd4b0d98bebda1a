package org.wsisanalytics.app.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.SessionToAnalyze;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.Session;

/**
 * Runs the detectors over one session. A session the detectors fail on is skipped and recorded
 * as a reject; the others go on.
 */
class AnalyzeProcessor implements ItemProcessor<SessionToAnalyze, SessionAnalysis> {

    private static final Logger log = LoggerFactory.getLogger(AnalyzeProcessor.class);

    private final String runId;
    private final DocumentStore documents;
    private final Detectors detectors;

    AnalyzeProcessor(String runId, DocumentStore documents, Detectors detectors) {
        this.runId = runId;
        this.documents = documents;
        this.detectors = detectors;
    }

    @Override
    public SessionAnalysis process(SessionToAnalyze item) {
        Session session = documents.session(runId, item.position(), item.document(), item.sessionIndex());
        try {
            return detectors.analyse(item, session);
        } catch (RuntimeException e) {
            log.debug("Analysis failed for session {} of {}", item.sessionIndex(), item.document(), e);
            Reject reject = new Reject(
                    item.document() + " (session " + item.sessionIndex() + ")",
                    "Session " + item.sessionIndex() + " '" + session.title() + "' of '" + item.document()
                            + "' could not be analysed; it was left out. Run again with --verbose to see the error,"
                            + " and report it with the file.");
            log.warn("{}", reject.reason());
            return SessionAnalysis.failed(item, reject);
        }
    }
}
