package org.wsisanalytics.app.job;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.wsisanalytics.app.WsisAnalyticsProperties;
import org.wsisanalytics.app.publish.RunPublisher;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.FindingStore;
import org.wsisanalytics.app.store.MentionStore;
import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.app.store.RunStore;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.reports.ReportWriter;

/**
 * The {@code analysisJob}: {@code ingestStep} reads every input into sessions,
 * {@code analyzeStep} runs the detectors over every session, {@code reportStep} writes and
 * publishes the reports. Steps hand over through the analysis store, and every chunk commits
 * its rows together with the reader's position, so a restart continues where the failed
 * attempt stopped.
 */
@Configuration
class AnalysisJobConfiguration {

    static final String JOB_NAME = "analysisJob";

    @Bean
    Job analysisJob(JobRepository jobRepository, Step ingestStep, Step analyzeStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(analyzeStep)
                .next(reportStep)
                .build();
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tx, WsisAnalyticsProperties properties,
                    JdbcCursorItemReader<RunInput> inputReader, IngestProcessor ingestProcessor,
                    IngestWriter ingestWriter, ProgressLog progress, JdbcClient jdbc) {
        return new StepBuilder("ingestStep", jobRepository)
                .<RunInput, IngestOutcome>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(inputReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(expect(progress, jdbc, "ingest", "inputReader",
                        "SELECT COUNT(*) FROM wa_run_input WHERE run_id = ?"))
                .build();
    }

    @Bean
    Step analyzeStep(JobRepository jobRepository, PlatformTransactionManager tx, WsisAnalyticsProperties properties,
                     JdbcCursorItemReader<SessionToAnalyze> sessionReader, AnalyzeProcessor analyzeProcessor,
                     AnalyzeWriter analyzeWriter, ProgressLog progress, JdbcClient jdbc) {
        return new StepBuilder("analyzeStep", jobRepository)
                .<SessionToAnalyze, SessionAnalysis>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(sessionReader)
                .processor(analyzeProcessor)
                .writer(analyzeWriter)
                .listener(expect(progress, jdbc, "analyze", "sessionReader",
                        "SELECT COUNT(*) FROM wa_session WHERE run_id = ?"))
                .build();
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, ReportTasklet reportTasklet) {
        return new StepBuilder("reportStep", jobRepository)
                .tasklet(reportTasklet, tx)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<RunInput> inputReader(DataSource dataSource,
                                               @Value("#{jobParameters['runId']}") String runId) {
        return new JdbcCursorItemReaderBuilder<RunInput>()
                .name("inputReader")
                .dataSource(dataSource)
                .sql("SELECT position, name, location, sha256, size_bytes FROM wa_run_input"
                        + " WHERE run_id = ? ORDER BY position")
                .queryArguments(runId)
                .rowMapper((rs, n) -> new RunInput(rs.getInt(1), new DocumentSource(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5))))
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SessionToAnalyze> sessionReader(DataSource dataSource,
                                                         @Value("#{jobParameters['runId']}") String runId) {
        return new JdbcCursorItemReaderBuilder<SessionToAnalyze>()
                .name("sessionReader")
                .dataSource(dataSource)
                .sql(DocumentStore.sessionKeysSql())
                .queryArguments(runId)
                .rowMapper((rs, n) -> new SessionToAnalyze(rs.getInt(1), rs.getInt(2), rs.getString(3)))
                .build();
    }

    @Bean
    @StepScope
    IngestProcessor ingestProcessor(DocumentIngestor ingestor, ProgressLog progress) {
        return new IngestProcessor(ingestor, progress);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(@Value("#{jobParameters['runId']}") String runId, DocumentStore documents,
                              FindingStore findings) {
        return new IngestWriter(runId, documents, findings);
    }

    @Bean
    @StepScope
    AnalyzeProcessor analyzeProcessor(@Value("#{jobParameters['runId']}") String runId, DocumentStore documents,
                                      Detectors detectors, ProgressLog progress) {
        return new AnalyzeProcessor(runId, documents, detectors, progress);
    }

    @Bean
    @StepScope
    AnalyzeWriter analyzeWriter(@Value("#{jobParameters['runId']}") String runId, MentionStore mentions,
                                FindingStore findings) {
        return new AnalyzeWriter(runId, mentions, findings);
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(@Value("#{stepExecution}") StepExecution stepExecution, RunStore runs,
                                DocumentStore documents, MentionStore mentions, FindingStore findings,
                                ReferenceData reference, ReportWriter writer, AppVersion version) {
        RunContext run = RunContext.of(stepExecution.getJobExecution().getJobParameters(), version.value());
        return new ReportTasklet(run, runs, documents, mentions, findings, reference, writer, new RunPublisher());
    }

    @Bean
    ProgressLog progressLog() {
        return new ProgressLog();
    }

    /** Tells the progress log how many items the step has, and how many a restarted step already did. */
    private static StepExecutionListener expect(ProgressLog progress, JdbcClient jdbc, String step, String reader,
                                                String countSql) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                String runId = stepExecution.getJobExecution().getJobParameters().getString(RunContext.RUN_ID);
                long total = jdbc.sql(countSql).param(runId).query(Long.class).single();
                long done = stepExecution.getExecutionContext().getInt(reader + ".read.count", 0);
                progress.expect(step, total, done);
            }
        };
    }
}
