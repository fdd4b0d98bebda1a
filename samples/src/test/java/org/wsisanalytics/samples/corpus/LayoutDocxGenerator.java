package org.wsisanalytics.samples.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a Word file of the layout corpus from a source of one paragraph a line, a {@code main} run by hand (not
 * a test). Unlike {@link CorpusDocumentGenerator} it gives the direct formatting that editors use instead of
 * styles: {@code T } Title style, {@code H1 }/{@code H2 } Heading 1/2 styles, {@code B } a bold Normal paragraph
 * at the body size, {@code BL } a bold Normal paragraph at 14 pt, {@code I } an italic Normal paragraph,
 * {@code R label| text} a paragraph that opens with a bold run-in label; any other line is a Normal paragraph
 * as written (typed list markers such as "1. " stay text). The page header holds the running title, the footer
 * the page number. The PDF renditions are printed from these files by LibreOffice (see corpus/README.md).
 *
 * <p>Usage: {@code LayoutDocxGenerator SOURCE.txt TARGET.docx "Running title"}.
 */
public final class LayoutDocxGenerator {

    private LayoutDocxGenerator() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(target)) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Normal", "Normal", null, 11, false);
            style(styles, "Title", "Title", 0, 22, true);
            style(styles, "Heading1", "heading 1", 0, 16, true);
            style(styles, "Heading2", "heading 2", 1, 13, true);
            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(args[2]);
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String marker = line.substring(0, Math.max(0, line.indexOf(' ')));
                String text = line.substring(line.indexOf(' ') + 1);
                switch (marker) {
                    case "T" -> paragraph(doc, "Title", text, false, false, 0);
                    case "H1" -> paragraph(doc, "Heading1", text, false, false, 0);
                    case "H2" -> paragraph(doc, "Heading2", text, false, false, 0);
                    case "B" -> paragraph(doc, "Normal", text, true, false, 0);
                    case "BL" -> paragraph(doc, "Normal", text, true, false, 14);
                    case "I" -> paragraph(doc, "Normal", text, false, true, 0);
                    case "R" -> runIn(doc, text.substring(0, text.indexOf('|')), text.substring(text.indexOf('|') + 1));
                    default -> paragraph(doc, "Normal", line, false, false, 0);
                }
            }
            doc.write(out);
        }
    }

    private static void paragraph(
            XWPFDocument doc, String style, String text, boolean bold, boolean italic, int points) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setItalic(italic);
        if (points > 0) {
            run.setFontSize(points);
        }
        run.setText(text);
    }

    private static void runIn(XWPFDocument doc, String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Normal");
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(label);
        p.createRun().setText(text);
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outline, int points, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        if (outline != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
