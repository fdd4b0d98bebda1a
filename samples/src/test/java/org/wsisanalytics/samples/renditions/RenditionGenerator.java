package org.wsisanalytics.samples.renditions;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;

/**
 * Writes the sample summaries as a Word document laid out like the published report: a cover, a
 * contents page, real heading styles (Title, Heading 1 for parts and session titles, Heading 2 for
 * section headings), the facilitators table as a Word table whose session titles are hyperlinks,
 * bulleted and numbered lists, the running title in the page header and the page number in the footer.
 *
 * <p>Not a test: run it by hand (see {@code samples/README.md}). The text comes from the text sample
 * after {@link TextCleaner} removed the PDF-to-text noise; which paragraphs are section headings is
 * taken from what the ingest module recognises in the text, as an editor would mark them in Word.
 *
 * <p>Usage: {@code RenditionGenerator <sample.txt> <out.docx>}
 */
public final class RenditionGenerator {

    private static final String FONT = "Arial";
    /** Session, Photo, Name, Title, Organization: 9300 twips, the text width of an A4 page. */
    private static final int[] COLUMN_TWIPS = {2800, 800, 1700, 2000, 2000};

    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)([-*•]|\\d{1,2}[.)]|[a-z][.)])\\s+(\\S.*)$");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SESSION_TITLE = Pattern.compile("^Leaders TalkX\\s*:.*");
    private static final Pattern BYLINE = Pattern.compile("^Executive Summary by .*");

    private final XWPFDocument doc = new XWPFDocument();
    private final Lists lists;

    private RenditionGenerator() {
        defineStyles();
        lists = new Lists(doc.createNumbering());
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: RenditionGenerator <sample.txt> <out.docx>");
            System.exit(64);
        }
        Path sample = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String raw = Files.readString(sample, StandardCharsets.UTF_8);
        CleanText clean = new TextCleaner().clean(raw);
        ParsedDocument parsed = new DocumentIngestor(IngestLimits.defaults())
                .read(
                        sample,
                        new DocumentSource(
                                sample.getFileName().toString(),
                                sample.toString(),
                                "0".repeat(64),
                                Files.size(sample)));
        RenditionGenerator generator = new RenditionGenerator();
        generator.pageFurniture(clean.runningHeaders().get(0));
        generator.body(paragraphs(clean.lines()), parsed);
        generator.doc.getProperties().getCoreProperties().setTitle(parsed.title());
        generator.doc.getProperties().getCoreProperties().setCreator("WSIS Secretariat (rendition of the sample)");
        try (OutputStream stream = Files.newOutputStream(out)) {
            generator.doc.write(stream);
        }
        System.out.println("Wrote " + out + " (" + parsed.sessions().size() + " sessions)");
    }

    /** Consecutive non-blank lines form one paragraph; list items and table rows stand alone. */
    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> result = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            boolean alone = line.indexOf('\t') >= 0 || LIST_ITEM.matcher(line).matches();
            if (current == null || alone || isAlone(current)) {
                current = new ArrayList<>();
                result.add(current);
            }
            current.add(line);
        }
        return result;
    }

    private static boolean isAlone(List<String> paragraph) {
        String first = paragraph.get(0);
        return first.indexOf('\t') >= 0 || LIST_ITEM.matcher(first).matches();
    }

    private void body(List<List<String>> paragraphs, ParsedDocument parsed) {
        List<String> contents = new ArrayList<>();
        int session = -1;
        Map<String, Integer> headings = new HashMap<>();
        XWPFTable table = null;
        boolean cover = true;
        for (List<String> paragraph : paragraphs) {
            String text = String.join(" ", paragraph).strip();
            if (cover && text.equals("Table of Contents")) {
                cover = false;
                heading(text, "Heading1", true);
                continue;
            }
            if (cover) {
                coverLine(paragraph);
                continue;
            }
            String first = paragraph.get(0);
            if (first.indexOf('\t') >= 0) {
                String[] cells = first.split("\t", -1);
                if (session < 0 && contents.size() < 20 && table == null && cells.length == 2) {
                    String entry =
                            cells[0].replaceAll("\\s*(?:\\.{3,}|…)\\s*$", "").strip();
                    contents.add(entry);
                    contentsLine(entry, cells[1].strip());
                } else if (cells.length >= 4) {
                    table = tableRow(table, cells);
                }
                continue;
            }
            table = null;
            if (SESSION_TITLE.matcher(text).matches()) {
                session++;
                headings.clear();
                for (Section section : parsed.sessions().get(session).sections()) {
                    headings.merge(section.heading(), 1, Integer::sum);
                }
                heading(text, "Heading1", true);
            } else if (session < 0 && contents.contains(text)) {
                heading(text, "Heading1", true);
            } else if (session >= 0 && headings.getOrDefault(text, 0) > 0) {
                headings.merge(text, -1, Integer::sum);
                heading(text, "Heading2", false);
            } else if (BYLINE.matcher(text).matches()) {
                XWPFParagraph byline = doc.createParagraph();
                byline.setStyle("Subtitle");
                byline.createRun().setText(text);
            } else if (LIST_ITEM.matcher(first).matches()) {
                listItem(first);
            } else {
                plain(paragraph);
            }
        }
        if (session + 1 != parsed.sessions().size()) {
            throw new IllegalStateException("Wrote " + (session + 1) + " session titles, expected "
                    + parsed.sessions().size());
        }
    }

    private void coverLine(List<String> paragraph) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        String text = String.join(" ", paragraph);
        boolean title = paragraph.size() > 1;
        p.setStyle(title ? "Title" : "Normal");
        p.setSpacingBefore(title ? 2400 : 600);
        for (int i = 0; i < paragraph.size(); i++) {
            XWPFRun run = p.createRun();
            if (!title) {
                run.setFontSize(text.startsWith("WSIS") ? 40 : text.contains("|") ? 12 : 18);
                run.setBold(text.startsWith("WSIS") || text.startsWith("HIGH"));
                run.setColor("1F4E79");
            }
            run.setText(paragraph.get(i).strip());
            if (i + 1 < paragraph.size()) {
                run.addBreak();
            }
        }
    }

    private void contentsLine(String entry, String page) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Contents1");
        CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(9000));
        XWPFRun run = p.createRun();
        run.setText(entry);
        run.addTab();
        run.setText(page);
    }

    private void heading(String text, String style, boolean newPage) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.setPageBreak(newPage);
        p.createRun().setText(text);
        lists.end();
    }

    private void plain(List<String> lines) {
        XWPFParagraph p = doc.createParagraph();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher url = URL.matcher(line);
            int at = 0;
            while (url.find()) {
                text(p, line.substring(at, url.start()).replaceAll("<$", ""));
                String link = url.group().replaceAll(">$", "");
                XWPFHyperlinkRun run = p.createHyperlinkRun(link);
                run.setText(link);
                run.setStyle("Hyperlink");
                at = url.end();
            }
            XWPFRun rest = text(p, line.substring(at));
            if (i + 1 < lines.size()) {
                rest.addBreak();
            }
        }
        lists.end();
    }

    private static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setText(text);
        return run;
    }

    private void listItem(String line) {
        Matcher item = LIST_ITEM.matcher(line);
        item.matches();
        int level = item.group(1).isEmpty() ? 0 : 1;
        String marker = item.group(2);
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListParagraph");
        p.setNumID(lists.numFor(marker, level));
        p.setNumILvl(BigInteger.valueOf(level));
        String text = item.group(3);
        int colon = text.indexOf(':');
        // Lead-ins such as "Infrastructure Expansion:" were bold in the published report.
        if (colon > 0 && colon < 60 && text.substring(0, colon).split(" ").length <= 6) {
            XWPFRun lead = p.createRun();
            lead.setBold(true);
            lead.setText(text.substring(0, colon + 1));
            text(p, text.substring(colon + 1));
        } else {
            text(p, text);
        }
    }

    private XWPFTable tableRow(XWPFTable table, String[] cells) {
        XWPFTableRow row;
        boolean header = table == null;
        if (header) {
            table = doc.createTable(1, cells.length);
            var grid = table.getCTTbl().getTblGrid() == null
                    ? table.getCTTbl().addNewTblGrid()
                    : table.getCTTbl().getTblGrid();
            for (int i = 0; i < cells.length; i++) {
                (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol())
                        .setW(BigInteger.valueOf(COLUMN_TWIPS[Math.min(i, COLUMN_TWIPS.length - 1)]));
            }
            table.setCellMargins(80, 100, 80, 100);
            row = table.getRow(0);
            row.setRepeatHeader(true);
        } else {
            row = table.createRow();
        }
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(COLUMN_TWIPS[Math.min(i, COLUMN_TWIPS.length - 1)]));
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("TableText");
            String value = cells[i].strip();
            if (header) {
                cell.setColor("1F4E79");
                XWPFRun run = p.createRun();
                run.setBold(true);
                run.setColor("FFFFFF");
                run.setText(value);
                continue;
            }
            Matcher url = URL.matcher(value);
            if (url.find()) {
                String title = value.substring(0, url.start()).strip();
                XWPFHyperlinkRun run = p.createHyperlinkRun(url.group());
                run.setText(title);
                run.setStyle("Hyperlink");
            } else {
                p.createRun().setText(value);
            }
        }
        return table;
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
        XWPFHeader header = policy.createHeader(STHdrFtr.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setStyle("Header");
        top.setAlignment(ParagraphAlignment.RIGHT);
        top.createRun().setText(runningTitle);
        XWPFFooter footer = policy.createFooter(STHdrFtr.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle("Footer");
        bottom.setAlignment(ParagraphAlignment.CENTER);
        bottom.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private void defineStyles() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Normal", "Normal", null, 11, false, false, "000000", 0, 160);
        style(styles, "Title", "Title", 0, 28, true, false, "1F4E79", 240, 240);
        style(styles, "Subtitle", "Subtitle", null, 11, false, true, "404040", 0, 240);
        style(styles, "Heading1", "heading 1", 0, 16, true, false, "1F4E79", 0, 200);
        style(styles, "Heading2", "heading 2", 1, 13, true, false, "2E74B5", 200, 100);
        style(styles, "Header", "header", null, 8, false, false, "7F7F7F", 0, 0);
        style(styles, "Footer", "footer", null, 9, false, false, "404040", 0, 0);
        style(styles, "Contents1", "toc 1", null, 10, false, false, "000000", 0, 60);
        style(styles, "ListParagraph", "List Paragraph", null, 11, false, false, "000000", 0, 80);
        style(styles, "TableText", "Table Contents", null, 9, false, false, "000000", 0, 0);
        CTStyle link = CTStyle.Factory.newInstance();
        link.setType(STStyleType.CHARACTER);
        link.setStyleId("Hyperlink");
        link.addNewName().setVal("Hyperlink");
        CTRPr linkRun = link.addNewRPr();
        linkRun.addNewColor().setVal("0563C1");
        linkRun.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
        styles.addStyle(new XWPFStyle(link, styles));
    }

    private static void style(
            XWPFStyles styles,
            String id,
            String name,
            Integer outline,
            int points,
            boolean bold,
            boolean italic,
            String color,
            int before,
            int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(264));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
        }
        CTRPr run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewColor().setVal(color);
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** Numbering definitions: one bullet list shared by all, a fresh number sequence at each "1." or "a.". */
    private static final class Lists {
        private final XWPFNumbering numbering;
        private final BigInteger bullets;
        private final BigInteger decimalAbstract;
        private final BigInteger letterAbstract;
        private BigInteger decimal;
        private BigInteger letters;

        Lists(XWPFNumbering numbering) {
            this.numbering = numbering;
            this.bullets = numbering.addNum(abstractNum(0, STNumberFormat.BULLET, "•"));
            this.decimalAbstract = abstractNum(1, STNumberFormat.DECIMAL, "%1.");
            this.letterAbstract = abstractNum(2, STNumberFormat.LOWER_LETTER, "%1.");
        }

        BigInteger numFor(String marker, int level) {
            if (level > 0 || !Character.isLetterOrDigit(marker.charAt(0))) {
                return bullets;
            }
            if (Character.isDigit(marker.charAt(0))) {
                if (decimal == null || marker.startsWith("1")) {
                    decimal = restarted(decimalAbstract);
                }
                return decimal;
            }
            if (letters == null || marker.startsWith("a")) {
                letters = restarted(letterAbstract);
            }
            return letters;
        }

        /** A new list on the definition that starts again at 1 (or a) instead of going on from the last one. */
        private BigInteger restarted(BigInteger definition) {
            BigInteger numId = numbering.addNum(definition);
            var override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            return numId;
        }

        void end() {
            decimal = null;
        }

        private BigInteger abstractNum(int id, STNumberFormat.Enum format, String text) {
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.valueOf(id));
            for (int level = 0; level < 2; level++) {
                CTLvl lvl = definition.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(level == 0 ? format : STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(level == 0 ? text : "◦");
                var indent = lvl.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(720L + 360L * level));
                indent.setHanging(BigInteger.valueOf(360));
            }
            return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        }
    }
}
