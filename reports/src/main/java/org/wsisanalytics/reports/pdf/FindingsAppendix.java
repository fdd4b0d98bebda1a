package org.wsisanalytics.reports.pdf;

import java.io.IOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.RunData;

/** The appendix for the documents' editors: every consistency finding with its evidence. */
final class FindingsAppendix {

    static final String BOOKMARK = "Appendix: consistency findings";
    private static final float SIZE = 8.5f;

    private FindingsAppendix() {
    }

    /** Writes the appendix, reading the findings in one walk and writing the table 100 rows at a time. */
    static void add(Document document, Blocks blocks, RunData data) throws IOException {
        document.add(blocks.heading(BOOKMARK));
        if (data.summary().findings() == 0) {
            document.add(blocks.text("No consistency problem was found.", 9.5f));
            return;
        }
        PdfPTable table = blocks.largeTable(3.4f, 0.6f, 1.6f, 8.4f);
        table.addCell(blocks.header("Document", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Severity", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Finding", SIZE, Element.ALIGN_LEFT));
        int[] rows = {0};
        data.forEachFinding(finding -> {
            table.addCell(blocks.cell(finding.document(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(finding.sessionIndex() == null ? "" : String.valueOf(finding.sessionIndex()),
                    SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(finding.severity().name().toLowerCase(java.util.Locale.ROOT), SIZE,
                    Element.ALIGN_LEFT));
            Phrase text = new Phrase(finding.message(), blocks.plain(SIZE));
            text.add(new Chunk("\n" + finding.check() + (finding.evidence().isEmpty() ? "" : " · " + finding.evidence()),
                    blocks.plain(SIZE - 1, BriefFonts.MUTED)));
            table.addCell(blocks.cell(text, Element.ALIGN_LEFT));
            Blocks.flushEvery(document, table, ++rows[0]);
        });
        Blocks.finish(document, table);
    }
}
