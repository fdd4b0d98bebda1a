package org.wsisanalytics.app.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.wsisanalytics.app.store.FindingStore;
import org.wsisanalytics.app.store.MentionStore;
import org.wsisanalytics.app.store.SessionToAnalyze;

/** Replaces each session's detector results in the chunk's transaction. */
class AnalyzeWriter implements ItemWriter<SessionAnalysis> {

    private final String runId;
    private final MentionStore mentions;
    private final FindingStore findings;

    AnalyzeWriter(String runId, MentionStore mentions, FindingStore findings) {
        this.runId = runId;
        this.mentions = mentions;
        this.findings = findings;
    }

    @Override
    public void write(Chunk<? extends SessionAnalysis> chunk) {
        for (SessionAnalysis analysis : chunk) {
            SessionToAnalyze s = analysis.session();
            mentions.replaceActionLines(runId, s.position(), s.sessionIndex(), analysis.actionLines());
            mentions.replaceActionLineNames(runId, s.position(), s.sessionIndex(), analysis.actionLineNames());
            mentions.replaceLabelConflicts(runId, s.position(), s.sessionIndex(), analysis.labelConflicts());
            mentions.replaceCountries(runId, s.position(), s.sessionIndex(), analysis.countries());
            mentions.replaceThemes(runId, s.position(), s.sessionIndex(), analysis.themes());
            mentions.replaceFigures(runId, s.position(), s.sessionIndex(), analysis.figures());
            findings.replaceSessionFindings(runId, s.position(), s.sessionIndex(), analysis.findings());
            if (analysis.reject() != null) {
                findings.rejectSession(runId, s.position(), s.sessionIndex(), analysis.reject());
            }
        }
    }
}
