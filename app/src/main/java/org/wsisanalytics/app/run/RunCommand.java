package org.wsisanalytics.app.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.wsisanalytics.app.WsisAnalyticsProperties;

/** Runs the job once for the command line and turns its outcome into the process exit code. */
@Component
class RunCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final ObjectProvider<RunLauncher> launcher;
    private final WsisAnalyticsProperties properties;
    private volatile int exitCode = RunOutcome.OK;

    /** The launcher (and with it the job and the database) is made only once the command line has been checked. */
    RunCommand(ObjectProvider<RunLauncher> launcher, WsisAnalyticsProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Optional<String> quick = Usage.quickAnswer(args.getSourceArgs());
        if (quick.isPresent()) {
            System.out.println(quick.get());
            return;
        }
        RunOptions options;
        try {
            options = RunOptions.parse(args, properties.output(), LocalDate.now());
        } catch (RunOptions.UsageException e) {
            log.error("{}{}{}", e.getMessage(), System.lineSeparator(), RunOptions.USAGE);
            exitCode = RunOutcome.FAILED;
            return;
        }
        Optional<String> problem = Preflight.problem(options);
        if (problem.isPresent()) {
            log.error(problem.get());
            exitCode = RunOutcome.FAILED;
            return;
        }
        if (options.schedule() != null) {
            new RunSchedule(options.schedule(), Clock.systemDefaultZone()).runForever(options, launcher.getObject());
            return;
        }
        RunOutcome outcome = launcher.getObject().launch(options);
        exitCode = outcome.exitCode();
        if (outcome.exitCode() == RunOutcome.FAILED) {
            log.error(outcome.message());
        } else {
            log.info(outcome.message());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
