package org.wsisanalytics.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void removesLinesThatRecurAtThePageEdgesAndPageNumbers() {
        List<List<PdfLine>> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            pages.add(List.of(
                    line(page, 40, "Annual Review 2025"),
                    line(page, 100, "Part " + (char) ('A' + page)),
                    line(page, 120, "Body text of page " + page + "."),
                    line(
                            page,
                            140,
                            List.of("Ends.", "Stops.", "Closes.", "Finishes.").get(page - 1)),
                    line(page, 800, "Page " + page + " of 4")));
        }

        PageFurniture furniture = PageFurniture.detect(pages);

        assertThat(furniture.runningHeaders()).containsExactly("Annual Review 2025");
        assertThat(furniture.body().get(2))
                .extracting(PdfLine::text)
                .containsExactly("Part D", "Body text of page 3.", "Closes.");
    }

    @Test
    void aTwoPageDocumentsHeaderThatNumbersItsPagesIsFurnitureAnUnnumberedOneIsNot() {
        List<List<PdfLine>> pages = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            PdfLine header = new PdfLine(
                    page,
                    List.of(
                            new PdfWord("E/CN.16/2025/CRP.2", 72, 162, 40, 10, null),
                            new PdfWord("Page", 400, 420, 40, 10, null),
                            new PdfWord(Integer.toString(page), 423, 428, 40, 10, null),
                            new PdfWord("of", 431, 440, 40, 10, null),
                            new PdfWord("2", 443, 448, 40, 10, null)));
            pages.add(List.of(
                    header,
                    line(page, 60, "Draft note"),
                    line(page, 120, "Body text of page " + page + "."),
                    line(page, 140, "More text."),
                    line(page, 160, "Closing text.")));
        }

        PageFurniture furniture = PageFurniture.detect(pages);

        assertThat(furniture.runningHeaders()).containsExactly("E/CN.16/2025/CRP.2");
        assertThat(furniture.body().get(1))
                .extracting(PdfLine::text)
                .containsExactly("Draft note", "Body text of page 2.", "More text.", "Closing text.");
    }

    @Test
    void removesPageNumbersButKeepsAYearAtTheFootOfAPage() {
        List<List<PdfLine>> pages = pages("- 1 -", "- 2 -", "- 3 -", "1999");

        PageFurniture furniture = PageFurniture.detect(pages);

        assertThat(furniture.body().get(1))
                .extracting(PdfLine::text)
                .containsExactly("Text C.", "Green.", "Body text.", "Stops.");
        assertThat(furniture.body().get(3))
                .extracting(PdfLine::text)
                .containsExactly("Text E.", "Grey.", "Body text.", "Finishes.", "1999");
    }

    @Test
    void aNumberRecurringAtThePageEdgesIsFurnitureButNeverTheTitle() {
        PageFurniture furniture = PageFurniture.detect(pages("2025", "2025", "2025", "2025"));

        assertThat(furniture.runningHeaders()).isEmpty();
        assertThat(furniture.body().get(0))
                .extracting(PdfLine::text)
                .containsExactly("Text B.", "Red.", "Body text.", "Ends.");
    }

    private static List<List<PdfLine>> pages(String... footers) {
        List<List<PdfLine>> pages = new ArrayList<>();
        for (int page = 1; page <= footers.length; page++) {
            pages.add(List.of(
                    line(page, 100, "Text " + (char) ('A' + page) + "."),
                    line(page, 120, List.of("Red.", "Green.", "Blue.", "Grey.").get(page - 1)),
                    line(page, 130, "Body text."),
                    line(
                            page,
                            140,
                            List.of("Ends.", "Stops.", "Closes.", "Finishes.").get(page - 1)),
                    line(page, 800, footers[page - 1])));
        }
        return pages;
    }

    @Test
    void removesABrowsersPrintHeaderAndFooterAndKeepsOnlyTheTitleAsRunningHeader() {
        List<List<PdfLine>> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.add(List.of(
                    new PdfLine(
                            page,
                            List.of(
                                    new PdfWord("12/5/26,", 24, 60, 22, 10, null),
                                    new PdfWord("9:06", 63, 83, 22, 10, null),
                                    new PdfWord("AM", 86, 100, 22, 10, null),
                                    new PdfWord("Annual", 190, 225, 22, 10, null),
                                    new PdfWord("Review", 228, 265, 22, 10, null))),
                    line(
                            page,
                            60,
                            List.of("Opening words.", "Middle words.", "Final words.")
                                    .get(page - 1)),
                    line(page, 80, List.of("Ends.", "Stops.", "Closes.").get(page - 1)),
                    new PdfLine(
                            page,
                            List.of(
                                    new PdfWord("file:///tmp/review.html", 24, 262, 775, 10, null),
                                    new PdfWord(page + "/3", 570, 588, 775, 10, null)))));
        }

        PageFurniture furniture = PageFurniture.detect(pages);

        assertThat(furniture.runningHeaders()).containsExactly("Annual Review");
        assertThat(furniture.body().get(1)).extracting(PdfLine::text).containsExactly("Middle words.", "Stops.");
    }

    private static PdfLine line(int page, float y, String text) {
        return new PdfLine(page, List.of(new PdfWord(text, 72, 72 + 5 * text.length(), y, 10, null)));
    }
}
