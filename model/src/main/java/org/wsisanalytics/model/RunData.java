package org.wsisanalytics.model;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A run's results as the reports read them: a {@link RunSummary} held in memory, and the evidence handed
 * over one session at a time so that memory does not grow with the texts and sentences of the corpus.
 */
public interface RunData {

    /** The run's summary; the same object on every call. */
    RunSummary summary();

    /**
     * Hands every session of {@link #summary()}'s {@code sessions()} to the visitor once, in that order, with
     * its evidence (sessions without any have empty lists). May be called several times, also at the same
     * time from different threads. A visitor's exception stops the walk and is thrown from here.
     */
    void forEachSession(SessionVisitor visitor) throws IOException;

    /** Receives one session's evidence. */
    @FunctionalInterface
    interface SessionVisitor {
        void visit(SessionEvidence session) throws IOException;
    }

    /** A run whose result is held in memory as a whole (tests, small runs). */
    static RunData of(AnalysisResult result) {
        RunSummary summary = RunSummary.of(result);
        EvidenceBySession evidence = new EvidenceBySession(result.actionLineMentions(), result.actionLineNames(),
                result.countries().mentions(), result.themes().mentions(), result.figures());
        Map<SessionKey, List<ThemeCount>> themeCounts = EvidenceBySession.group(summary.themeCounts(),
                ThemeCount::session);
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachSession(SessionVisitor visitor) throws IOException {
                for (SessionOutline session : summary.sessions()) {
                    visitor.visit(evidence.evidence(session, themeCounts.getOrDefault(session.key(), List.of())));
                }
            }
        };
    }
}
