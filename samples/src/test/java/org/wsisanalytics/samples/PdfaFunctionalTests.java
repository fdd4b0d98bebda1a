package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.samples.corpus.CorpusGenerator;

/**
 * The briefs are PDF/A-1b, as veraPDF sees them: the consolidated brief and session briefs of the sample, and
 * of a run whose brief is heavy with charts (several documents: more sessions in the heat map, more countries
 * and regions in the rankings). A chart with transparency, a font that is not embedded or metadata that
 * disagrees with the document information fails here, with veraPDF's list of broken rules.
 */
class PdfaFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();
    private static final Path RENDITIONS = Path.of("renditions").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void theSampleBriefAndItsSessionBriefsArePdfA1b() throws IOException {
        JobRun job = new JobRun(work);
        assertThat(job.run("--input=" + SAMPLE, "--run-date=2025-07-11")).isZero();
        Path run = job.output().resolve("latest").toRealPath();

        assertConforms(run.resolve("wsis-analytics-brief.pdf"));
        List<Path> sessionBriefs = sessionBriefs(run);
        assertThat(sessionBriefs).hasSize(13);
        assertConforms(sessionBriefs.get(0));
        assertConforms(largest(sessionBriefs));
    }

    @Test
    void aChartHeavyBriefOfSeveralDocumentsIsPdfA1b() throws IOException {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.writeCorpus(3, corpus, 11L);
        JobRun job = new JobRun(work.resolve("job"));
        assertThat(job.run(
                        "--input=" + SAMPLE + "," + RENDITIONS.resolve("wsis20-hltf-summaries-2025.docx") + ","
                                + RENDITIONS.resolve("wsis20-hltf-summaries-2025.pdf") + "," + corpus,
                        "--run-date=2025-07-11"))
                .isZero();
        Path run = job.output().resolve("latest").toRealPath();

        List<Path> sessionBriefs = sessionBriefs(run);
        assertThat(sessionBriefs)
                .as("more than 40 sessions: the heat map takes several pages")
                .hasSizeGreaterThan(60);
        assertConforms(run.resolve("wsis-analytics-brief.pdf"));
        assertConforms(largest(sessionBriefs));
    }

    private static void assertConforms(Path pdf) throws IOException {
        assertThat(PdfaValidation.failedRules(pdf))
                .as("PDF/A-1b rules that veraPDF finds broken in %s", pdf.getFileName())
                .isEmpty();
    }

    private static List<Path> sessionBriefs(Path run) throws IOException {
        try (Stream<Path> briefs = Files.list(run.resolve("sessions"))) {
            return briefs.sorted().toList();
        }
    }

    private static Path largest(List<Path> files) {
        return files.stream()
                .max(Comparator.comparingLong(PdfaFunctionalTests::size))
                .orElseThrow();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
