package org.wsisanalytics.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.reports.pdf.checks.PdfChecks;

class SpaceTest {

    private static final Pattern ROW = Pattern.compile("row (\\d+) ");

    /** A page holds 44 rows of one line below the header. */
    private static final int ROWS_PER_PAGE = 44;

    /**
     * Tables of many lengths, started at many heights of a page, some rows three lines tall: each row printed once
     * and in order, a table that fits on a page on one page, and no page with fewer than {@value Space#MIN_ROWS}
     * of a table's rows, each with the header repeated.
     */
    @Test
    void noPageHoldsOnlyAFewRowsOfATableAndEveryPageOfItRepeatsItsHeader() throws IOException {
        for (int rows : List.of(2, 10, 40, 47, 52, 57, 62, 67, 100, 133)) {
            for (float above : List.of(0f, 250f, 560f, 650f, 690f)) {
                assertLaidOut(rows, above, 7, false);
            }
        }
    }

    /**
     * Tables written as they grow ({@link LongTable}), of every length from just below the first write to two pages
     * beyond it, so that the last page would get every count of rows from one up; at three heights, then with rows
     * of one to three lines.
     */
    @Test
    void noPageHoldsOnlyAFewRowsOfATableWrittenAsItGrows() throws IOException {
        List<Integer> lengths = new ArrayList<>(
                IntStream.rangeClosed(LongTable.FLUSHED_ROWS - 2, LongTable.FLUSHED_ROWS + 2 * ROWS_PER_PAGE)
                        .boxed()
                        .toList());
        lengths.addAll(List.of(2, 10, 250, 301, 302, 303));
        for (float above : List.of(0f, 333f, 690f)) {
            for (int rows : lengths) {
                assertLaidOut(rows, above, 0, true);
            }
        }
        for (int rows = LongTable.FLUSHED_ROWS; rows <= LongTable.FLUSHED_ROWS + ROWS_PER_PAGE; rows++) {
            assertLaidOut(rows, 250, 5, true);
        }
    }

    /**
     * A subheading kept with the paragraph that follows it ({@link Space#addHeading}, as the coverage page's notes
     * on labels in conflict are), below blocks of every height near a page's foot: the heading never stands alone
     * as the page's last line, and where only it would fit it starts the next page with its paragraph.
     */
    @Test
    void aHeadingKeptWithItsFirstParagraphNeverEndsAPageAlone() throws IOException {
        int moved = 0;
        for (float above = 640; above <= 700; above += 1.5f) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = PdfSetup.newDocument();
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            document.add(spacer(above));
            Blocks blocks = new Blocks(BriefFonts.load());
            Paragraph first = blocks.text("The first note under the heading.", 8.5f);
            Space.addHeading(document, writer, blocks.subheading("The heading"), first);
            document.add(first);
            document.add(blocks.text("The second note.", 8.5f));
            document.close();
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    assertThat(PdfChecks.lastLine(pdf, page))
                            .as("the last line of page %d below %s pt", page, above)
                            .isNotEqualTo("The heading");
                }
                moved += PdfChecks.text(pdf, 1).contains("The heading") ? 0 : 1;
            }
        }
        assertThat(moved)
                .as("headings moved to the next page with their paragraph")
                .isPositive();
    }

    private static PdfPTable spacer(float height) {
        PdfPTable spacer = new PdfPTable(1);
        PdfPCell space = new PdfPCell(new Phrase("above"));
        space.setFixedHeight(height);
        space.setBorder(Rectangle.NO_BORDER);
        spacer.addCell(space);
        return spacer;
    }

    /** {@code tallEvery}: every so many rows is three lines tall (0: none); {@code grows}: a {@link LongTable}. */
    private static void assertLaidOut(int rows, float above, int tallEvery, boolean grows) throws IOException {
        List<List<Integer>> pages = layOut(rows, above, tallEvery, grows);
        String table = rows + " rows below " + above + " pt" + (grows ? ", written as they grow" : "");
        assertThat(pages.stream().flatMap(List::stream).toList())
                .as(table)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, rows).boxed().toList());
        List<List<Integer>> holding = pages.stream().filter(p -> !p.isEmpty()).toList();
        if (rows <= 10) {
            assertThat(holding).as(table + ": fits on a page, so on one").hasSize(1);
        }
        assertThat(holding)
                .as(table + ": rows per page")
                .allSatisfy(page -> assertThat(page.size()).isGreaterThanOrEqualTo(Math.min(rows, Space.MIN_ROWS)));
    }

    /** The row numbers on each page; a page with rows but without the header fails. */
    private static List<List<Integer>> layOut(int rows, float above, int tallEvery, boolean grows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfSetup.newDocument();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable spacer = new PdfPTable(1);
        PdfPCell space = new PdfPCell(new Phrase("above"));
        space.setFixedHeight(above + 1);
        space.setBorder(Rectangle.NO_BORDER);
        spacer.addCell(space);
        document.add(spacer);
        PdfPTable table = new PdfPTable(new float[] {1, 4});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        table.setKeepTogether(true);
        table.setSpacingBefore(4);
        table.addCell("Number");
        table.addCell("Text");
        LongTable growing = grows ? new LongTable(document, writer, table) : null;
        for (int row = 1; row <= rows; row++) {
            table.addCell("row " + row + " ");
            table.addCell(tallEvery > 0 && row % tallEvery == 0 ? "a longer row\nover\nthree lines" : "text");
            if (grows) {
                growing.rowAdded();
            }
        }
        if (grows) {
            growing.finish();
        } else {
            Space.add(document, writer, table);
        }
        document.add(new Phrase("after the table"));
        document.close();
        List<List<Integer>> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = PdfChecks.text(pdf, page);
                List<Integer> numbers = new ArrayList<>();
                Matcher row = ROW.matcher(text.replace('\n', ' '));
                while (row.find()) {
                    numbers.add(Integer.parseInt(row.group(1)));
                }
                if (!numbers.isEmpty()) {
                    assertThat(text).as("page %d of %d rows", page, rows).contains("Number Text");
                }
                pages.add(numbers);
            }
        }
        return pages;
    }
}
