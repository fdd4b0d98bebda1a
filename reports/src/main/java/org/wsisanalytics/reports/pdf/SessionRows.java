package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.Objects;

import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.reports.DocumentNumbers;

/**
 * Fills a {@link LongTable} with a row per session from one walk over the run's overviews: a group row with the
 * document's name before its first session when the run has several documents.
 */
final class SessionRows {

    private SessionRows() {}

    /** Writes one session's cells. */
    @FunctionalInterface
    interface RowWriter {
        void write(SessionOverview session);
    }

    static void fill(Blocks blocks, RunData data, LongTable table, float size, int columns, RowWriter row)
            throws IOException {
        boolean severalDocuments = new DocumentNumbers(data.summary()).several();
        String[] current = {null};
        data.forEachOverview(overview -> {
            String name = overview.session().document();
            if (severalDocuments && !Objects.equals(current[0], name)) {
                table.table().addCell(blocks.group(name, size, columns));
            }
            current[0] = name;
            row.write(overview);
            table.rowAdded();
        });
    }
}
