package org.wsisanalytics.app.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wsisanalytics.analytics.countries.CountryAggregator;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.coverage.CoverageAggregator;
import org.wsisanalytics.analytics.themes.ThemeAggregator;
import org.wsisanalytics.app.publish.RunPublisher;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.FindingStore;
import org.wsisanalytics.app.store.MentionStore;
import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.app.store.RunStore;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.CountryAnalysis;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.ThemeAnalysis;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.reports.ReportWriter;

/**
 * Builds the run's result from the analysis store, writes every report into a staging folder
 * and publishes it. Outputs depend only on stored data and the run's first start time, so a
 * restarted report step publishes the same files as an uninterrupted run.
 */
class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final RunContext run;
    private final RunStore runs;
    private final DocumentStore documents;
    private final MentionStore mentions;
    private final FindingStore findings;
    private final ReferenceData reference;
    private final ReportWriter writer;
    private final RunPublisher publisher;

    ReportTasklet(RunContext run, RunStore runs, DocumentStore documents, MentionStore mentions,
                  FindingStore findings, ReferenceData reference, ReportWriter writer, RunPublisher publisher) {
        this.run = run;
        this.runs = runs;
        this.documents = documents;
        this.mentions = mentions;
        this.findings = findings;
        this.reference = reference;
        this.writer = writer;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        AnalysisResult result = load();
        Path output = run.output();
        Path staging = publisher.stage(output, run.runId());
        List<Path> files = writer.writeAll(result, staging);
        Path published = publisher.publish(staging, output, run.runId());
        contribution.incrementWriteCount(files.size());
        log.info("report: {} files published to {}", files.size(), published);
        return RepeatStatus.FINISHED;
    }

    private AnalysisResult load() {
        String runId = run.runId();
        List<RunInput> inputs = runs.inputs(runId);
        Map<Integer, String> names = new LinkedHashMap<>();
        inputs.forEach(i -> names.put(i.position(), i.source().name()));
        List<Session> sessions = documents.sessions(runId, names);
        List<ActionLineMention> actionLines = mentions.actionLines(runId, names);
        RunInfo info = new RunInfo(runId, runs.runDate(runId), runs.createdAt(runId), run.version(),
                inputs.stream().map(RunInput::source).toList(), run.parameters());
        List<CountryMention> countries = mentions.countries(runId, names);
        List<ThemeMention> themes = mentions.themes(runId, names);
        Gazetteer gazetteer = reference.gazetteer();
        return new AnalysisResult(info, reference.actionLines().all(), documents.documents(runId, inputs), sessions,
                actionLines, mentions.actionLineNames(runId, names), CoverageAggregator.aggregate(actionLines),
                new CountryAnalysis(countries, CountryAggregator.frequencies(countries, gazetteer),
                        CountryAggregator.rollUps(countries, gazetteer),
                        CountryAggregator.withActionLines(countries, actionLines)),
                new ThemeAnalysis(reference.themes().themes(), themes,
                        ThemeAggregator.perSession(themes, reference.themes())),
                mentions.figures(runId, names), findings.findings(runId, names), findings.rejects(runId));
    }
}
