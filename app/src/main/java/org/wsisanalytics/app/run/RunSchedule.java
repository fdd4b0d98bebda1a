package org.wsisanalytics.app.run;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Keeps the process alive and starts a run at every time of a cron expression, in the
 * machine's time zone, with that day as the run date. A run that fails is logged and the
 * schedule goes on; the next identical start resumes it.
 */
final class RunSchedule {

    private static final Logger log = LoggerFactory.getLogger(RunSchedule.class);

    private final CronExpression cron;
    private final Clock clock;

    RunSchedule(CronExpression cron, Clock clock) {
        this.cron = Objects.requireNonNull(cron, "cron");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The first trigger time strictly after the given time. */
    ZonedDateTime nextAfter(ZonedDateTime time) {
        ZonedDateTime next = cron.next(time);
        if (next == null) {
            throw new IllegalStateException("The schedule '" + cron + "' never fires again.");
        }
        return next;
    }

    /** Runs until the thread is interrupted (the process is stopped). */
    void runForever(RunOptions options, RunLauncher launcher) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            ZonedDateTime next = nextAfter(ZonedDateTime.now(clock));
            log.info("Next scheduled run: {} (schedule '{}')", next, cron);
            Duration wait = Duration.between(ZonedDateTime.now(clock), next);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            try {
                RunOutcome outcome = launcher.launch(options.forRunDate(next.toLocalDate()));
                log.info("Scheduled run ended with exit code {}: {}", outcome.exitCode(), outcome.message());
            } catch (Exception e) {
                log.error(
                        "Scheduled run for {} failed; the schedule goes on and the next identical start resumes it.",
                        next.toLocalDate(),
                        e);
            }
        }
    }
}
