package org.wsisanalytics.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.wsisanalytics.app.WsisAnalyticsApplication;

/**
 * Runs the whole application in this JVM, as {@code java -jar} would, against a private
 * database, data folder and output folder under one work folder.
 */
final class JobRun {

    private final Path work;
    private final List<String> database;

    JobRun(Path work) {
        this.work = work;
        this.database = List.of("--spring.datasource.url=" + databaseUrl());
    }

    private JobRun(Path work, List<String> database) {
        this.work = work;
        this.database = List.copyOf(database);
    }

    /** The same runs against another database, e.g. PostgreSQL. */
    static JobRun onDatabase(Path work, String url, String user, String password) {
        return new JobRun(
                work,
                List.of(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password));
    }

    Path output() {
        return work.resolve("reports");
    }

    /**
     * Makes the next run fail in its report step, after every report is written: a folder stands where the
     * output's publish lock file goes. The output folder itself is fine, so the run gets past the usage checks.
     */
    void blockPublishing() throws java.io.IOException {
        java.nio.file.Files.createDirectories(output().resolve(".publish.lock"));
    }

    void unblockPublishing() throws java.io.IOException {
        java.nio.file.Files.delete(output().resolve(".publish.lock"));
    }

    String databaseUrl() {
        return "jdbc:h2:file:" + work.resolve("db/wsis-analytics") + ";AUTO_SERVER=TRUE";
    }

    private String lastStartupFailure = "";

    /** What the application said when it last failed to start, as Spring Boot reports it. */
    String lastStartupFailure() {
        return lastStartupFailure;
    }

    /** Runs with the given command-line options and returns the exit code the process would have. */
    int run(String... options) {
        List<String> args = new ArrayList<>(database);
        args.add("--wsis.data-dir=" + work.resolve("data"));
        if (Stream.of(options).noneMatch(o -> o.startsWith("--output="))) {
            args.add("--output=" + output());
        }
        args.addAll(List.of(options));
        try (ConfigurableApplicationContext context =
                SpringApplication.run(WsisAnalyticsApplication.class, args.toArray(String[]::new))) {
            return SpringApplication.exit(context);
        } catch (RuntimeException startupFailure) {
            // java -jar ends with exit code 1 when the application cannot start.
            lastStartupFailure = String.valueOf(startupFailure.getMessage());
            for (Throwable cause = startupFailure.getCause(); cause != null; cause = cause.getCause()) {
                lastStartupFailure += " | " + cause.getMessage();
            }
            return 1;
        }
    }
}
