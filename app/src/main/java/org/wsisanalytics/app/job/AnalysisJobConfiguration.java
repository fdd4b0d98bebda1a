package org.wsisanalytics.app.job;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
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
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.wsisanalytics.app.WsisAnalyticsProperties;
import org.wsisanalytics.app.publish.RunPublisher;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.FindingStore;
import org.wsisanalytics.app.store.MentionStore;
import org.wsisanalytics.app.store.RunDataStore;
import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.app.store.RunStore;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.reports.ReportWriter;

/**
 * The {@code analysisJob}: {@code ingestStep} reads every input into sessions,
 * {@code analyzeStep} runs the detectors over every session, {@code reportStep} writes and
 * publishes the reports. Ingest and analysis are partitioned by document ({@link PositionRangePartitioner})
 * and their worker steps run on {@code wsis.job.threads} threads. Steps hand over through the analysis store,
 * and every chunk commits its rows together with its reader's position, so a restart continues where
 * the failed attempt stopped, re-running only the partitions that had not completed.
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

    /** Reads the run's documents in partitions of input positions, one worker step per partition. */
    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestWorkerStep, PositionRangePartitioner ingestPartitioner,
                    TaskExecutor partitionTaskExecutor, WsisAnalyticsProperties properties, ProgressLog progress,
                    JdbcClient jdbc) {
        return new StepBuilder("ingestStep", jobRepository)
                .partitioner("ingestWorkerStep", ingestPartitioner)
                .step(ingestWorkerStep)
                .gridSize(properties.job().workerThreads())
                .taskExecutor(partitionTaskExecutor)
                .listener(expect(progress, jdbc, jobRepository, "ingest",
                        "SELECT COUNT(*) FROM wa_run_input WHERE run_id = ?", "ingestWorkerStep", "inputReader"))
                .build();
    }

    @Bean
    Step ingestWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx,
                          WsisAnalyticsProperties properties, JdbcCursorItemReader<RunInput> inputReader,
                          IngestProcessor ingestProcessor, IngestWriter ingestWriter, ProgressLog progress) {
        return new StepBuilder("ingestWorkerStep", jobRepository)
                .<RunInput, IngestOutcome>chunk(properties.job().chunkSize())
                .transactionManager(tx)
                .reader(inputReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .listener(resume(progress, "ingest", "inputReader"))
                .build();
    }

    /** Analyses the run's sessions in partitions of input positions, one worker step per partition. */
    @Bean
    Step analyzeStep(JobRepository jobRepository, Step analyzeWorkerStep, PositionRangePartitioner analyzePartitioner,
                     TaskExecutor partitionTaskExecutor, WsisAnalyticsProperties properties, ProgressLog progress,
                     JdbcClient jdbc) {
        return new StepBuilder("analyzeStep", jobRepository)
                .partitioner("analyzeWorkerStep", analyzePartitioner)
                .step(analyzeWorkerStep)
                .gridSize(properties.job().workerThreads())
                .taskExecutor(partitionTaskExecutor)
                .listener(expect(progress, jdbc, jobRepository, "analyze",
                        "SELECT COUNT(*) FROM wa_session WHERE run_id = ?", "analyzeWorkerStep", "sessionReader"))
                .build();
    }

    @Bean
    Step analyzeWorkerStep(JobRepository jobRepository, PlatformTransactionManager tx,
                           WsisAnalyticsProperties properties, JdbcCursorItemReader<SessionToAnalyze> sessionReader,
                           AnalyzeProcessor analyzeProcessor, AnalyzeWriter analyzeWriter, ProgressLog progress) {
        return new StepBuilder("analyzeWorkerStep", jobRepository)
                .<SessionToAnalyze, SessionAnalysis>chunk(properties.job().chunkSize())
                .transactionManager(tx)
                .reader(sessionReader)
                .processor(analyzeProcessor)
                .writer(analyzeWriter)
                .listener(resume(progress, "analyze", "sessionReader"))
                .build();
    }

    @Bean
    @StepScope
    PositionRangePartitioner ingestPartitioner(JdbcClient jdbc, @Value("#{jobParameters['runId']}") String runId) {
        return new PositionRangePartitioner(jdbc, runId,
                "SELECT position, size_bytes FROM wa_run_input WHERE run_id = ? ORDER BY position");
    }

    @Bean
    @StepScope
    PositionRangePartitioner analyzePartitioner(JdbcClient jdbc, @Value("#{jobParameters['runId']}") String runId) {
        return new PositionRangePartitioner(jdbc, runId, "SELECT position, COUNT(*) FROM wa_session WHERE run_id = ?"
                + " GROUP BY position ORDER BY position");
    }

    /** The worker threads of the partitioned steps, as many as {@code wsis.job.threads}. */
    @Bean
    ThreadPoolTaskExecutor partitionTaskExecutor(WsisAnalyticsProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.job().workerThreads());
        executor.setMaxPoolSize(properties.job().workerThreads());
        executor.setThreadNamePrefix("wsis-worker-");
        return executor;
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
                                               @Value("#{jobParameters['runId']}") String runId,
                                               @Value("#{stepExecutionContext['minPosition']}") int minPosition,
                                               @Value("#{stepExecutionContext['maxPosition']}") int maxPosition) {
        return new JdbcCursorItemReaderBuilder<RunInput>()
                .name("inputReader")
                .dataSource(dataSource)
                .sql("SELECT position, name, location, sha256, size_bytes FROM wa_run_input"
                        + " WHERE run_id = ? AND position BETWEEN ? AND ? ORDER BY position")
                .queryArguments(runId, minPosition, maxPosition)
                .rowMapper((rs, n) -> new RunInput(rs.getInt(1), new DocumentSource(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5))))
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SessionToAnalyze> sessionReader(
            DataSource dataSource, @Value("#{jobParameters['runId']}") String runId,
            @Value("#{stepExecutionContext['minPosition']}") int minPosition,
            @Value("#{stepExecutionContext['maxPosition']}") int maxPosition) {
        return new JdbcCursorItemReaderBuilder<SessionToAnalyze>()
                .name("sessionReader")
                .dataSource(dataSource)
                .sql(DocumentStore.sessionKeysSql())
                .queryArguments(runId, minPosition, maxPosition)
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
                                RunDataStore runData, ReferenceData reference, WsisAnalyticsProperties properties,
                                ReportWriter writer, AppVersion version) {
        RunContext run = RunContext.of(stepExecution.getJobExecution().getJobParameters(), version.value());
        return new ReportTasklet(run, runs, runData, reference, properties.report().batchDocuments(), writer,
                new RunPublisher());
    }

    @Bean
    ProgressLog progressLog() {
        return new ProgressLog();
    }

    /**
     * Tells the progress log how many items the whole (partitioned) step has, and how many of them the
     * partitions that an earlier attempt completed hold (a restart does not run those again).
     */
    private static StepExecutionListener expect(ProgressLog progress, JdbcClient jdbc, JobRepository repository,
                                                String step, String countSql, String workerStep, String reader) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                String runId = stepExecution.getJobExecution().getJobParameters().getString(RunContext.RUN_ID);
                long total = jdbc.sql(countSql).param(runId).query(Long.class).single();
                progress.expect(step, total, completedEarlier(repository, stepExecution, workerStep, reader));
            }
        };
    }

    private static long completedEarlier(JobRepository repository, StepExecution manager, String workerStep,
                                         String reader) {
        long done = 0;
        for (int i = 0; ; i++) {
            StepExecution last = repository.getLastStepExecution(manager.getJobExecution().getJobInstance(),
                    workerStep + ":" + PositionRangePartitioner.PARTITION + i);
            if (last == null) {
                return done;
            }
            if (last.getStatus() == BatchStatus.COMPLETED && last.getJobExecutionId() != manager.getJobExecutionId()) {
                done += last.getExecutionContext().getInt(reader + ".read.count", 0);
            }
        }
    }

    /** Tells the progress log how many items a restarted partition had already done. */
    private static StepExecutionListener resume(ProgressLog progress, String step, String reader) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution stepExecution) {
                progress.add(step, stepExecution.getExecutionContext().getInt(reader + ".read.count", 0));
            }
        };
    }
}
