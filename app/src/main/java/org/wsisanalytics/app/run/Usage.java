package org.wsisanalytics.app.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wsisanalytics.app.job.AppVersion;

/**
 * The command line's help text, its one copy, and the answers that need no application: {@code --help} and
 * {@code --version} are answered by {@code main} before Spring, the database or the job are started, so they take
 * a fraction of a second. Plain Java on purpose: loading this class must not load Spring.
 */
public final class Usage {

    /** The options of the command line; any other {@code --name} without a dot is a usage error. */
    static final Set<String> OPTIONS = Set.of("input", "output", "run-date", "schedule", "verbose", "help", "version");

    static final String TEXT = """
            Usage: java -jar wsis-analytics.jar [--input=PATH[,PATH...]] [--output=DIR] [--run-date=YYYY-MM-DD]
              --input     files or folders to analyse (default: the sample bundled in the jar)
              --output    folder that receives <run-id>/ and latest (default: ./reports)
              --run-date  the run's date (default: today)
              --schedule  keep running and start a run at each time of this cron expression
                          (second minute hour day-of-month month day-of-week), e.g. "0 0 6 * * MON";
                          each run takes that day as its run date
              --verbose   also log the details of rejects and failures (library messages, stack traces)
              --help      print this text
              --version   print the version
            Settings (--name=value, or name=value in an application.properties beside the jar):
              --wsis.ingest.max-file-size=50MB          larger inputs are rejected unread
              --wsis.ingest.max-pages=2000              PDFs with more pages are rejected
              --wsis.ingest.max-text-chars=20000000     documents yielding more text are rejected
              --wsis.job.chunk-size=20                  items per transaction in the ingest and analyze steps
              --wsis.job.threads=0                      worker threads (0: one per processor core)
              --wsis.report.batch-documents=20          documents the report step reads at a time
              --wsis.output=reports                     the default of --output
              --wsis.data-dir=data                      bundled-sample copies and run locks
              --wsis.reference.action-lines-file=FILE   replaces the action-line names
              --wsis.reference.country-aliases-file=FILE  adds country names and demonyms
              --wsis.reference.themes-file=FILE         replaces the theme taxonomy
              --wsis.reference.events-file=FILE         replaces the events that titles name
              --spring.datasource.url=jdbc:postgresql://...   (with username and password) PostgreSQL
                                                        instead of the embedded database under ./data
              The flat names of earlier builds (--wsis.max-file-bytes, --wsis.threads, ...) still work, with a
              warning, until the release after 0.1.0.
            Exit codes: 0 all inputs processed, 2 completed but some inputs were rejected, 1 failed or the
            command line was wrong (nothing is published then).""";

    private Usage() {}

    /** What {@code --help} or {@code --version} print, when one of them is on the command line. */
    public static Optional<String> quickAnswer(String[] args) {
        List<String> given = List.of(args);
        if (given.contains("--help") || given.contains("-h")) {
            return Optional.of(TEXT);
        }
        if (given.contains("--version")) {
            return Optional.of("wsis-analytics " + AppVersion.fromBuildInfo().value());
        }
        return Optional.empty();
    }

    /**
     * A usage error that the command line alone shows: an {@code --input} that does not exist, an {@code --output}
     * that cannot be created or written. Found in {@code main}, it costs a fraction of a second instead of a start of
     * the application; {@code RunCommand} checks again with the settings (an output folder set in a properties
     * file).
     */
    public static Optional<String> quickUsageError(String[] args) {
        List<Path> inputs = new ArrayList<>();
        Path output = null;
        for (String arg : args) {
            if (arg.startsWith("--input=")) {
                for (String part : arg.substring("--input=".length()).split(",")) {
                    if (!part.isBlank()) {
                        inputs.add(Path.of(part.trim()));
                    }
                }
            } else if (arg.startsWith("--output=")
                    && !arg.substring("--output=".length()).isBlank()) {
                output = Path.of(arg.substring("--output=".length()).trim());
            }
        }
        Optional<String> problem = Preflight.inputProblem(inputs);
        return problem.isPresent() || output == null ? problem : Preflight.outputProblem(output);
    }

    /**
     * The library loggers that application.properties switches off, because they log a failure's stack trace that
     * RunLauncher reports in a paragraph instead; {@code --verbose} sets them back to ERROR.
     */
    public static final List<String> QUIETED_LOGGERS = List.of(
            "org.springframework.batch.core.step.AbstractStep",
            "org.springframework.batch.core.job.AbstractJob",
            "org.springframework.batch.core.step.item.ChunkOrientedStep",
            "org.springframework.batch.core.step.tasklet.TaskletStep",
            "org.springframework.transaction");

    /**
     * The command line with {@code --verbose} turned into the logging level that shows the details: rejects and
     * failures log the library's message and stack trace at debug level.
     */
    public static String[] withLogLevels(String[] args) {
        if (!List.of(args).contains("--verbose")) {
            return args;
        }
        List<String> more = new ArrayList<>(List.of(args));
        more.add("--logging.level.org.wsisanalytics=DEBUG");
        QUIETED_LOGGERS.forEach(logger -> more.add("--logging.level." + logger + "=ERROR"));
        return more.toArray(String[]::new);
    }
}
