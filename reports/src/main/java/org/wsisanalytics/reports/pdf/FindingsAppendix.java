package org.wsisanalytics.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunSummary;

/** The appendix for the documents' editors: every consistency finding with its evidence. */
final class FindingsAppendix {

    static final String BOOKMARK = "Appendix: consistency findings";
    private static final float SIZE = 8.5f;

    private FindingsAppendix() {
    }

    static void add(Document document, Blocks blocks, RunSummary result) {
        document.add(blocks.heading(BOOKMARK));
        if (result.findings().isEmpty()) {
            document.add(blocks.text("No consistency problem was found.", 9.5f));
            return;
        }
        PdfPTable table = blocks.table(3.4f, 0.6f, 1.6f, 8.4f);
        table.addCell(blocks.header("Document", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Severity", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Finding", SIZE, Element.ALIGN_LEFT));
        for (Finding finding : result.findings()) {
            table.addCell(blocks.cell(finding.document(), SIZE, Element.ALIGN_LEFT));
            table.addCell(blocks.cell(finding.sessionIndex() == null ? "" : String.valueOf(finding.sessionIndex()),
                    SIZE, Element.ALIGN_RIGHT));
            table.addCell(blocks.cell(finding.severity().name().toLowerCase(java.util.Locale.ROOT), SIZE,
                    Element.ALIGN_LEFT));
            Phrase text = new Phrase(finding.message(), blocks.plain(SIZE));
            text.add(new Chunk("\n" + finding.check() + (finding.evidence().isEmpty() ? "" : " · " + finding.evidence()),
                    blocks.plain(SIZE - 1, BriefFonts.MUTED)));
            table.addCell(blocks.cell(text, Element.ALIGN_LEFT));
        }
        document.add(table);
    }
}
