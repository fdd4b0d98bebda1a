package org.wsisanalytics.samples.renditions;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.wsisanalytics.samples.renditions.SampleBlocks.Block;

/**
 * Writes the sample as a secretariat's Word copy rather than a tidy template: every paragraph is in the
 * Normal style, and titles are told apart by direct formatting only (part and session titles bold 14 pt,
 * section headings bold at the body size of 11 pt, the by-line italic); the contents list has a tab and the
 * page number after each entry (right tab stop, no dot leaders); lists carry typed markers with a hanging
 * indent; the facilitators table has narrow columns, so session titles wrap over several lines, and the
 * session's address is shown in the cell, where it breaks across lines: as plain text in one row, as a
 * visible hyperlink in the next, and hidden behind the linked title in the third. The running title is in
 * the page header and "Page N" in the footer.
 *
 * <p>Not a test: run it by hand (see {@code samples/README.md}).
 * Usage: {@code WordCopyGenerator <sample.txt> <out.docx>}
 */
public final class WordCopyGenerator {

    private static final String FONT = "Liberation Sans";
    private static final int BODY = 11;
    /** Session, Photo, Name, Title, Organization: narrow, as pasted into a copy and never widened. */
    private static final int[] COLUMN_TWIPS = {1900, 600, 1400, 1700, 1500};

    private final XWPFDocument doc = new XWPFDocument();
    private XWPFTable table;
    private int tableRow;

