package org.wsisanalytics.app.store;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionOverview;

/**
 * A run's results as the reports read them, from the analysis store ({@link RunDataStore#open}). The summary
 * holds run-wide figures only, counted by the database. Each walk over the sessions reads one batch of
 * documents at a time (their outlines, coverage and theme counts, and for {@link #forEachSession} their
 * mentions) and lets it go before reading the next, so its memory is bounded by the batch, not by the run.
 * Walks share nothing but immutable state (the summary, the batches' ranges, the readers), so several may
 * run at once on different threads.
 */
public final class StoredRunData implements RunData {

    private final RunSummary summary;
    private final List<PositionRange> batches;
    private final Function<PositionRange, List<SessionOverview>> overviews;
    private final Function<PositionRange, EvidenceBySession> evidence;
    private final Findings findings;

    /**
     * @param summary the run's summary
     * @param batches the ranges of positions to read one at a time, in order; together they hold every session
     * @param overviews reads the overviews of the sessions of a range, in position and session order
     * @param evidence reads the mentions of the sessions of a range
     * @param findings hands over the run's findings one at a time
     */
    StoredRunData(
            RunSummary summary,
            List<PositionRange> batches,
            Function<PositionRange, List<SessionOverview>> overviews,
            Function<PositionRange, EvidenceBySession> evidence,
            Findings findings) {
        this.summary = Objects.requireNonNull(summary, "summary");
        this.batches = List.copyOf(batches);
        this.overviews = Objects.requireNonNull(overviews, "overviews");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.findings = Objects.requireNonNull(findings, "findings");
    }

    @Override
    public RunSummary summary() {
        return summary;
    }

    @Override
    public void forEachOverview(OverviewVisitor visitor) throws IOException {
        for (PositionRange range : batches) {
            for (SessionOverview session : overviews.apply(range)) {
                visitor.visit(session);
            }
        }
    }

    @Override
    public void forEachFinding(FindingVisitor visitor) throws IOException {
        findings.forEach(visitor);
    }

    /** Reads the run's findings, one at a time, for a visitor. */
    @FunctionalInterface
    interface Findings {
        void forEach(FindingVisitor visitor) throws IOException;
    }

    @Override
    public void forEachSession(SessionVisitor visitor) throws IOException {
        for (PositionRange range : batches) {
            EvidenceBySession batch = evidence.apply(range);
            for (SessionOverview session : overviews.apply(range)) {
                visitor.visit(batch.evidence(session));
            }
        }
    }
}
