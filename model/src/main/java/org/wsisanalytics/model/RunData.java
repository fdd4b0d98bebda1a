package org.wsisanalytics.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
        Map<SessionKey, List<ActionLineMention>> lines = bySession(result.actionLineMentions(), ActionLineMention::session);
        Map<SessionKey, List<ActionLineNameReference>> names = bySession(result.actionLineNames(), ActionLineNameReference::session);
        Map<SessionKey, List<CountryMention>> countries = bySession(result.countries().mentions(), CountryMention::session);
        Map<SessionKey, List<ThemeMention>> themes = bySession(result.themes().mentions(), ThemeMention::session);
        Map<SessionKey, List<Figure>> figures = bySession(result.figures(), Figure::session);
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachSession(SessionVisitor visitor) throws IOException {
                for (SessionOutline session : summary.sessions()) {
                    SessionKey key = session.key();
                    visitor.visit(new SessionEvidence(session, lines.getOrDefault(key, List.of()),
                            names.getOrDefault(key, List.of()), countries.getOrDefault(key, List.of()),
                            themes.getOrDefault(key, List.of()), figures.getOrDefault(key, List.of())));
                }
            }
        };
    }

    private static <T> Map<SessionKey, List<T>> bySession(List<T> items, Function<T, SessionKey> key) {
        Map<SessionKey, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
