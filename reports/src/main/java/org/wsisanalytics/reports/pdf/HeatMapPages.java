package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.charts.HeatMapChart;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * The session × action-line heat map, 30 sessions per page: the map's rows are numbered and the sessions' full
 * titles stand beside it, numbered alike, so no title is cut. The sessions are read in one walk over their
 * overviews and drawn a page at a time.
 */
final class HeatMapPages {

    static final String BOOKMARK = HeatMapChart.TITLE;
    static final int ROWS_PER_PAGE = 30;
    /** The map's share of the page's width; the titles take the rest. */
    private static final float MAP_SHARE = 0.46f;

    private static final float KEY_SIZE = 7.5f;

    private HeatMapPages() {}

    static void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, RunData data)
            throws IOException {
        RunSummary summary = data.summary();
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text(
                "Number of numbered references to each action line in each session; darker is more. \u201C"
                        + CoverageMarks.NAMED_ONLY_IN_HEAT_MAP
                        + "\u201D: the line is named in words only (shown, not counted); "
                        + CoverageMarks.LABEL_CONFLICT
                        + " labelled with another line's name (see the notes under the coverage"
                        + " table).",
                9.5f));
        if (summary.sessions() == 0) {
            document.add(blocks.text("No sessions were read in this run.", 9.5f));
            return;
        }
        DocumentNumbers documents = new DocumentNumbers(summary);
        Page page = new Page(document, writer, blocks, fonts, summary);
        data.forEachOverview(overview -> page.add(
                CoverageRow.of(overview, summary.actionLines()),
                number(overview.session(), documents),
                overview.session().title()));
        page.finish();
    }

    /** "5", or "2·5" when several documents have sessions: the row's number in the map and beside it. */
    static String number(SessionOutline session, DocumentNumbers documents) {
        return (documents.several() ? documents.of(session.document()) + "\u00B7" : "") + session.index();
    }

    /**
     * The rows of the pages being filled: a full page is drawn once {@value Space#MIN_ROWS} more rows follow it, so
     * that the last page, when the rows run over, can take rows from the one before rather than hold one or two.
     */
    private static final class Page {
        private final Document document;
        private final PdfWriter writer;
        private final Blocks blocks;
        private final BriefFonts fonts;
        private final RunSummary summary;
        private final List<CoverageRow> rows = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private boolean drawnBefore;

        Page(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, RunSummary summary) {
            this.document = document;
            this.writer = writer;
            this.blocks = blocks;
            this.fonts = fonts;
            this.summary = summary;
        }

        void add(CoverageRow row, String label, String title) {
            rows.add(row);
            labels.add(label);
            titles.add(title);
            if (rows.size() == ROWS_PER_PAGE + Space.MIN_ROWS) {
                draw(ROWS_PER_PAGE);
            }
        }

        /** Draws the rows held: on one page, or, when they run over, the last {@value Space#MIN_ROWS} on the next. */
        void finish() {
            if (rows.size() > ROWS_PER_PAGE) {
                draw(rows.size() - Space.MIN_ROWS);
            }
            if (!rows.isEmpty()) {
                draw(rows.size());
            }
        }

        /** Draws the first {@code count} rows held on a page of their own. */
        private void draw(int count) {
            if (drawnBefore) {
                document.newPage();
            }
            float width = (document.right() - document.left()) * MAP_SHARE;
            float height = 50 + 15 * count;
            PdfTemplate map = ChartImages.draw(
                    writer,
                    fonts,
                    HeatMapChart.create(
                            summary.actionLines(), rows.subList(0, count), labels.subList(0, count), fonts.awtFamily()),
                    width,
                    height);
            PdfPTable page = new PdfPTable(new float[] {MAP_SHARE, 1 - MAP_SHARE});
            page.setWidthPercentage(100);
            PdfPCell mapCell = new PdfPCell(Image.getInstance(map), false);
            mapCell.setBorder(Rectangle.NO_BORDER);
            mapCell.setVerticalAlignment(Element.ALIGN_TOP);
            page.addCell(mapCell);
            PdfPTable key = new PdfPTable(new float[] {1.1f, 9});
            key.setWidthPercentage(100);
            for (int i = 0; i < count; i++) {
                key.addCell(blocks.cell(new Phrase(labels.get(i), blocks.bold(KEY_SIZE)), Element.ALIGN_RIGHT));
                key.addCell(blocks.cell(titles.get(i), KEY_SIZE, Element.ALIGN_LEFT));
            }
            PdfPCell keyCell = new PdfPCell(key);
            // A nested table's last row would otherwise stretch to the height of the map beside it.
            keyCell.getTable().setExtendLastRow(false);
            keyCell.setBorder(Rectangle.NO_BORDER);
            keyCell.setPaddingLeft(8);
            keyCell.setPaddingTop(14);
            page.addCell(keyCell);
            document.add(page);
            ChartImages.release(writer, map);
            drawnBefore = true;
            rows.subList(0, count).clear();
            labels.subList(0, count).clear();
            titles.subList(0, count).clear();
        }
    }
}
