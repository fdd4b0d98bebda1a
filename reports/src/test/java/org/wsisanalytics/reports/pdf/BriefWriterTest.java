package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

class BriefWriterTest {

    @TempDir
    static Path folder;
    static PDDocument pdf;

    @BeforeAll
    static void write() throws IOException {
        AnalysisResult result = ReportFixture.result();
        Path file = folder.resolve("brief.pdf");
        new BriefWriter().write(result, CoverageMatrix.of(result), file);
        pdf = Loader.loadPDF(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void isA4WithOnePagePerPart() {
        assertThat(pdf.getNumberOfPages()).isEqualTo(4);
        PDPage first = pdf.getPage(0);
        assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void printsNamesWithTheirAccentsAndNumbersEveryPage() throws IOException {
        String cover = text(1);
        assertThat(cover).contains(ReportFixture.EVENT_TITLE.substring(0, 40), "Run id 20250714-060000-7f3a",
                "14 July 2025", "notes.pdf: Cannot read 'notes.pdf'", "Page 1 of 4");
        assertThat(text(2)).contains("Action-line coverage", "Connecting the unconnected in Türkiye",
                "Sessions referencing the line", "Page 2 of 4");
        assertThat(text(4)).contains("Lidia Stępińska-Ustasiak", "listed as Lucien CASTEX", "Türkiye and Côte",
                "C1, C3, C7", "=SUM(A1) Towards a safer", "Page 4 of 4");
    }

    @Test
    void drawsTheChartAsTextAndVectorsNotLetterSpaced() throws IOException {
        String chartPage = text(3);
        assertThat(chartPage).contains("Sessions per action line", "Action line", "C10", "C11",
                "Cultural diversity and identity, linguistic diversity and local content");
        assertThat(pdf.getPage(2).getResources().getXObjectNames()).isNotEmpty();
    }

    @Test
    void hasABookmarkForEachPartPointingAtItsPage() throws IOException {
        List<String> titles = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            pages.add(pdf.getPages().indexOf(item.findDestinationPage(pdf)));
        }
        assertThat(titles).containsExactly("Cover", "Action-line coverage", "Sessions per action line", "Sessions");
        assertThat(pages).containsExactly(0, 1, 2, 3);
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("LiberationSans");
        });
    }

    @Test
    void carriesTitleSubjectAndCreator() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(ReportFixture.EVENT_TITLE + " – action-line brief");
        assertThat(info.getSubject())
                .isEqualTo("WSIS Action Lines referenced by 4 sessions, run 20250714-060000-7f3a of 2025-07-14");
        assertThat(info.getCreator()).isEqualTo("wsis-analytics");
    }

    @Test
    void aLongCoverageTableBreaksAcrossPagesWithItsHeaderRepeated(@TempDir Path other) throws IOException {
        AnalysisResult result = ReportFixture.manySessions(60);
        Path file = other.resolve("long.pdf");
        new BriefWriter().write(result, CoverageMatrix.of(result), file);
        try (PDDocument longBrief = Loader.loadPDF(file.toFile())) {
            int pages = longBrief.getNumberOfPages();
            assertThat(pages).isGreaterThan(6);
            List<String> titles = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem item : longBrief.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                starts.add(longBrief.getPages().indexOf(item.findDestinationPage(longBrief)));
            }
            assertThat(titles).containsExactly("Cover", "Action-line coverage", "Sessions per action line", "Sessions");
            assertThat(starts).isSorted().doesNotHaveDuplicates().startsWith(0, 1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String continuation = stripper.getText(longBrief);
            assertThat(starts.get(2)).as("the coverage table continues on page 3").isGreaterThan(2);
            assertThat(continuation).contains("Session C1 C2", "C11 Total", "Page 3 of " + pages);
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(longBrief)).contains("Session 60:", "Page " + pages + " of " + pages);
        }
    }

    private static String text(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace("\r\n", "\n");
    }

    /** Fonts of a page and of the forms (the chart, the page-count template) drawn on it. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
