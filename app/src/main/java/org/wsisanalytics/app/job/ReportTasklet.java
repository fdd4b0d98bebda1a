package org.wsisanalytics.app.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wsisanalytics.analytics.messages.KeyMessagePicker;
import org.wsisanalytics.analytics.messages.SharedMessageTally;
import org.wsisanalytics.app.publish.RunPublisher;
import org.wsisanalytics.app.store.RunDataStore;
import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.app.store.RunStore;
import org.wsisanalytics.app.store.StoredRunData;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.reports.ReportWriter;

/**
 * Writes every report of the run into a staging folder and publishes it. The reports read the run from the
 * analysis store as {@link StoredRunData}: its run-wide summary in memory, the sessions (outlines, coverage,
 * theme counts and evidence) a batch of {@code wsis.report.batch-documents} documents at a time, with the key
 * messages picked from the stored section texts (no table of their own: the texts are read anyway). Outputs depend only on stored data, the
 * run date and the settings (the manifest also on the run's first start time), so a restarted report step publishes the same files as an
 * uninterrupted run.
 */
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final RunContext run;
    private final RunStore runs;
    private final RunDataStore runData;
    private final ReferenceData reference;
    private final int batchDocuments;
    private final ReportWriter writer;
    private final RunPublisher publisher;
    private final KeyMessagePicker messages = KeyMessagePicker.withDefaults();

    ReportTasklet(
            RunContext run,
            RunStore runs,
            RunDataStore runData,
            ReferenceData reference,
            int batchDocuments,
            ReportWriter writer,
            RunPublisher publisher) {
        this.run = run;
        this.runs = runs;
        this.runData = runData;
        this.reference = reference;
        this.batchDocuments = batchDocuments;
        this.writer = writer;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (runs.documentCount(run.runId()) == 0) {
            // Reports of nothing would look like a run that found nothing; the rejects say what went wrong.
            log.info("report: no input could be read, so no reports are written");
            return RepeatStatus.FINISHED;
        }
        StoredRunData data = open();
        Path output = run.output();
        Path staging = publisher.stage(output, run.runId());
        List<Path> files = writer.writeAll(withMessages(data), staging);
        Path published = publisher.publish(staging, output, run.runId());
        contribution.incrementWriteCount(files.size());
        log.info("report: {} files published to {}", files.size(), published);
        return RepeatStatus.FINISHED;
    }

    /**
     * The run with its key messages: picked from each session's stored texts as the reports walk them, and the
     * shared ones added up in one walk before the reports start (the brief shows them on its second page).
     */
    private RunData withMessages(RunData data) throws IOException {
        SharedMessageTally tally = messages.tally(
                data.summary().actionLines(),
                iso2 -> reference.gazetteer().byIso2(iso2).map(Country::name).orElse(iso2));
        data.forEachSession(session -> tally.add(session, messages.pick(session)));
        return RunData.withMessages(data, tally.messages(), messages::pick);
    }

    private StoredRunData open() {
        String runId = run.runId();
        RunInfo info = new RunInfo(
                runId,
                runs.runDate(runId),
                runs.createdAt(runId),
                run.version(),
                runs.inputs(runId).stream().map(RunInput::source).toList(),
                run.parameters());
        return runData.open(
                info,
                reference.actionLines().all(),
                reference.gazetteer(),
                reference.themes(),
                reference.events(),
                batchDocuments);
    }
}