    /** Word writes a Hyperlink character style into every file that has a link; LibreOffice exports the links then. */
    private WordCopyGenerator() {
        XWPFStyles styles = doc.createStyles();
        CTStyle link = CTStyle.Factory.newInstance();
        link.setType(STStyleType.CHARACTER);
        link.setStyleId("Hyperlink");
        link.addNewName().setVal("Hyperlink");
        CTRPr run = link.addNewRPr();
        run.addNewColor().setVal("0563C1");
        run.addNewU().setVal(STUnderline.SINGLE);
        styles.addStyle(new XWPFStyle(link, styles));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: WordCopyGenerator <sample.txt> <out.docx>");
            System.exit(64);
        }
        SampleBlocks sample = SampleBlocks.read(Path.of(args[0]));
        WordCopyGenerator generator = new WordCopyGenerator();
        generator.pageFurniture(sample.runningTitle());
        for (Block block : sample.blocks()) {
            generator.add(block);
        }
        generator.doc.getProperties().getCoreProperties().setTitle(sample.title());
        generator.doc.getProperties().getCoreProperties().setCreator("WSIS Secretariat (Word copy of the sample)");
        try (OutputStream stream = Files.newOutputStream(Path.of(args[1]))) {
            generator.doc.write(stream);
        }
        System.out.println("Wrote " + args[1]);
    }

    private void add(Block block) {
        if (block.kind() != SampleBlocks.Kind.TABLE_ROW) {
            table = null;
        }
        switch (block.kind()) {
            case COVER -> cover(block.lines());
            case CONTENTS_TITLE, PART, SESSION_TITLE -> paragraph(block.text(), 14, true, false, true);
            case SECTION_HEADING ->
                paragraph(block.text(), BODY, true, false, false).setSpacingBefore(240);
            case BYLINE -> paragraph(block.text(), BODY, false, true, false);
            case CONTENTS_ENTRY ->
                contentsEntry(block.lines().get(0), block.lines().get(1));
            case LIST_ITEM ->
                listItem(
                        block.lines().get(0),
                        block.lines().get(1).equals("1"),
                        block.lines().get(2));
            case TABLE_ROW -> tableRow(block.lines());
            case PARAGRAPH -> plain(block.lines());
        }
    }

    private XWPFParagraph paragraph(String text, int points, boolean bold, boolean italic, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(newPage);
        p.setSpacingAfter(160);
        run(p, text, points, bold, italic);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private void cover(List<String> lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(lines.size() > 1 ? 1800 : 400);
        String text = String.join(" ", lines);
        int points = text.startsWith("WSIS") ? 28 : lines.size() > 1 ? 20 : text.contains("|") ? 12 : 16;
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = run(p, lines.get(i), points, !text.contains("|"), false);
            if (i + 1 < lines.size()) {
                run.addBreak();
            }
        }
    }

    /** "Entry<tab>12" with a right tab stop at the margin and no leader, as typed by hand. */
    private void contentsEntry(String entry, String page) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(80);
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.NONE);
        tab.setPos(BigInteger.valueOf(9300));
        XWPFRun run = run(p, entry, BODY, false, false);
        run.addTab();
        run.setText(page);
    }

    private void listItem(String marker, boolean nested, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(nested ? 1080 : 720);
        p.setIndentationHanging(360);
        p.setSpacingAfter(80);
        String shown = Character.isLetterOrDigit(marker.charAt(0)) ? marker : nested ? "o" : "•";
        XWPFRun bullet = run(p, shown, BODY, false, false);
        bullet.addTab();
        int colon = text.indexOf(':');
        if (colon > 0 && colon < 60 && text.substring(0, colon).split(" ").length <= 6) {
            run(p, text.substring(0, colon + 1), BODY, true, false);
            run(p, text.substring(colon + 1), BODY, false, false);
        } else {
            run(p, text, BODY, false, false);
        }
    }

    private void plain(List<String> lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(160);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher url = SampleBlocks.URL.matcher(line);
            int at = 0;
            while (url.find()) {
                run(p, line.substring(at, url.start()).replaceAll("<$", ""), BODY, false, false);
                String link = url.group();
                XWPFHyperlinkRun run = p.createHyperlinkRun(link);
                run.setStyle("Hyperlink");
                run.setFontFamily(FONT);
                run.setFontSize(BODY);
                run.setColor("0563C1");
                run.setUnderline(UnderlinePatterns.SINGLE);
                run.setText(link);
                at = url.end();
            }
            XWPFRun rest = run(p, line.substring(at).replaceAll("^>", ""), BODY, false, false);
            if (i + 1 < lines.size()) {
                rest.addBreak();
            }
        }
    }

    private void tableRow(List<String> cells) {
        XWPFTableRow row;
        boolean header = table == null;
        if (header) {
            table = doc.createTable(1, cells.size());
            var grid = table.getCTTbl().getTblGrid() == null
                    ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            for (int i = 0; i < cells.size(); i++) {
                (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol())
                        .setW(BigInteger.valueOf(COLUMN_TWIPS[Math.min(i, COLUMN_TWIPS.length - 1)]));
            }
            table.setCellMargins(40, 60, 40, 60);
            row = table.getRow(0);
            tableRow = 0;
        } else {
            row = table.createRow();
            tableRow++;
        }
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(COLUMN_TWIPS[Math.min(i, COLUMN_TWIPS.length - 1)]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            String value = cells.get(i).strip();
            Matcher url = SampleBlocks.URL.matcher(value);
            if (header || !url.find()) {
                run(p, value, 9, header, false);
                continue;
            }
            String title = value.substring(0, url.start()).strip();
            switch (tableRow % 3) {
                case 1 -> { // the address typed out under the title, not linked
                    run(p, title, 9, false, false);
                    run(cell.addParagraph(), url.group(), 9, false, false);
                }
                case 2 -> { // the address under the title, as a hyperlink showing itself
                    run(p, title, 9, false, false);
                    link(cell.addParagraph(), url.group(), url.group());
                }
                default -> link(p, url.group(), title); // only the title, linked to the address
            }
        }
    }

    private static void link(XWPFParagraph p, String address, String text) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(address);
        run.setStyle("Hyperlink");
        run.setFontFamily(FONT);
        run.setFontSize(9);
        run.setColor("0563C1");
        run.setUnderline(UnderlinePatterns.SINGLE);
        run.setText(text);
    }

    private void pageFurniture(String runningTitle) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1300));
        margins.setBottom(BigInteger.valueOf(1300));
        margins.setLeft(BigInteger.valueOf(1300));
        margins.setRight(BigInteger.valueOf(1300));
        margins.setHeader(BigInteger.valueOf(600));
        margins.setFooter(BigInteger.valueOf(600));
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, section);
        XWPFParagraph top = policy.createHeader(STHdrFtr.DEFAULT).createParagraph();
        top.setAlignment(ParagraphAlignment.CENTER);
        run(top, runningTitle, 8, false, true);
        XWPFParagraph bottom = policy.createFooter(STHdrFtr.DEFAULT).createParagraph();
        bottom.setAlignment(ParagraphAlignment.RIGHT);
        run(bottom, "Page ", 9, false, false);
        var field = bottom.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var number = field.addNewR();
        number.addNewRPr().addNewSz().setVal(BigInteger.valueOf(18));
        number.addNewT().setStringValue("1");
    }
}
