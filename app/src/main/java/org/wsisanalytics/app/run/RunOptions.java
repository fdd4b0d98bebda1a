package org.wsisanalytics.app.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.scheduling.support.CronExpression;

/**
 * The command line: {@code [--input=PATH[,PATH...]] [--output=DIR] [--run-date=YYYY-MM-DD]}.
 *
 * @param inputs files or folders; empty means the bundled sample
 * @param output folder for the run folders
 * @param runDate the run date
 * @param schedule a cron expression to run on repeatedly, or {@code null} to run once
 */
public record RunOptions(List<Path> inputs, Path output, LocalDate runDate, CronExpression schedule) {

    /** The help text ({@link Usage}, where it is kept once). */
    static final String USAGE = Usage.TEXT;

    public RunOptions {
        inputs = List.copyOf(inputs);
    }

    /** Reads the options; Spring properties ({@code --spring.datasource.url=...}) are left to Spring. */
    static RunOptions parse(ApplicationArguments args, Path defaultOutput, LocalDate today) {
        for (String name : args.getOptionNames()) {
            if (!Usage.OPTIONS.contains(name) && !name.contains(".")) {
                throw new UsageException("Unknown option --" + name + ".");
            }
        }
        if (!args.getNonOptionArgs().isEmpty()) {
            throw new UsageException("Unexpected argument '"
                    + args.getNonOptionArgs().get(0) + "': give files and folders as --input=PATH[,PATH...].");
        }
        List<Path> inputs = new ArrayList<>();
        for (String value : values(args, "input")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    inputs.add(Path.of(part.trim()));
                }
            }
        }
        List<String> outputs = values(args, "output");
        Path output = outputs.isEmpty() ? defaultOutput : Path.of(single(outputs, "output"));
        List<String> dates = values(args, "run-date");
        LocalDate runDate = dates.isEmpty() ? today : date(single(dates, "run-date"));
        List<String> schedules = values(args, "schedule");
        CronExpression schedule = schedules.isEmpty() ? null : cron(single(schedules, "schedule"));
        if (schedule != null && !dates.isEmpty()) {
            throw new UsageException(
                    "Give either --schedule or --run-date: a scheduled run takes its day as run date.");
        }
        return new RunOptions(inputs, output, runDate, schedule);
    }

    private static List<String> values(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null ? List.of() : values;
    }

    private static String single(List<String> values, String name) {
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new UsageException("Give --" + name + " once, with a value.");
        }
        return values.get(0).trim();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("Invalid --run-date '" + text + "': expected YYYY-MM-DD, e.g. 2025-07-11.");
        }
    }

    private static CronExpression cron(String text) {
        try {
            return CronExpression.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    "Invalid --schedule '" + text + "': " + e.getMessage()
                            + ". Expected six fields: second minute hour day-of-month month day-of-week, e.g. \"0 0 6 * * MON\".");
        }
    }

    /** The same options for one scheduled run on the given day. */
    RunOptions forRunDate(LocalDate day) {
        return new RunOptions(inputs, output, day, null);
    }

    /** The command line cannot be understood; the message says why. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
