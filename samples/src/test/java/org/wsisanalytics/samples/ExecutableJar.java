package org.wsisanalytics.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the executable jar in its own process, as a user would, and returns what it printed. */
final class ExecutableJar {

    static final Path JAR =
            Path.of("../app/target/wsis-analytics.jar").toAbsolutePath().normalize();

    private ExecutableJar() {}

    static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return run(List.of(), workingDirectory, args);
    }

    /** The same with options for the JVM, e.g. a heap size. */
    static Result run(List<String> jvmOptions, Path workingDirectory, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("wsis-jar", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("java -jar did not finish in 3 minutes: " + Files.readString(log));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The exit code and everything written to the console. */
    record Result(int exitCode, String output) {

        /** The console's lines without the time and level that the log pattern puts first. */
        List<String> messages() {
            return output.lines()
                    .map(l -> l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d (INFO|WARN|ERROR|DEBUG) +", ""))
                    .toList();
        }
    }
}
