package org.wsisanalytics.app.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.wsisanalytics.app.store.DocumentStore;
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
    private final ProgressLog progress;

    AnalyzeProcessor(String runId, DocumentStore documents, Detectors detectors, ProgressLog progress) {
        this.runId = runId;
        this.documents = documents;
        this.detectors = detectors;
        this.progress = progress;
    }

    @Override
    public SessionAnalysis process(SessionToAnalyze item) {
        Session session = documents.session(runId, item.position(), item.document(), item.sessionIndex());
        progress.tick("analyze", "sessions");
        try {
            return detectors.analyse(item, session);
        } catch (RuntimeException e) {
            log.error("Analysis failed for session {} of {}", item.sessionIndex(), item.document(), e);
            return SessionAnalysis.failed(item, new Reject(item.document() + " (session " + item.sessionIndex() + ")",
                    "Session " + item.sessionIndex() + " '" + session.title() + "' could not be analysed ("
                            + IngestProcessor.oneLine(e) + "); it was left out. Please report this with the file."));
        }
    }
}
