package org.wsisanalytics.reports.pdf;

import java.io.IOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.reports.DocumentNumbers;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.SessionWarnings;

/**
 * The appendix for the documents' editors: the consistency findings with their evidence and where it is in the
 * input file ("line 2061"), warnings first.
 */
final class FindingsAppendix {

    static final String BOOKMARK = "Appendix: consistency findings";
    private static final float SIZE = 8.5f;

    private FindingsAppendix() {}

    /**
     * Writes the appendix: the findings by severity, the warnings first (held already, in document and session
     * order), then the others in one walk over the findings, the table written as it grows ({@link LongTable}); the notes of
     * low value ({@link Finding#isLowValue()}: sessions without one of the standard sections) counted in one line
     * instead.
     */
    static void add(Document document, PdfWriter writer, Blocks blocks, RunData data, SessionWarnings warnings)
            throws IOException {
        document.add(blocks.heading(BOOKMARK));
        if (data.summary().findings() == 0) {
            document.add(blocks.text("No consistency problem was found.", 9.5f));
            return;
        }
        // The Document column only where it tells findings apart: a run of one document has one name in it.
        boolean documents = new DocumentNumbers(data.summary()).several();
        PdfPTable table = documents ? blocks.table(3.4f, 0.6f, 1.6f, 8.4f) : blocks.table(0.6f, 1.6f, 11.8f);
        if (documents) {
            table.addCell(blocks.header("Document", SIZE, Element.ALIGN_LEFT));
        }
        table.addCell(blocks.header("#", SIZE, Element.ALIGN_RIGHT));
        table.addCell(blocks.header("Severity", SIZE, Element.ALIGN_LEFT));
        table.addCell(blocks.header("Finding", SIZE, Element.ALIGN_LEFT));
        LongTable rows = new LongTable(document, writer, table);
        int[] listed = {0};
        int[] lowValue = {0};
        for (Finding warning : warnings.all()) {
            row(blocks, table, warning, documents);
            rows.rowAdded();
            listed[0]++;
        }
        data.forEachFinding(finding -> {
            if (finding.isWarning()) {
                return;
            }
            if (finding.isLowValue()) {
                lowValue[0]++;
                return;
            }
            row(blocks, table, finding, documents);
            rows.rowAdded();
            listed[0]++;
        });
        if (listed[0] > 0) {
            rows.finish();
        }
        if (lowValue[0] > 0) {
            document.add(blocks.text(
                    "Not listed: " + Labels.count(lowValue[0], "note", "notes") + " that a session "
                            + "lacks one or more of the event's standard sections (" + Finding.MISSING_STANDARD_SECTIONS
                            + "); they are in data/findings.csv and the workbook's Findings sheet.",
                    SIZE));
        }
    }

    private static void row(Blocks blocks, PdfPTable table, Finding finding, boolean documents) {
        if (documents) {
            table.addCell(blocks.cell(finding.document(), SIZE, Element.ALIGN_LEFT));
        }
        table.addCell(blocks.cell(
                finding.sessionIndex() == null ? "" : String.valueOf(finding.sessionIndex()),
                SIZE,
                Element.ALIGN_RIGHT));
        table.addCell(blocks.cell(
                new Phrase(
                        Labels.lowerCase(finding.severity()),
                        finding.isWarning() ? blocks.bold(SIZE) : blocks.plain(SIZE)),
                Element.ALIGN_LEFT));
        Phrase text = new Phrase(finding.message(), blocks.plain(SIZE));
        text.add(new Chunk(
                "\n" + finding.check()
                        + (finding.evidence().isEmpty() ? "" : " \u00B7 " + finding.evidence())
                        + (finding.location() == null
                                ? ""
                                : " \u00B7 " + finding.location().label()),
                blocks.plain(SIZE - 1, BriefFonts.MUTED)));
        table.addCell(blocks.cell(text, Element.ALIGN_LEFT));
    }
}
