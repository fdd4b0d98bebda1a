package org.wsisanalytics.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wsisanalytics.app.WsisAnalyticsApplication;
import org.wsisanalytics.app.inputs.InputResolver;
import org.wsisanalytics.app.run.RunRequest;
import org.wsisanalytics.app.store.RunStore;

/**
 * The two partitioned stages run one at a time with Spring Batch's test support, on a run of three inputs (the
 * bundled sample twice and an empty file) cut into two partitions of chunks of five: each stage's worker
 * executions together count every item once, and the stage leaves in the store what the next one reads.
 */
class PartitionedStagesFunctionalTests {

    @TempDir
    static Path work;

    private static ConfigurableApplicationContext context;
    private static JobOperatorTestUtils steps;
    private static JdbcClient jdbc;
    private static String runId;
    private static JobParameters parameters;

    @BeforeAll
    static void registerARun() throws IOException {
        // --version answers and returns, leaving the application context up without running the job.
        context = SpringApplication.run(
                WsisAnalyticsApplication.class,
                "--version",
                "--spring.datasource.url=jdbc:h2:mem:partitioned-stages;DB_CLOSE_DELAY=-1",
                "--wsis.data-dir=" + work.resolve("data"),
                "--wsis.job.threads=2",
                "--wsis.job.chunk-size=5");
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        try (InputStream in = PartitionedStagesFunctionalTests.class.getResourceAsStream(
                "/bundled-samples/wsis20-hltf-summaries-2025.txt")) {
            byte[] sample = in.readAllBytes();
            Files.write(inputs.resolve("a.txt"), sample);
            Files.write(inputs.resolve("b.txt"), sample);
        }
        Files.writeString(inputs.resolve("c-empty.txt"), "");
        InputResolver.ResolvedInputs resolved = new InputResolver().resolve(List.of(inputs));
        RunRequest request = new RunRequest(
                resolved.sources(), resolved.rejects(), LocalDate.of(2025, 7, 11), work.resolve("reports"));
        context.getBean(RunStore.class).register(request.registration());
        runId = request.runId();
        parameters = RunParameters.of(runId, request.runDate(), request.fingerprint(), request.output(), "test");
        steps = new JobOperatorTestUtils(context.getBean(JobOperator.class), context.getBean(JobRepository.class));
        steps.setJob(context.getBean("analysisJob", Job.class));
        jdbc = context.getBean(JdbcClient.class);
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void ingestReadsEveryInputOnceAcrossItsPartitionsThenAnalysisEverySession() {
        JobExecution ingest = steps.startStep("ingestStep", parameters, new ExecutionContext());

        assertThat(ingest.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workers(ingest, "ingestWorkerStep"))
                .as("two partitions, by file size")
                .extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder("ingestWorkerStep:partition0", "ingestWorkerStep:partition1");
        assertThat(done(ingest, "ingestWorkerStep"))
                .as("documents counted by the progress listener")
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wa_session WHERE run_id = ?")
                        .param(runId)
                        .query(Long.class)
                        .single())
                .as("13 sessions in each copy of the sample")
                .isEqualTo(26);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM wa_reject WHERE run_id = ?")
                        .param(runId)
                        .query(Long.class)
                        .single())
                .as("the empty file")
                .isEqualTo(1);

        JobParameters analysis = new JobParametersBuilder(parameters)
                .addString("stage", "analyze")
                .toJobParameters();
        JobExecution analyze = steps.startStep("analyzeStep", analysis, new ExecutionContext());

        assertThat(analyze.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(workers(analyze, "analyzeWorkerStep")).hasSize(2);
        assertThat(done(analyze, "analyzeWorkerStep"))
                .as("sessions counted by the progress listener")
                .isEqualTo(26);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT position) FROM wa_action_line_mention WHERE run_id = ?")
                        .param(runId)
                        .query(Long.class)
                        .single())
                .as("both copies analysed")
                .isEqualTo(2);
    }

    private static List<StepExecution> workers(JobExecution execution, String workerStep) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith(workerStep + ":"))
                .toList();
    }

    private static long done(JobExecution execution, String workerStep) {
        return workers(execution, workerStep).stream()
                .mapToLong(s -> s.getExecutionContext().getLong(ProgressListener.DONE, 0))
                .sum();
    }
}
