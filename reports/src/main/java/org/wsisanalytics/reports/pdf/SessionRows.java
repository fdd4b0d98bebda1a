package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.reports.DocumentNumbers;

/**
 * Fills a {@link Blocks#largeTable} with a row per session from one walk over the run's overviews: a group row
 * with the document's name before its first session when the run has several documents, the rows written out
 * every 100 sessions so that a long run's table never piles up in memory.
 */
final class SessionRows {

    private SessionRows() {}

    /** Writes one session's cells. */
    @FunctionalInterface
    interface RowWriter {
        void write(SessionOverview session);
    }

    static void fill(
            Document document, Blocks blocks, RunData data, PdfPTable table, float size, int columns, RowWriter row)
            throws IOException {
        boolean severalDocuments = new DocumentNumbers(data.summary()).several();
        String[] current = {null};
        int[] rows = {0};
        data.forEachOverview(overview -> {
            String name = overview.session().document();
            if (severalDocuments && !Objects.equals(current[0], name)) {
                table.addCell(blocks.group(name, size, columns));
            }
            current[0] = name;
            row.write(overview);
            Blocks.flushEvery(document, table, ++rows[0]);
        });
    }
}
