package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own reference data, given through configuration, replaces or extends the bundled files. */
class ReferenceDataOverrideFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aUsersThemeTaxonomyReplacesTheDefaultOne() throws IOException {
        Path themes = Files.writeString(work.resolve("my-themes.tsv"), """
                # Two themes of our own.
                theme\tterm
                Oceans\tocean
                Oceans\tsea
                Small islands\tsmall island developing States
                """);
        JobRun job = new JobRun(work);

        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11", "--wsis.reference.themes-file=" + themes))
                .isZero();

        // The sample speaks of oceans once (line 941, session 13: "small island states, oceans, disaster zones").
        List<CSVRecord> rows = Outputs.csv(job.output().resolve("latest/data/themes.csv"));
        assertThat(rows)
                .extracting(r -> r.get("session_index") + " " + r.get("theme") + " " + r.get("mentions"))
                .containsExactly("13 Oceans 1");
    }

    @Test
    void aBrokenReferenceFileStopsTheRunWithItsNameAndLine() throws IOException {
        Path themes = Files.writeString(work.resolve("broken.tsv"), "Oceans\n");
        JobRun job = new JobRun(work);

        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11", "--wsis.reference.themes-file=" + themes))
                .isEqualTo(1);
        assertThat(job.lastStartupFailure()).contains(themes.toString()).contains("line 1");
        assertThat(job.output()).doesNotExist();
    }
}
