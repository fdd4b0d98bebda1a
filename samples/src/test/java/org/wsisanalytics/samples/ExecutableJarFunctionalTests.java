package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a user types it: {@code java -jar .../wsis-analytics.jar} with no
 * arguments, in an empty folder, twice in a row.
 */
class ExecutableJarFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void runsOnTheBundledSampleFromAnyFolderAndTwiceInARow() throws Exception {
        assertThat(ExecutableJar.JAR)
                .as("built by the app module's package phase")
                .isRegularFile();

        ExecutableJar.Result first = ExecutableJar.run(folder);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(folder.resolve("data")).isDirectory();
        Path latest = folder.resolve("reports/latest");
        assertThat(latest.resolve("wsis-analytics.xlsx")).isRegularFile();
        assertThat(Outputs.csv(latest.resolve("data/sessions.csv"))).hasSize(13);
        assertThat(first.output())
                .contains("1 document read of 1, 13 sessions, 49 action-line mentions,"
                        + " 251 country mentions of 46 countries, 520 theme mentions, 45 figures, 14 findings,"
                        + " 0 rejects.");

        ExecutableJar.Result second = ExecutableJar.run(folder);
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("already exists");
        try (Stream<Path> runs = Files.list(folder.resolve("reports"))) {
            assertThat(runs.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equals("latest")))
                    .hasSize(1);
        }
    }
}
