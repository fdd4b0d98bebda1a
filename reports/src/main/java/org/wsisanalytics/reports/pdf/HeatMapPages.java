package org.wsisanalytics.reports.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.charts.HeatMapChart;
import org.wsisanalytics.reports.coverage.CoverageMatrix;

/** The session × action-line heat map, 40 sessions per page so labels stay readable in a long run. */
final class HeatMapPages {

    static final String BOOKMARK = HeatMapChart.TITLE;
    static final int ROWS_PER_PAGE = 40;
    private static final int LABEL_LENGTH = 48;

    private HeatMapPages() {
    }

    static void add(Document document, PdfWriter writer, Blocks blocks, BriefFonts fonts, CoverageMatrix matrix) {
        document.add(blocks.heading(BOOKMARK));
        document.add(blocks.text("Number of references to each action line in each session; darker is more.", 9.5f));
        int sessions = matrix.sessions().size();
        if (sessions == 0) {
            document.add(blocks.text("No sessions were read in this run.", 9.5f));
            return;
        }
        boolean severalDocuments = matrix.sessions().stream().map(SessionOutline::document).distinct().count() > 1;
        float width = document.right() - document.left();
        for (int from = 0; from < sessions; from += ROWS_PER_PAGE) {
            if (from > 0) {
                document.newPage();
            }
            List<Integer> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = from; i < Math.min(sessions, from + ROWS_PER_PAGE); i++) {
                rows.add(i);
                labels.add(label(matrix, i, severalDocuments));
            }
            float height = 50 + 15 * rows.size();
            document.add(ChartImages.vector(writer, fonts,
                    HeatMapChart.create(matrix, rows, labels, fonts.awtFamily()), width, height));
        }
    }

    private static String label(CoverageMatrix matrix, int row, boolean severalDocuments) {
        SessionOutline session = matrix.sessions().get(row);
        String label = session.index() + ". " + session.title();
        if (severalDocuments) {
            label = (documentNumber(matrix, session.document())) + "·" + label;
        }
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private static int documentNumber(CoverageMatrix matrix, String document) {
        return (int) matrix.sessions().stream().map(SessionOutline::document).distinct()
                .takeWhile(d -> !d.equals(document)).count() + 1;
    }
}
