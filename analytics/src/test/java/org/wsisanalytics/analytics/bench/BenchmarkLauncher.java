package org.wsisanalytics.analytics.bench;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DetectorBenchmark} on one thread and prints MB/s per detector. Arguments are JMH's own (for example
 * {@code -wi 1 -i 3 -f 1} for a quick run, or a regular expression to pick detectors); see
 * {@code analytics/bench/run-benchmarks.sh}.
 */
public final class BenchmarkLauncher {

    private BenchmarkLauncher() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine).threads(1);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(DetectorBenchmark.class.getName());
        }
        long bytes = DetectorBenchmark.bytesPerOperation();
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.printf(Locale.ROOT, "%nInput per operation: %,d bytes (13 sessions of the sample, UTF-8)%n", bytes);
        System.out.printf(Locale.ROOT, "%-16s %14s %12s %10s%n", "detector", "ops/s", "MB/s", "± MB/s");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double opsPerSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %14.1f %12.1f %10.1f%n",
                    name.substring(name.lastIndexOf('.') + 1),
                    opsPerSecond,
                    opsPerSecond * bytes / 1e6,
                    Double.isNaN(error) ? 0 : error * bytes / 1e6);
        }
    }
}
