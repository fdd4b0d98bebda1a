package org.wsisanalytics.model;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A run's results as the reports read them: a {@link RunSummary} of run-wide figures held in memory, and the
 * sessions handed over one at a time, either light ({@link #forEachOverview}: outline, coverage, theme counts)
 * or with their evidence ({@link #forEachSession}), and the consistency findings one at a time
 * ({@link #forEachFinding}), so that memory grows neither with the sessions nor with the texts and sentences
 * of the corpus.
 */
public interface RunData {

    /** The run's summary; the same object on every call. */
    RunSummary summary();

    /**
     * Hands every session of the run to the visitor once, in document order, without its evidence. May be
     * called several times, also at the same time from different threads. A visitor's exception stops the walk
     * and is thrown from here.
     */
    void forEachOverview(OverviewVisitor visitor) throws IOException;

    /**
     * Hands every session of the run to the visitor once, in the order of {@link #forEachOverview}, with its
     * evidence (sessions without any have empty lists). May be called several times, also at the same time
     * from different threads. A visitor's exception stops the walk and is thrown from here.
     */
    void forEachSession(SessionVisitor visitor) throws IOException;

    /**
     * Hands every consistency finding of the run to the visitor once, in document and session order. May be
     * called several times, also at the same time from different threads. A visitor's exception stops the walk
     * and is thrown from here.
     */
    void forEachFinding(FindingVisitor visitor) throws IOException;

    /** Receives one finding. */
    @FunctionalInterface
    interface FindingVisitor {
        void visit(Finding finding) throws IOException;
    }

    /** Receives one session's overview. */
    @FunctionalInterface
    interface OverviewVisitor {
        void visit(SessionOverview session) throws IOException;
    }

    /** Receives one session's evidence. */
    @FunctionalInterface
    interface SessionVisitor {
        void visit(SessionEvidence session) throws IOException;
    }

    /**
     * This run with its messages: the summary carries {@code shared}, and every session handed over by
     * {@link #forEachSession} carries what {@code keyMessages} picks from its evidence.
     */
    static RunData withMessages(
            RunData data, List<SharedMessage> shared, Function<SessionEvidence, List<KeyMessage>> keyMessages) {
        RunSummary summary = data.summary().withSharedMessages(shared);
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachOverview(OverviewVisitor visitor) throws IOException {
                data.forEachOverview(visitor);
            }

            @Override
            public void forEachSession(SessionVisitor visitor) throws IOException {
                data.forEachSession(session -> visitor.visit(session.withKeyMessages(keyMessages.apply(session))));
            }

            @Override
            public void forEachFinding(FindingVisitor visitor) throws IOException {
                data.forEachFinding(visitor);
            }
        };
    }

    /** A run whose result is held in memory as a whole (tests, small runs). */
    static RunData of(AnalysisResult result) {
        RunSummary summary = RunSummary.of(result);
        EvidenceBySession evidence = new EvidenceBySession(
                result.actionLineMentions(),
                result.actionLineNames(),
                result.countries().mentions(),
                result.themes().mentions(),
                result.figures(),
                result.sessions().stream().collect(Collectors.toMap(Session::key, Session::sections)));
        Map<SessionKey, List<ActionLineCoverage>> coverage =
                EvidenceBySession.group(result.coverage(), ActionLineCoverage::session);
        Map<SessionKey, List<ThemeCount>> themeCounts =
                EvidenceBySession.group(result.themes().counts(), ThemeCount::session);
        Map<SessionKey, List<ActionLineNameReference>> names =
                EvidenceBySession.group(result.actionLineNames(), ActionLineNameReference::session);
        Map<SessionKey, List<ActionLineLabelConflict>> conflicts =
                EvidenceBySession.group(result.labelConflicts(), ActionLineLabelConflict::session);
        List<SessionOverview> overviews = result.sessions().stream()
                .map(session -> new SessionOverview(
                        SessionOutline.of(session),
                        coverage.getOrDefault(session.key(), List.of()),
                        themeCounts.getOrDefault(session.key(), List.of()),
                        ActionLine.codesInOrder(names.getOrDefault(session.key(), List.of()).stream()
                                .map(ActionLineNameReference::actionLine)
                                .toList()),
                        conflicts.getOrDefault(session.key(), List.of())))
                .toList();
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachOverview(OverviewVisitor visitor) throws IOException {
                for (SessionOverview session : overviews) {
                    visitor.visit(session);
                }
            }

            @Override
            public void forEachSession(SessionVisitor visitor) throws IOException {
                for (SessionOverview session : overviews) {
                    visitor.visit(evidence.evidence(session));
                }
            }

            @Override
            public void forEachFinding(FindingVisitor visitor) throws IOException {
                for (Finding finding : result.findings()) {
                    visitor.visit(finding);
                }
            }
        };
    }
}
