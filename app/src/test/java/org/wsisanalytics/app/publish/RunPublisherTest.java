package org.wsisanalytics.app.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPublisherTest {

    @TempDir
    Path output;

    private final RunPublisher publisher = new RunPublisher();

    @Test
    void publishesTheStagedFolderAndPointsLatestAtIt() throws IOException {
        Path staging = publisher.stage(output, "2025-07-11-abc");
        Files.writeString(staging.resolve("manifest.json"), "{}");

        Path published = publisher.publish(staging, output, "2025-07-11-abc");

        assertThat(published).isEqualTo(output.resolve("2025-07-11-abc"));
        assertThat(published.resolve("manifest.json")).hasContent("{}");
        assertThat(staging).doesNotExist();
        assertThat(Files.readSymbolicLink(output.resolve("latest"))).isEqualTo(Path.of("2025-07-11-abc"));
    }

    @Test
    void latestMovesToTheNewestPublication() throws IOException {
        publisher.publish(publisher.stage(output, "run-a"), output, "run-a");
        publisher.publish(publisher.stage(output, "run-b"), output, "run-b");
        assertThat(output.resolve("latest").toRealPath())
                .isEqualTo(output.resolve("run-b").toRealPath());
        assertThat(output.resolve("run-a")).isDirectory();
    }

    @Test
    void aRepublishedRunReplacesItsEarlierFolderWhole() throws IOException {
        Path first = publisher.stage(output, "run-a");
        Files.writeString(first.resolve("old.txt"), "old");
        publisher.publish(first, output, "run-a");
        Path second = publisher.stage(output, "run-a");
        Files.writeString(second.resolve("new.txt"), "new");

        publisher.publish(second, output, "run-a");

        assertThat(output.resolve("run-a/new.txt")).exists();
        assertThat(output.resolve("run-a/old.txt")).doesNotExist();
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("run-a", "latest", ".publish.lock");
        }
    }

    @Test
    void stagingRemovesWhatAnInterruptedAttemptLeft() throws IOException {
        Path abandoned = publisher.stage(output, "run-a");
        Files.writeString(abandoned.resolve("half.xlsx"), "half");
        Path fresh = publisher.stage(output, "run-a");
        assertThat(abandoned).doesNotExist();
        assertThat(fresh).isEmptyDirectory();
    }

    @Test
    void refusesRunIdsThatCouldLeaveTheOutputFolder() {
        assertThatThrownBy(() -> publisher.stage(output, "../escape")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publisher.stage(output, "a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysSoWhenTheOutputFolderIsAFile() throws IOException {
        Path file = Files.writeString(output.resolve("reports"), "x");
        assertThatThrownBy(() -> publisher.stage(file, "run-a"))
                .isInstanceOf(IOException.class)
                .hasMessage("The output folder '" + file + "' is a file; give --output a folder.");
    }
}
