package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.charts.HeatMapChart;
import org.wsisanalytics.reports.coverage.CoverageMarks;
import org.wsisanalytics.reports.coverage.CoverageRow;

/**
 * The session × action-line heat map, 40 sessions per page so labels stay readable in a long run. The sessions
 * are read in one walk over their overviews and drawn a page at a time.
 */
final class HeatMapPages {

    static final String BOOKMARK = HeatMapChart.TITLE;
    static final int ROWS_PER_PAGE = 40;
    private static final int LABEL_LENGTH = 48;

    private HeatMapPages() {
    }

    static void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, RunData data)
            throws IOException {
        RunSummary summary = data.summary();
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text("Number of numbered references to each action line in each session; darker is more. \u201C"
                + CoverageMarks.NAMED_ONLY + "\u201D: the line is named in words only (shown, not counted); "
                + CoverageMarks.LABEL_CONFLICT + " labelled with another line's name (see the notes under the coverage"
                + " table).", 9.5f));
        if (summary.sessions() == 0) {
            document.add(blocks.text("No sessions were read in this run.", 9.5f));
            return;
        }
        DocumentNumbers documents = new DocumentNumbers(summary);
        Page page = new Page(document, writer, fonts, summary);
        data.forEachOverview(overview -> page.add(CoverageRow.of(overview, summary.actionLines()),
                label(overview.session(), documents)));
        page.draw();
    }

    private static String label(SessionOutline session, DocumentNumbers documents) {
        String label = session.index() + ". " + session.title();
        if (documents.several()) {
            label = documents.of(session.document()) + "·" + label;
        }
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    /** The rows of the page being filled; a full page is drawn and the next one started. */
    private static final class Page {
        private final Document document;
        private final PdfWriter writer;
        private final BriefFonts fonts;
        private final RunSummary summary;
        private final List<CoverageRow> rows = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private boolean drawnBefore;

        Page(Document document, PdfWriter writer, BriefFonts fonts, RunSummary summary) {
            this.document = document;
            this.writer = writer;
            this.fonts = fonts;
            this.summary = summary;
        }

        void add(CoverageRow row, String label) {
            rows.add(row);
            labels.add(label);
            if (rows.size() == ROWS_PER_PAGE) {
                draw();
            }
        }

        void draw() {
            if (rows.isEmpty()) {
                return;
            }
            if (drawnBefore) {
                document.newPage();
            }
            float width = document.right() - document.left();
            float height = 50 + 15 * rows.size();
            ChartImages.add(document, writer, fonts,
                    HeatMapChart.create(summary.actionLines(), rows, labels, fonts.awtFamily()), width, height);
            drawnBefore = true;
            rows.clear();
            labels.clear();
        }
    }
}
