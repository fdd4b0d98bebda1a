package org.wsisanalytics.reports.pdf;

import java.io.IOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.coverage.CoverageRow;

/** The sessions part: each session with its facilitator and the action lines it refers to. */
final class SessionList {

    static final String BOOKMARK = "Sessions";
    private static final float SIZE = 8.5f;

    private SessionList() {}

    /** Writes the list, reading the sessions in one walk over their overviews. */
    static void add(Document document, PdfWriter writer, Blocks blocks, RunData data) throws IOException {
        RunSummary summary = data.summary();
        document.add(blocks.heading(BOOKMARK));
        if (summary.sessions() == 0) {
            document.add(blocks.text("No sessions were read in this run; see the skipped inputs on the cover.", 9.5f));
            return;
        }
        PdfPTable table = blocks.table(blocks.numberColumn(
                document, SIZE, new DocumentNumbers(summary).largestSessionCount(), 0.6f, 7.2f, 4.2f, 3.4f, 1.3f));
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Session", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Facilitator", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Action lines", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Words", SIZE, Element.ALIGN_RIGHT));
        LongTable rows = new LongTable(document, writer, table);
        SessionRows.fill(blocks, data, rows, SIZE, 5, overview -> {
            SessionOutline session = overview.session();
            table.addCell(blocks.cell(String.valueOf(session.index()), SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(title(blocks, session), Element.ALIGN_LEFT));
            table.addCell(blocks.cell(facilitator(blocks, session), Element.ALIGN_LEFT));
            List<String> lines = CoverageRow.of(overview, summary.actionLines()).lines();
            table.addCell(
                    blocks.cell(lines.isEmpty() ? "none found" : String.join(", ", lines), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(
                    String.format(java.util.Locale.ROOT, "%,d", session.words()), SIZE, Element.ALIGN_RIGHT));
        });
        rows.finish();
    }

    private static Phrase title(Blocks blocks, SessionOutline session) {
        Phrase phrase = new Phrase(session.title(), blocks.plain(SIZE));
        if (session.sessionId() != null) {
            phrase.add(new Chunk("\nSession " + session.sessionId(), blocks.plain(SIZE - 1, BriefFonts.MUTED)));
        }
        return phrase;
    }

    /**
     * The name as written in the summary; the facilitators table's spelling too where it differs, and the
     * organisation the table gives.
     */
    private static Phrase facilitator(Blocks blocks, SessionOutline session) {
        String body = session.facilitator();
        String listed = session.facilitatorListed();
        Phrase phrase = new Phrase(body != null ? body : listed != null ? listed : "not named", blocks.plain(SIZE));
        if (body != null && listed != null && !body.equals(listed)) {
            phrase.add(new Chunk("\nlisted as " + listed, blocks.plain(SIZE - 1, BriefFonts.MUTED)));
        }
        if (session.facilitatorOrganization() != null) {
            phrase.add(new Chunk("\n" + session.facilitatorOrganization(), blocks.plain(SIZE - 1, BriefFonts.MUTED)));
        }
        return phrase;
    }
}
