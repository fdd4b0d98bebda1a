package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsisanalytics.reports.pdf.checks.PdfChecks.outline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.model.oracle.ThemeAnalysis;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

class SessionBriefWriterTest {

    @Test
    void writesOneBriefPerSessionNumberedByDocumentAndSession(@TempDir Path run) throws IOException {
        AnalysisResult result = ReportFixture.result();
        List<Path> written = new SessionBriefWriter().writeAll(InMemoryRunData.of(result), run);
        assertThat(written)
                .containsExactly(
                        Path.of("sessions/01-01-when-policy-meets-progress-paving-the-way-for-a-fit-for.pdf"),
                        Path.of("sessions/01-02-sum-a1-towards-a-safer-connected-world-digital-trust-cyber.pdf"),
                        Path.of("sessions/01-03-cmd-local-to-global-preserving-culture-and-language-in-a.pdf"),
                        Path.of("sessions/02-01-connecting-the-unconnected-in-turkiye-and-cote-d-ivoire.pdf"));
        Path first = run.resolve(written.get(0));
        try (PDDocument pdf = Loader.loadPDF(first.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String page = PdfChecks.text(pdf, 1);
            assertThat(page)
                    .contains(
                            "Session brief · " + ReportFixture.EVENT_TITLE,
                            "Run 20250714-060000-7f3a of 2025-07-14 · wsis-analytics 0.1.0-SNAPSHOT",
                            "Session 1: When policy meets progress",
                            "Read by a known event template",
                            "Facilitator Lidia Stępińska-Ustasiak, Polistratos Institute",
                            "Türkiye (TR) Western Asia 2",
                            "2.6 billion people",
                            "Page 1 of 1");
            assertThat(outline(pdf, null))
                    .containsExactly("1. When policy meets progress: paving the way for a fit for future di…@0");
            assertThat(outline(
                            pdf, pdf.getDocumentCatalog().getDocumentOutline().getFirstChild()))
                    .containsExactly("Action lines@0", "Countries@0", "Themes@0", "Notable figures@0");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo(
                            "Session 1: When policy meets progress: paving the way for a fit for future digital world");
            PdfChecks.assertEveryFontEmbeddedOnEveryPage(pdf);
            PdfChecks.assertPdfA1b(first, pdf);
        }
        try (PDDocument media = Loader.loadPDF(run.resolve(written.get(2)).toFile())) {
            assertThat(PdfChecks.text(media, 1))
                    .contains(
                            SessionPage.NAMED_ONLY,
                            "C9 Media as \u201C-the media action line\u201D",
                            "-the media action line keeps local languages alive, said one speaker.");
        }
        try (PDDocument late = Loader.loadPDF(run.resolve(written.get(3)).toFile())) {
            assertThat(PdfChecks.text(late, 1))
                    .contains(
                            "Session 1: Connecting the unconnected in Türkiye and Côte",
                            "Read by the document's own outline of headings",
                            "Côte d'Ivoire (CI) Sub-Saharan Africa 1 Côte d'Ivoire (name)",
                            "Page 1 of 1");
        }
    }

    /**
     * A session that runs over several pages: each page after the first names in its running header the part it
     * starts with, the one it continues or the one whose heading opens it, never a part that starts lower down.
     */
    @Test
    void theRunningHeaderNamesThePartEachPageStartsWith(@TempDir Path run) throws IOException {
        for (int sentences : List.of(40, 48, 56, 64, 72, 80)) {
            Path written = run.resolve(new SessionBriefWriter()
                    .writeAll(InMemoryRunData.of(ReportFixture.oneLongSession(sentences)), run)
                    .get(0));
            try (PDDocument pdf = Loader.loadPDF(written.toFile())) {
                List<PdfChecks.Bookmark> parts = PdfChecks.bookmarks(
                        pdf, pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
                assertThat(parts)
                        .extracting(PdfChecks.Bookmark::title)
                        .containsExactly(
                                SessionPage.ACTION_LINES,
                                SessionPage.COUNTRIES,
                                SessionPage.THEMES,
                                SessionPage.FIGURES);
                assertThat(pdf.getNumberOfPages()).as("%d sentences", sentences).isGreaterThan(2);
                List<String> headers = new ArrayList<>();
                for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                    headers.add(PdfChecks.runningHeader(pdf, page));
                }
                List<String> expected = PdfChecks.firstParts(pdf, parts).stream()
                        .map(part -> ReportFixture.EVENT_TITLE + " " + part)
                        .toList();
                assertThat(headers).as("%d sentences", sentences).containsExactlyElementsOf(expected);
                assertThat(expected)
                        .as("%d sentences", sentences)
                        .contains(ReportFixture.EVENT_TITLE + " " + SessionPage.ACTION_LINES);
            }
        }
    }

    @Test
    void hostileTitlesGiveSafeNamesInsideTheSessionsFolder(@TempDir Path run) throws IOException {
        List<String> titles = List.of(
                "../../etc/passwd",
                "CON",
                "a/b\\c",
                "Türkiye: ça va?",
                "🌍🚀",
                "x".repeat(500),
                "???",
                "..\\..\\windows\\system32",
                "nul\u0000byte");
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            sessions.add(new Session(
                    "hostile.txt",
                    i + 1,
                    null,
                    titles.get(i),
                    null,
                    null,
                    null,
                    null,
                    StructureLayer.TEMPLATE,
                    List.of()));
        }
        AnalysisResult base = ReportFixture.result();
        AnalysisResult result = new AnalysisResult(
                base.run(),
                base.actionLines(),
                List.of(),
                sessions,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                CountryAnalysis.NONE,
                ThemeAnalysis.NONE,
                List.of(),
                List.of(),
                List.of());
        List<Path> written = new SessionBriefWriter().writeAll(InMemoryRunData.of(result), run);
        assertThat(written)
                .extracting(Path::toString)
                .containsExactly(
                        "sessions/01-etc-passwd.pdf",
                        "sessions/02-session-con.pdf",
                        "sessions/03-a-b-c.pdf",
                        "sessions/04-turkiye-ca-va.pdf",
                        "sessions/05-session.pdf",
                        "sessions/06-" + "x".repeat(60) + ".pdf",
                        "sessions/07-session.pdf",
                        "sessions/08-windows-system32.pdf",
                        "sessions/09-nul-byte.pdf");
        try (Stream<Path> files = Files.walk(run)) {
            assertThat(files.filter(Files::isRegularFile).map(run::relativize).toList())
                    .containsExactlyInAnyOrderElementsOf(written);
        }
        try (PDDocument pdf = Loader.loadPDF(run.resolve(written.get(3)).toFile())) {
            assertThat(PdfChecks.text(pdf, 1))
                    .contains(
                            "Session 4: Türkiye: ça va?",
                            "No reference to a WSIS Action Line was found.",
                            "No country was mentioned.");
        }
    }

    @Test
    void writesNothingForARunWithoutSessions(@TempDir Path run) throws IOException {
        AnalysisResult result = ReportFixture.nothingRead();
        assertThat(new SessionBriefWriter().writeAll(InMemoryRunData.of(result), run))
                .isEmpty();
        assertThat(run.resolve("sessions")).doesNotExist();
    }
}
