package org.wsisanalytics.app.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.wsisanalytics.app.WsisAnalyticsProperties;
import org.wsisanalytics.app.inputs.BundledSamples;
import org.wsisanalytics.app.inputs.InputResolver;
import org.wsisanalytics.app.job.RunParameters;
import org.wsisanalytics.app.store.FindingStore;
import org.wsisanalytics.app.store.RunStore;
import org.wsisanalytics.app.store.RunStore.RunTotals;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.reports.Labels;

/**
 * Starts, resumes or declines a run: the same inputs and run date are the same job instance, so
 * running the same command again after a failure restarts it from the failed step, and after a
 * success reports that the run already exists.
 */
@Component
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final Job analysisJob;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private static final int MAX_REJECTS_SHOWN = 20;

    private final RunStore runs;
    private final FindingStore findings;
    private final WsisAnalyticsProperties properties;

    RunLauncher(
            Job analysisJob,
            JobOperator jobOperator,
            JobRepository jobRepository,
            RunStore runs,
            FindingStore findings,
            WsisAnalyticsProperties properties) {
        this.analysisJob = analysisJob;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runs = runs;
        this.findings = findings;
        this.properties = properties;
    }

    public RunOutcome launch(RunOptions options) throws Exception {
        Instant started = Instant.now();
        List<Path> paths = options.inputs().isEmpty()
                ? new BundledSamples().extractTo(properties.dataDir().resolve("bundled-samples"))
                : options.inputs();
        InputResolver.ResolvedInputs resolved = new InputResolver().resolve(paths);
        RunRequest request = new RunRequest(
                resolved.sources(),
                resolved.rejects(),
                options.runDate(),
                options.output().toAbsolutePath().normalize());
        String runId = request.runId();
        Path runFolder = request.output().resolve(runId);
        Optional<RunLock> lock = RunLock.tryAcquire(properties.dataDir().resolve("locks"), runId);
        if (lock.isEmpty()) {
            return new RunOutcome(
                    RunOutcome.FAILED,
                    "Run " + runId + " is already running in another process;"
                            + " wait for it to finish (its output will be " + runFolder + ").");
        }
        try (RunLock held = lock.get()) {
            runs.register(request.registration());
            JobParameters parameters = parameters(request, describe(options));
            recoverInterrupted(parameters, runId);
            log.info(
                    "Run {}: {}, run date {}",
                    runId,
                    Labels.count(
                            request.inputs().size() + request.missingInputs().size(), "input", "inputs"),
                    request.runDate());
            JobExecution execution;
            try {
                execution = jobOperator.start(analysisJob, parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                if (runs.documentCount(runId) == 0) {
                    return nothingRead(runId);
                }
                return new RunOutcome(
                        RunOutcome.OK,
                        "Run " + runId + " already exists: " + runFolder
                                + " (same inputs and run date). Nothing new was published.");
            } catch (RuntimeException | OutOfMemoryError e) {
                // The job could not even record its failure: typically the heap ran out inside the database, which
                // then closed. The execution stays marked running; the next start recovers it (recoverInterrupted).
                log.debug("Run {} stopped without recording its state", runId, e);
                return new RunOutcome(
                        RunOutcome.FAILED,
                        UnrecordedFailure.message(runId, e, Runtime.getRuntime().maxMemory()));
            }
            return outcome(execution, runId, runFolder, Duration.between(started, Instant.now()));
        }
    }

    private JobParameters parameters(RunRequest request, String input) {
        return RunParameters.of(request.runId(), request.runDate(), request.fingerprint(), request.output(), input);
    }

    /**
     * We hold the run's lock, so an execution still marked running was left by a process that died (killed, or
     * out of memory so that the database closed before the failure could be recorded), and one in an unknown
     * state by a chunk whose commit failed halfway. Spring Batch refuses to restart an unknown step, because it
     * cannot know what the chunk wrote; ours can be repeated: every chunk replaces the rows of its documents or
     * sessions and the report step writes into a folder of its own, so both kinds are marked failed and resumed.
     */
    private void recoverInterrupted(JobParameters parameters, String runId) {
        JobExecution last = jobRepository.getLastJobExecution(analysisJob.getName(), parameters);
        if (last == null) {
            return;
        }
        if (last.getStatus().isRunning()) {
            log.warn(
                    "Run {}: execution {} was interrupted ({}); marking it failed and resuming.",
                    runId,
                    last.getId(),
                    last.getStatus());
            jobOperator.recover(last);
        }
        List<StepExecution> unknown = last.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.UNKNOWN)
                .toList();
        if (last.getStatus() == BatchStatus.UNKNOWN || !unknown.isEmpty()) {
            log.warn(
                    "Run {}: execution {} ended in an unknown state (a commit failed, e.g. out of memory);"
                            + " its chunks can be repeated, so it is marked failed and resumed.",
                    runId,
                    last.getId());
            LocalDateTime now = LocalDateTime.now();
            for (StepExecution step : unknown) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED);
                step.setEndTime(step.getEndTime() == null ? now : step.getEndTime());
                jobRepository.update(step);
            }
            last.setStatus(BatchStatus.FAILED);
            last.setExitStatus(ExitStatus.FAILED);
            last.setEndTime(last.getEndTime() == null ? now : last.getEndTime());
            jobRepository.update(last);
        }
    }

    private RunOutcome outcome(JobExecution execution, String runId, Path runFolder, Duration duration) {
        RunTotals totals = runs.totals(runId);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<String> causes = new ArrayList<>();
            execution.getAllFailureExceptions().forEach(t -> {
                causes.add(t.toString());
                log.debug("Run {} failed", runId, t);
            });
            String advice = FailureAdvice.of(
                            execution.getAllFailureExceptions(),
                            Runtime.getRuntime().maxMemory())
                    .map(a -> System.lineSeparator() + a)
                    .orElse("");
            return new RunOutcome(
                    RunOutcome.FAILED,
                    "Run " + runId + " failed (" + execution.getStatus() + "): "
                            + String.join("; ", causes) + System.lineSeparator()
                            + "Nothing was published. Run the same command again to resume it from the failed step."
                            + advice);
        }
        if (totals.documents() == 0) {
            return nothingRead(runId);
        }
        String summary = String.format(
                Locale.ROOT,
                "Run %s completed in %.1f s: %s read of %,d, %s, %s, %s of %s, %s, %s, %s, %s.%nOutput: %s",
                runId,
                duration.toMillis() / 1000.0,
                Labels.count(totals.documents(), "document", "documents"),
                totals.inputs(),
                Labels.count(totals.sessions(), "session", "sessions"),
                Labels.count(totals.mentions().actionLineMentions(), "action-line mention", "action-line mentions"),
                Labels.count(totals.mentions().countryMentions(), "country mention", "country mentions"),
                Labels.count(totals.countries(), "country", "countries"),
                Labels.count(totals.mentions().themeMentions(), "theme mention", "theme mentions"),
                Labels.count(totals.mentions().figures(), "figure", "figures"),
                Labels.count(totals.findings(), "finding", "findings"),
                Labels.count(totals.rejects(), "reject", "rejects"),
                runFolder);
        if (totals.rejects() > 0) {
            summary += System.lineSeparator() + "Some inputs were skipped; see " + runFolder.resolve("rejects.csv");
        }
        return new RunOutcome(totals.rejects() > 0 ? RunOutcome.REJECTS : RunOutcome.OK, summary);
    }

    /** A completed run without a single readable document: nothing is published, and the rejects say why. */
    private RunOutcome nothingRead(String runId) {
        List<Reject> rejects = findings.rejects(runId);
        StringBuilder message = new StringBuilder("Run " + runId + ": none of its "
                + Labels.count(runs.totals(runId).inputs(), "input", "inputs")
                + " could be read, so no reports were published. Correct or replace these inputs and run again:");
        rejects.stream()
                .limit(MAX_REJECTS_SHOWN)
                .forEach(
                        r -> message.append(System.lineSeparator()).append("  ").append(r.reason()));
        if (rejects.size() > MAX_REJECTS_SHOWN) {
            message.append(System.lineSeparator())
                    .append("  ... and ")
                    .append(rejects.size() - MAX_REJECTS_SHOWN)
                    .append(" more (see the warnings above).");
        }
        if (rejects.isEmpty()) {
            message.append(System.lineSeparator()).append("  the inputs hold no files (hidden files are left out).");
        }
        return new RunOutcome(RunOutcome.REJECTS, message.toString());
    }

    private static String describe(RunOptions options) {
        if (options.inputs().isEmpty()) {
            return "bundled sample";
        }
        String joined =
                String.join(",", options.inputs().stream().map(Path::toString).toList());
        return joined.length() > 2000 ? joined.substring(0, 2000) + "..." : joined;
    }
}
