package org.wsisanalytics.app.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.ThemeCount;

/**
 * A run's results as the reports read them, from the analysis store ({@link RunDataStore#open}). The summary
 * is read once, by GROUP BY queries that leave the sentences and section texts in the database. Each walk over
 * the sessions reads the evidence of a batch of documents at a time (every mention table restricted to the
 * batch's input positions) and lets it go before reading the next, so its memory is bounded by the batch, not
 * by the run. Walks share nothing but the immutable summary, so several may run at once on different threads.
 */
public final class StoredRunData implements RunData {

    private final RunSummary summary;
    private final int[] positions;
    private final int batchDocuments;
    private final Function<PositionRange, EvidenceBySession> batches;
    private final Map<SessionKey, List<ThemeCount>> themeCounts;

    /**
     * @param summary the run's summary
     * @param positions the input position of each of the summary's sessions, in the same order
     * @param batchDocuments how many documents' evidence to read at a time
     * @param batches reads the evidence of the documents of a range of positions
     */
    StoredRunData(RunSummary summary, int[] positions, int batchDocuments,
                  Function<PositionRange, EvidenceBySession> batches) {
        this.summary = Objects.requireNonNull(summary, "summary");
        this.positions = positions.clone();
        if (this.positions.length != summary.sessions().size()) {
            throw new IllegalArgumentException(positions.length + " positions for " + summary.sessions().size()
                    + " sessions");
        }
        if (batchDocuments < 1) {
            throw new IllegalArgumentException("batchDocuments must be positive, was " + batchDocuments);
        }
        this.batchDocuments = batchDocuments;
        this.batches = Objects.requireNonNull(batches, "batches");
        this.themeCounts = EvidenceBySession.group(summary.themeCounts(), ThemeCount::session);
    }

    @Override
    public RunSummary summary() {
        return summary;
    }

    @Override
    public void forEachSession(SessionVisitor visitor) throws IOException {
        List<SessionOutline> sessions = summary.sessions();
        int start = 0;
        while (start < sessions.size()) {
            int end = batchEnd(start);
            EvidenceBySession batch = batches.apply(new PositionRange(positions[start], positions[end - 1]));
            for (int i = start; i < end; i++) {
                SessionOutline session = sessions.get(i);
                visitor.visit(batch.evidence(session, themeCounts.getOrDefault(session.key(), List.of())));
            }
            start = end;
        }
    }

    /** The index just past the sessions of the batchDocuments documents whose first session is at start. */
    private int batchEnd(int start) {
        int end = start;
        int documents = 0;
        int position = positions[start] - 1;
        while (end < positions.length && (positions[end] == position || documents < batchDocuments)) {
            if (positions[end] != position) {
                documents++;
                position = positions[end];
            }
            end++;
        }
        return end;
    }
}
