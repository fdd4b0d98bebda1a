package org.wsisanalytics.samples.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the Word and PDF documents of the layout corpus ({@code samples/corpus/}) from their sources in
 * {@code src/test/resources/corpus-sources/}, a {@code main} run by hand (not a test). The sources use a small
 * markup: {@code = } title, {@code ~ } subtitle, {@code # }/{@code ## } headings, {@code ! } a bold paragraph
 * (a form's question), {@code | a | b |} table rows (the first row of a table is its header), {@code <<page>>}
 * a page break; other lines are paragraphs, blank lines between them. The words of the output are exactly
 * those of the source, so the hand annotations next to each output can be checked against the source.
 *
 * <p>Usage: {@code CorpusDocumentGenerator SOURCE_DIR OUTPUT_DIR}. LibreOffice is not needed: the PDFs are
 * drawn with PDFBox, either as a word processor would print them (headings larger and bold, a contents page)
 * or "flattened" (one font size throughout, hard line ends, running header and page markers on every page).
 */
public final class CorpusDocumentGenerator {

    enum Kind {
        TITLE,
        SUBTITLE,
        H1,
        H2,
        BOLD,
        PARA,
        TABLE,
        PAGE
    }

    record Block(Kind kind, String text, List<List<String>> rows) {}

    private CorpusDocumentGenerator() {}

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path out = Path.of(args[1]);
        docx(
                read(sources.resolve("submission-who-c7-ehealth-2025.txt")),
                "WSIS+20 review: written submission",
                out.resolve("submission-who-c7-ehealth-2025.docx"));
        docx(
                read(sources.resolve("prizes-2025-champions.txt")),
                "WSIS Prizes 2025",
                out.resolve("prizes-2025-champions.docx"));
        pdf(
                read(sources.resolve("cstd-2025-note-flattened.txt")),
                true,
                "E/CN.16/2025/CRP.2",
                out.resolve("cstd-2025-note-flattened.pdf"));
        pdf(
                read(sources.resolve("stocktaking-2025-regional-highlights.txt")),
                false,
                "WSIS Stocktaking 2025",
                out.resolve("stocktaking-2025-regional-highlights.pdf"));
    }

    static List<Block> read(Path source) throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|") && !table.isEmpty()) {
                blocks.add(new Block(Kind.TABLE, "", List.copyOf(table)));
                table.clear();
            }
            if (line.isBlank()) {
                flush(para, blocks);
            } else if (line.startsWith("|")) {
                flush(para, blocks);
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                    cells.add(cell.strip());
                }
                table.add(cells);
            } else if (line.equals("<<page>>")) {
                flush(para, blocks);
                blocks.add(new Block(Kind.PAGE, "", List.of()));
            } else if (para.isEmpty() && marker(line) != null) {
                blocks.add(new Block(
                        marker(line), line.substring(line.indexOf(' ') + 1).strip(), List.of()));
            } else {
                para.append(para.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(para, blocks);
        if (!table.isEmpty()) {
            blocks.add(new Block(Kind.TABLE, "", List.copyOf(table)));
        }
        return blocks;
    }

    private static Kind marker(String line) {
        if (line.startsWith("= ")) {
            return Kind.TITLE;
        } else if (line.startsWith("~ ")) {
            return Kind.SUBTITLE;
        } else if (line.startsWith("## ")) {
            return Kind.H2;
        } else if (line.startsWith("# ")) {
            return Kind.H1;
        } else if (line.startsWith("! ")) {
            return Kind.BOLD;
        }
        return null;
    }

    private static void flush(StringBuilder para, List<Block> blocks) {
        if (!para.isEmpty()) {
            blocks.add(new Block(Kind.PARA, para.toString(), List.of()));
            para.setLength(0);
        }
    }

    // ---- Word

    static void docx(List<Block> blocks, String runningTitle, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(target)) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Normal", "Normal", null, 11, false);
            style(styles, "Title", "Title", 0, 24, true);
            style(styles, "Subtitle", "Subtitle", null, 12, false);
            style(styles, "Heading1", "heading 1", 0, 16, true);
            style(styles, "Heading2", "heading 2", 1, 13, true);
            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(runningTitle);
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.setAlignment(ParagraphAlignment.CENTER);
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            for (Block block : blocks) {
                switch (block.kind()) {
                    case TITLE -> styled(doc, "Title", block.text(), false);
                    case SUBTITLE -> styled(doc, "Subtitle", block.text(), false);
                    case H1 -> styled(doc, "Heading1", block.text(), false);
                    case H2 -> styled(doc, "Heading2", block.text(), false);
                    case BOLD -> styled(doc, "Normal", block.text(), true);
                    case PARA -> styled(doc, "Normal", block.text(), false);
                    case PAGE -> doc.createParagraph().setPageBreak(true);
                    case TABLE -> table(doc, block.rows());
                }
            }
            doc.write(out);
        }
    }

    private static void styled(XWPFDocument doc, String style, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setBold(r == 0);
                run.setText(rows.get(r).get(c));
            }
        }
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
        style.addNewQFormat();
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

    // ---- PDF

    private record Line(String text, PDFont font, float size, float gapBefore, float leading) {}

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    /**
     * Lays the blocks out in lines, cuts them into pages and draws them. {@code flattened} draws every line in
     * the body font (as a PDF made by flattening a printout does), with "Page n of N" at the top and "- n/N -"
     * at the bottom; otherwise titles and headings are larger and bold and pages have a running title and a
     * page number.
     */
    static void pdf(List<Block> blocks, boolean flattened, String runningTitle, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "LiberationSerif-Regular.ttf");
            PDFont bold = font(doc, "LiberationSerif-Bold.ttf");
            PDFont italic = font(doc, "LiberationSerif-Italic.ttf");
            float body = flattened ? 12 : 11;
            float leading = flattened ? 1.6f : 1.3f;
            List<List<Line>> pages = new ArrayList<>();
            List<Line> page = new ArrayList<>();
            float used = 0;
            float capacity = PDRectangle.A4.getHeight() - 2 * MARGIN - 40;
            for (Block block : blocks) {
                if (block.kind() == Kind.PAGE) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    continue;
                }
                PDFont font = flattened
                        ? regular
                        : switch (block.kind()) {
                            case TITLE, H1, H2, BOLD -> bold;
                            case SUBTITLE -> italic;
                            default -> regular;
                        };
                float size = flattened
                        ? body
                        : switch (block.kind()) {
                            case TITLE -> 24;
                            case H1 -> 16;
                            case H2, SUBTITLE -> 13;
                            default -> body;
                        };
                List<String> wrapped = wrap(block.text(), font, size);
                for (int i = 0; i < wrapped.size(); i++) {
                    float gap = i == 0 ? size * (block.kind() == Kind.H1 ? 1.2f : 0.6f) : 0;
                    float height = size * leading + gap;
                    if (used + height > capacity) {
                        pages.add(page);
                        page = new ArrayList<>();
                        used = 0;
                        gap = 0;
                        height = size * leading;
                    }
                    page.add(new Line(wrapped.get(i), font, size, gap, leading));
                    used += height;
                }
            }
            pages.add(page);
            for (int n = 1; n <= pages.size(); n++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                    float top = PDRectangle.A4.getHeight() - MARGIN;
                    if (flattened) {
                        text(content, regular, 9, MARGIN, top + 24, runningTitle);
                        String of = "Page " + n + " of " + pages.size();
                        text(content, regular, 9, MARGIN + WIDTH - regular.getStringWidth(of) / 1000 * 9, top + 24, of);
                        String marker = "- " + n + "/" + pages.size() + " -";
                        text(
                                content,
                                regular,
                                9,
                                MARGIN + WIDTH / 2 - regular.getStringWidth(marker) / 2000 * 9,
                                MARGIN - 24,
                                marker);
                    } else if (n > 1) {
                        text(
                                content,
                                italic,
                                9,
                                MARGIN + WIDTH - italic.getStringWidth(runningTitle) / 1000 * 9,
                                top + 24,
                                runningTitle);
                        String number = String.valueOf(n);
                        text(content, regular, 9, MARGIN + WIDTH / 2, MARGIN - 24, number);
                    }
                    float y = top;
                    for (Line line : pages.get(n - 1)) {
                        y -= line.gapBefore() + line.size() * line.leading();
                        text(content, line.font(), line.size(), MARGIN, y, line.text());
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(runningTitle);
            info.setCreationDate(
                    java.util.GregorianCalendar.from(java.time.ZonedDateTime.parse("2025-06-30T12:00:00Z")));
            doc.save(target.toFile());
        }
    }

    private static PDFont font(PDDocument doc, String name) throws IOException {
        try (InputStream in = CorpusDocumentGenerator.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IOException("Font " + name + " is not on the class path (openpdf-fonts-extra).");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
