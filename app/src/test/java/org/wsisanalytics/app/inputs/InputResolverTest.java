package org.wsisanalytics.app.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.DocumentSource;

class InputResolverTest {

    @TempDir
    Path dir;

    private final InputResolver resolver = new InputResolver();

    @Test
    void expandsFoldersInNameOrderSkippingHiddenFiles() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.md"), "a");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "c");

        InputResolver.ResolvedInputs resolved = resolver.resolve(List.of(dir));

        assertThat(resolved.sources()).extracting(DocumentSource::name).containsExactly("a.md", "b.txt", "c.txt");
        assertThat(resolved.rejects()).isEmpty();
    }

    @Test
    void hashesEachFile() throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        DocumentSource source = resolver.resolve(List.of(file)).sources().get(0);
        assertThat(source.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(source.sizeBytes()).isEqualTo(3);
        assertThat(source.location()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void aMissingPathIsARejectNotAFailure() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "x");
        InputResolver.ResolvedInputs resolved = resolver.resolve(List.of(dir.resolve("nope.pdf"), good));
        assertThat(resolved.sources()).extracting(DocumentSource::name).containsExactly("good.txt");
        assertThat(resolved.rejects())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("nope.pdf").contains("no such file"));
    }

    @Test
    void sameFileNamesInDifferentFoldersKeepDistinctNames() throws IOException {
        Files.createDirectories(dir.resolve("2024"));
        Files.createDirectories(dir.resolve("2025"));
        Files.writeString(dir.resolve("2024/summary.txt"), "a");
        Files.writeString(dir.resolve("2025/summary.txt"), "b");
        List<String> names = resolver.resolve(List.of(dir)).sources().stream()
                .map(DocumentSource::name)
                .toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(2);
        assertThat(names.get(0)).endsWith("2024/summary.txt");
    }

    @Test
    void aFileGivenTwiceIsReadOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "a");
        assertThat(resolver.resolve(List.of(file, dir)).sources()).hasSize(1);
    }
}
