package org.wsisanalytics.reports.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.KeyMessage;

/**
 * What opens a session page and the key-figures page: the warnings about it, boxed so that no reader quotes a
 * figure or label without seeing them, and a session's key messages, each quoted with the part it comes from.
 */
final class Callouts {

    /** Opaque (PDF/A-1b allows no transparency): a pale amber box with a darker rule. */
    private static final Color WARNING_FILL = new Color(0xFF, 0xF4, 0xE0);

    private static final Color WARNING_RULE = new Color(0xD9, 0x8E, 0x04);

    private Callouts() {}

    /**
     * One boxed row per warning: "Warning: <message>", then its evidence.
     *
     * @param withSession whether each says its session ("Warning (session 12): ..."), where several sessions' are listed
     */
    static PdfPTable warnings(Blocks blocks, List<Finding> warnings, float size, boolean withSession) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setKeepTogether(true);
        for (Finding finding : warnings) {
            Phrase text = new Phrase(new Chunk(
                    "Warning"
                            + (withSession && finding.sessionIndex() != null
                                    ? " (session " + finding.sessionIndex() + ")"
                                    : "")
                            + ": ",
                    blocks.bold(size)));
            text.add(new Chunk(finding.message(), blocks.plain(size)));
            if (!finding.evidence().isEmpty()) {
                text.add(new Chunk(
                        "\n" + finding.evidence().replace(" | ", "  |  ")
                                + (finding.location() == null
                                        ? ""
                                        : "  \u00B7  " + finding.location().label()),
                        blocks.plain(size - 1, BriefFonts.MUTED)));
            }
            PdfPCell cell = blocks.cell(text, Element.ALIGN_LEFT);
            cell.setBackgroundColor(WARNING_FILL);
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderColor(WARNING_RULE);
            cell.setBorderWidth(2.5f);
            cell.setPaddingLeft(6);
            cell.setPaddingBottom(5);
            table.addCell(cell);
        }
        return table;
    }

    /**
     * The session's key messages, numbered, each followed by the heading of the part it was quoted from and where it
     * is in the input file.
     */
    static PdfPTable keyMessages(Blocks blocks, List<KeyMessage> messages, float size) {
        PdfPTable table = new PdfPTable(new float[] {0.35f, 12});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setKeepTogether(true);
        for (KeyMessage message : messages) {
            PdfPCell number = blocks.cell(new Phrase(message.rank() + ".", blocks.bold(size)), Element.ALIGN_RIGHT);
            number.setBorder(Rectangle.NO_BORDER);
            number.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(number);
            Phrase text = new Phrase("\u201C" + message.sentence() + "\u201D", blocks.plain(size));
            // On the same line when it fits: a session page has room for its parts below.
            text.add(new Chunk("  " + part(message), blocks.plain(size - 1.5f, BriefFonts.MUTED)));
            PdfPCell cell = blocks.cell(text, Element.ALIGN_LEFT);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(2.5f);
            table.addCell(cell);
        }
        return table;
    }

    /**
     * "from “Vision for WSIS Beyond 2025”, p. 36", or "from the opening text" where the text had no heading; without
     * the location where it is not known.
     */
    static String part(KeyMessage message) {
        return (message.heading().isBlank()
                        ? "from the opening text"
                        : "from \u201C" + message.heading().strip() + "\u201D")
                + (message.location() == null ? "" : ", " + message.location().label());
    }
}
