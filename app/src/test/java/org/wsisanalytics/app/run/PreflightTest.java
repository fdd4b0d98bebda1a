package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path work;

    private RunOptions options(List<Path> inputs, Path output) {
        return new RunOptions(inputs, output, LocalDate.of(2025, 7, 11), null);
    }

    @Test
    void anInputThatDoesNotExistIsNamed() throws IOException {
        Path good = Files.writeString(work.resolve("a.txt"), "text");
        Path typo = work.resolve("inbxo");

        assertThat(Preflight.problem(options(List.of(good, typo), work.resolve("reports"))))
                .contains("The input '" + typo + "' does not exist; check the --input path (files or folders,"
                        + " separated by commas).");
        assertThat(Preflight.problem(options(List.of(good), work.resolve("reports"))))
                .isEmpty();
    }

    @Test
    void anOutputFolderUnderAFileCannotBeCreated() throws IOException {
        Path file = Files.writeString(work.resolve("notes.txt"), "text");

        assertThat(Preflight.problem(options(List.of(), file.resolve("reports/weekly"))))
                .contains("The output folder '" + file.resolve("reports/weekly") + "' cannot be created because '"
                        + file + "' is a file; give --output a folder.");
        assertThat(Preflight.problem(options(List.of(), file)))
                .contains("The output folder '" + file + "' is a file; give --output a folder.");
        // A folder that does not exist yet is fine when it can be created.
        assertThat(Preflight.problem(options(List.of(), work.resolve("new/reports"))))
                .isEmpty();
    }

    @Test
    void anOutputFolderOnAReadOnlyFileSystemIsNotWritable() {
        // /proc is read-only for everyone, root included; skip where it is not there.
        Path readOnly = Path.of("/proc/self");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(readOnly) && !Files.isWritable(readOnly));

        assertThat(Preflight.problem(options(List.of(), readOnly.resolve("reports"))))
                .contains("The output folder '/proc/self/reports' cannot be created in '/proc/self', which is not"
                        + " writable; give --output a folder you can write to.");
    }
}
