package org.wsisanalytics.app.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
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
import org.wsisanalytics.app.store.SessionToAnalyze;
import org.wsisanalytics.app.store.StageInputs;
import org.wsisanalytics.ingest.DocumentIngestor;
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

    @Bean
    PartitionedSteps partitionedSteps(
            JobRepository jobRepository,
            PlatformTransactionManager tx,
            TaskExecutor partitionTaskExecutor,
            WsisAnalyticsProperties properties,
            ProgressLog progress) {
        return new PartitionedSteps(
                jobRepository,
                tx,
                partitionTaskExecutor,
                properties.job().workerThreads(),
                properties.job().chunkSize(),
                progress);
    }

    /** Reads the run's documents into sessions, in partitions of input positions weighted by file size. */
    @Bean
    Step ingestStep(
            PartitionedSteps steps,
            PositionRangePartitioner ingestPartitioner,
            JdbcCursorItemReader<RunInput> inputReader,
            IngestProcessor ingestProcessor,
            IngestWriter ingestWriter,
            StageInputs inputs) {
        return steps.stage(
                Stage.INGEST, ingestPartitioner, inputReader, ingestProcessor, ingestWriter, inputs::inputCount);
    }

    /** Analyses the run's sessions, in partitions of input positions weighted by sessions. */
    @Bean
    Step analyzeStep(
            PartitionedSteps steps,
            PositionRangePartitioner analyzePartitioner,
            JdbcCursorItemReader<SessionToAnalyze> sessionReader,
            AnalyzeProcessor analyzeProcessor,
            AnalyzeWriter analyzeWriter,
            StageInputs inputs) {
        return steps.stage(
                Stage.ANALYZE,
                analyzePartitioner,
                sessionReader,
                analyzeProcessor,
                analyzeWriter,
                inputs::sessionCount);
    }

    @Bean
    @StepScope
    PositionRangePartitioner ingestPartitioner(StageInputs inputs, @RunIdParameter String runId) {
        return new PositionRangePartitioner(() -> inputs.inputWeights(runId));
    }

    @Bean
    @StepScope
    PositionRangePartitioner analyzePartitioner(StageInputs inputs, @RunIdParameter String runId) {
        return new PositionRangePartitioner(() -> inputs.sessionWeights(runId));
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
    JdbcCursorItemReader<RunInput> inputReader(
            StageInputs inputs, @RunIdParameter String runId, @Value("#{stepExecution}") StepExecution partition) {
        return inputs.inputReader(runId, PositionRangePartitioner.range(partition.getExecutionContext()));
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SessionToAnalyze> sessionReader(
            StageInputs inputs, @RunIdParameter String runId, @Value("#{stepExecution}") StepExecution partition) {
        return inputs.sessionReader(runId, PositionRangePartitioner.range(partition.getExecutionContext()));
    }

    @Bean
    @StepScope
    IngestProcessor ingestProcessor(DocumentIngestor ingestor) {
        return new IngestProcessor(ingestor);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(@RunIdParameter String runId, DocumentStore documents, FindingStore findings) {
        return new IngestWriter(runId, documents, findings);
    }

    @Bean
    @StepScope
    AnalyzeProcessor analyzeProcessor(@RunIdParameter String runId, DocumentStore documents, Detectors detectors) {
        return new AnalyzeProcessor(runId, documents, detectors);
    }

    @Bean
    @StepScope
    AnalyzeWriter analyzeWriter(@RunIdParameter String runId, MentionStore mentions, FindingStore findings) {
        return new AnalyzeWriter(runId, mentions, findings);
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(
            @Value("#{stepExecution}") StepExecution stepExecution,
            RunStore runs,
            RunDataStore runData,
            ReferenceData reference,
            WsisAnalyticsProperties properties,
            ReportWriter writer,
            AppVersion version) {
        RunContext run = RunContext.of(stepExecution.getJobExecution().getJobParameters(), version.value());
        return new ReportTasklet(
                run, runs, runData, reference, properties.report().batchDocuments(), writer, new RunPublisher());
    }

    @Bean
    ProgressLog progressLog() {
        return new ProgressLog();
    }
}
