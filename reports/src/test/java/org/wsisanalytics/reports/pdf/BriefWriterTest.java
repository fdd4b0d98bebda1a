package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsisanalytics.reports.pdf.PdfChecks.outline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.reports.ReportFixture;

class BriefWriterTest {

    @TempDir
    static Path folder;
    static Path file;
    static PDDocument pdf;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        file = folder.resolve("brief.pdf");
        new BriefWriter().write(RunData.of(result), file);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void isA4WithTheSevenPartsOnePagePerSessionAndTheAppendix() {
        assertThat(pdf.getNumberOfPages()).isEqualTo(7 + 4 + 1);
        PDPage first = pdf.getPage(0);
        assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
        assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(1f));
    }

    @Test
    void hasABookmarkForEveryPartAndEverySession() throws IOException {
        assertThat(outline(pdf, null)).containsExactly("Cover@0", "Key figures@1", "Action-line coverage@2",
                "Sessions per action line@3", "Session × action-line heat map@4", "Countries and regions@5",
                "Sessions@6", "Appendix: consistency findings@11");
        assertThat(outline(pdf, PdfChecks.outlineItem(pdf, "Sessions"))).containsExactly(
                "1. When policy meets progress: paving the way for a fit for future di…@7",
                "2. =SUM(A1) Towards a safer connected world: digital trust, \"cyber\" r…@8",
                "3. -cmd Local to global: preserving culture and language in a digital…@9",
                "1. Connecting the unconnected in Türkiye and Côte d'Ivoire@10");
    }

    @Test
    void printsNamesWithTheirAccentsAndNumbersEveryPage() throws IOException {
        assertThat(PdfChecks.text(pdf, 1)).contains(ReportFixture.EVENT_TITLE.substring(0, 40),
                "Run id 20250714-060000-7f3a", "14 July 2025", "notes.pdf: Cannot read 'notes.pdf'", "Page 1 of 12");
        assertThat(PdfChecks.text(pdf, 2)).contains("Key figures", "Country mentions 9", "Themes touched (of 17) 7",
                "C6 Enabling environment; C10 Ethical dimensions", "Türkiye: 3 sessions, 4 mentions",
                "Côte d'Ivoire: 1 session, 1 mention", "Page 2 of 12");
        assertThat(PdfChecks.text(pdf, 3)).contains("Connecting the unconnected in Türkiye", "Page 3 of 12");
        assertThat(PdfChecks.text(pdf, 7)).contains("Lidia Stępińska-Ustasiak", "listed as Lucien CASTEX",
                "C1, C3, C7", "=SUM(A1) Towards a safer");
        for (int page = 2; page <= 12; page++) {
            assertThat(PdfChecks.text(pdf, page)).as("page %d", page)
                    .contains("WSIS+20 High-Level Event 2025", "Page " + page + " of 12");
        }
    }

    @Test
    void chartsAreVectorsWithTextInTheEmbeddedFont() throws IOException {
        assertThat(PdfChecks.text(pdf, 4)).contains("Sessions per action line", "C10", "C11",
                "Cultural diversity and identity, linguistic diversity and local content");
        String heatMap = PdfChecks.text(pdf, 5);
        assertThat(heatMap).contains("Session × action-line heat map", "C1", "C11", "1·1. When policy meets",
                "2·1. Connecting the unconnected in Türkiye");
        String countries = PdfChecks.text(pdf, 6);
        assertThat(countries).contains("Top 15 countries by sessions", "Türkiye", "Côte d'Ivoire", "Tuvalu",
                "Sessions naming a country of the region", "Oceania", "Sub-Saharan Africa sub-region 2 2 3",
                "SIDS UN group 1 1 1");
        for (int page : List.of(3, 4, 5)) {
            assertThat(pdf.getPage(page).getResources().getXObjectNames()).as("page %d", page + 1).isNotEmpty();
            assertThat(pdf.getPage(page).getResources().getXObjectNames())
                    .allSatisfy(name -> assertThat(pdf.getPage(page).getResources().isImageXObject(name)).isFalse());
        }
    }

    @Test
    void sessionPagesShowEvidenceCountriesThemesAndFigures() throws IOException {
        String first = PdfChecks.text(pdf, 8);
        assertThat(first).contains("Session 1: When policy meets progress", "Read by a known event template",
                "Facilitator Lidia Stępińska-Ustasiak",
                "Session number 426", "Introduction, Achievements, Links to action lines · 53 words",
                "C3 Access to information and knowledge", "2 references, listed in the links to the action lines",
                "“Speakers from Türkiye and Poland stressed access to information",
                "Türkiye (TR) Western Asia 2 Türkiye (name), Turkish (demonym)",
                "Tuvalu (TV) Polynesia · LDC, SIDS 1 Tuvalu (name)",
                "Gender (1) · Connectivity and infrastructure (1)",
                "2.6 billion people quantity", "40% (2×) percentage");
        String third = PdfChecks.text(pdf, 10);
        // Each quote is followed, outside its quotation marks, by where it is in the input (an en space between).
        assertThat(third).containsPattern("“Community radio \\(C9\\) keeps local languages alive\\.”\\u2002line 30");
        assertThat(third).contains("Türkiye (TR) Western Asia 1 Turkish (language, not counted)",
                "Languages and culture (2)",
                "+15% percentage");
        String late = PdfChecks.text(pdf, 11);
        assertThat(late).contains("Session 1: Connecting the unconnected in Türkiye and Côte d'Ivoire",
                "Read by the document's own outline of headings", "Facilitator not named",
                "Côte d'Ivoire (CI) Sub-Saharan Africa 1 Côte d'Ivoire (name)",
                "No figure was quoted.");
    }

    @Test
    void endsWithTheConsistencyFindings() throws IOException {
        assertThat(PdfChecks.text(pdf, 12)).contains("Appendix: consistency findings",
                "Facilitator is named 'Lucien Castex' in the summary but 'Lucien CASTEX'",
                "facilitator-name-mismatch · Lucien Castex / Lucien CASTEX", "missing-facilitators-table");
    }

    @Test
    void embedsEveryFontOnEveryPageAndMeetsWhatPdfA1bAsksOfIt() throws IOException {
        PdfChecks.assertEveryFontEmbeddedOnEveryPage(pdf);
        PdfChecks.assertPdfA1b(file, pdf);
    }

    @Test
    void carriesTitleSubjectAndCreator() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(ReportFixture.EVENT_TITLE + " – brief");
        assertThat(info.getSubject()).isEqualTo("WSIS Action Lines, countries, themes and figures of 4 sessions,"
                + " run 20250714-060000-7f3a of 2025-07-14");
        assertThat(info.getCreator()).isEqualTo("wsis-analytics");
        assertThat(info.getAuthor()).isEqualTo("wsis-analytics 0.1.0-SNAPSHOT");
    }

    @Test
    void aLongRunBreaksTablesAndTheHeatMapAcrossPages(@TempDir Path other) throws IOException {
        AnalysisResult result = ReportFixture.manySessions(60);
        Path file = other.resolve("long.pdf");
        new BriefWriter().write(RunData.of(result), file);
        try (PDDocument longBrief = Loader.loadPDF(file.toFile())) {
            int pages = longBrief.getNumberOfPages();
            List<String> parts = outline(longBrief, null);
            assertThat(parts).extracting(p -> p.substring(0, p.indexOf('@'))).containsExactly("Cover", "Key figures",
                    "Action-line coverage", "Sessions per action line", "Session × action-line heat map",
                    "Countries and regions", "Sessions", "Appendix: consistency findings");
            List<Integer> starts = parts.stream().map(p -> Integer.parseInt(p.substring(p.indexOf('@') + 1))).toList();
            assertThat(starts).isSorted().doesNotHaveDuplicates().startsWith(0, 1, 2);
            assertThat(starts.get(3)).as("the coverage table continues on page 4").isGreaterThan(3);
            assertThat(PdfChecks.text(longBrief, 4)).contains("Session C1 C2", "C11 Total", "Page 4 of " + pages);
            int heatMap = starts.get(4);
            assertThat(starts.get(5) - heatMap).as("60 sessions need two heat-map pages").isEqualTo(2);
            assertThat(PdfChecks.text(longBrief, heatMap + 2)).contains("41. Session 41:", "60. Session 60:");
            List<String> sessions = outline(longBrief, PdfChecks.outlineItem(longBrief, "Sessions"));
            assertThat(sessions).hasSize(60);
            assertThat(sessions.get(59)).startsWith("60. Session 60: ICT applications");
            assertThat(PdfChecks.text(longBrief, pages)).contains("No consistency problem was found.",
                    "Page " + pages + " of " + pages);
            PdfChecks.assertEveryFontEmbeddedOnEveryPage(longBrief);
        }
    }

    @Test
    void manyFindingsRunOverSeveralPagesWithTheHeaderRepeated(@TempDir Path other) throws IOException {
        AnalysisResult few = ReportFixture.result();
        String document = few.documents().get(0).source().name();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            findings.add(new Finding(document, 1 + i % 3, Severity.INFO, "check-" + i, "Finding number " + i + ".", ""));
        }
        AnalysisResult result = new AnalysisResult(few.run(), few.actionLines(), few.documents(), few.sessions(),
                few.actionLineMentions(), few.actionLineNames(), few.coverage(), few.countries(), few.themes(),
                few.figures(), findings, few.rejects());
        Path file = other.resolve("findings.pdf");
        new BriefWriter().write(RunData.of(result), file);
        try (PDDocument brief = Loader.loadPDF(file.toFile())) {
            int appendix = Integer.parseInt(outline(brief, null).get(7).replaceAll(".*@", "")) + 1;
            StringBuilder text = new StringBuilder();
            for (int page = appendix; page <= brief.getNumberOfPages(); page++) {
                String pageText = PdfChecks.text(brief, page);
                assertThat(pageText).as("page %d repeats the header", page).contains("Severity");
                text.append(pageText);
            }
            assertThat(brief.getNumberOfPages() - appendix).as("250 findings take more than one page").isPositive();
            for (int i = 1; i <= 250; i++) {
                assertThat(text).as("finding %d", i).contains("Finding number " + i + ".");
            }
        }
    }
}
