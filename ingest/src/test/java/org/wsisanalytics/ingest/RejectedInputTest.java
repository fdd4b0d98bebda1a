package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

/** One test per kind of bad PDF or Word input: each is rejected with a one-line reason. */
class RejectedInputTest {

    private static final String SUMMARY_LINE = "Leaders TalkX: Click to govern";

    @TempDir
    Path folder;

    private final DocumentIngestor ingestor = new DocumentIngestor(IngestLimits.defaults());

    @Test
    void rejectsEmptyPdfAndWordFiles() throws Exception {
        assertThatThrownBy(() -> read(write("notes.pdf", new byte[0])))
                .hasMessage("Cannot read 'notes.pdf': the file is empty; it was skipped. Export the document again.");
        assertThatThrownBy(() -> read(write("notes.docx", new byte[0])))
                .hasMessage("Cannot read 'notes.docx': the file is empty; it was skipped. Export the document again.");
    }

    @Test
    void rejectsAPdfThatIsReallyTextOrAWebPageAndSaysSo() throws Exception {
        assertThatThrownBy(() -> read(
                        write("report.pdf", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'report.pdf': the file is not a PDF document but an HTML page; it was skipped."
                        + " Rename it to .html if that is what it should be, or export the document again.");
        assertThatThrownBy(() -> read(
                        write("notes.pdf", "Leaders TalkX: <p>Click to govern</p>".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("Cannot read 'notes.pdf': the file is not a PDF document but plain text; it was skipped."
                        + " Rename it to .txt if that is what it should be, or export the document again.");
    }

    @Test
    void rejectsATextFileThatIsReallyAPdfAndSaysSo() throws Exception {
        assertThatThrownBy(() -> read(write("notes.txt", pdf(SUMMARY_LINE))))
                .hasMessage("Cannot read 'notes.txt': the file is not plain text but a PDF document; it was skipped."
                        + " Rename it to .pdf if that is what it should be, or export the document again.");
    }

    @Test
    void rejectsAWordFileThatIsNotAZipOrNotWord() throws Exception {
        assertThatThrownBy(
                        () -> read(write("notes.docx", "Leaders TalkX: plain text".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("Cannot read 'notes.docx': the file is not a Word document but plain text; it was skipped."
                        + " Rename it to .txt if that is what it should be, or export the document again.");
        assertThatThrownBy(() -> read(
                        write("sheet.docx", zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)))))
                .hasMessage(
                        "Cannot read 'sheet.docx': the file is not a Word document but a zip archive that is neither a"
                                + " Word document nor an OpenDocument text; it was skipped."
                                + " Export the document again as .txt, .md, .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf.");
        byte[] legacy = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
        };
        assertThatThrownBy(() -> read(write("old.docx", legacy)))
                .hasMessage(
                        "Cannot read 'old.docx': the file is not a Word document but an Office 97-2003 file other than"
                                + " a Word document (a spreadsheet, a presentation, a mail or a password-protected Office file); it"
                                + " was skipped. Export the document again as .txt, .md, .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf.");
    }

    @Test
    void rejectsACorruptPdf() throws Exception {
        byte[] whole = pdf(SUMMARY_LINE);
        byte[] truncated = Arrays.copyOf(whole, 60);

        // PDFBox's own words stay with the cause, for the debug log.
        assertThatThrownBy(() -> read(write("broken.pdf", truncated)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'broken.pdf': the PDF is damaged and cannot be read; it was skipped."
                        + " Export the document to PDF again.")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void rejectsADamagedWordDocumentInOurWords() throws Exception {
        // A download cut off inside the main part, and a main part whose XML breaks off.
        byte[] whole = docx(SUMMARY_LINE);
        int main = new String(whole, StandardCharsets.ISO_8859_1).indexOf("word/document.xml");
        byte[] truncated = Arrays.copyOf(whole, main + 40);
        byte[] brokenXml = zip("word/document.xml", "<w:document><w:body><w:p>".getBytes(StandardCharsets.UTF_8));

        for (byte[] damaged : new byte[][] {truncated, brokenXml}) {
            assertThatThrownBy(() -> read(write("minutes.docx", damaged)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageMatching("Cannot read 'minutes\\.docx': (the Word document is damaged and cannot be read"
                            + "|the file is not a Word document \\(the package is not valid Office Open XML\\)); it was"
                            + " skipped\\. Open it in Word and save it again as \\.docx\\.");
        }
    }

    @Test
    void rejectsAZipBombWhosePartDeclaresItsSizeWithoutPoisAdvice() throws Exception {
        // A part that declares its size up front (as zip tools write it) is refused by POI before the inflate
        // ratio is checked, with "Tried to allocate an array of length ... please open an issue on bugzilla".
        byte[] bomb = zipWithSizes("word/document.xml", 120 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);

        assertThatThrownBy(() -> read(write("bomb.docx", bomb)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'bomb.docx': it looks like a zip bomb (a part expands to 120 MB, more than the"
                        + " limit of 95 MB); it was skipped. The file was not unpacked; ask the sender for the original"
                        + " document.");
    }

    @Test
    void rejectsAnEncryptedPdf() throws Exception {
        byte[] encrypted;
        try (PDDocument document = document(SUMMARY_LINE)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            encrypted = save(document);
        }

        assertThatThrownBy(() -> read(write("notes.pdf", encrypted)))
                .hasMessage("Cannot read 'notes.pdf': the file is encrypted (password required); it was skipped."
                        + " Save an unprotected copy of the PDF and run again.");
    }

    @Test
    void rejectsAZipBombDocxWithoutUnpackingIt() throws Exception {
        // 20 MB of blanks compress to about 20 KB: a ratio of some 1000:1, where POI allows 100:1.
        byte[] xml = new byte[20 * 1024 * 1024];
        Arrays.fill(xml, (byte) ' ');
        byte[] bomb = zip("word/document.xml", xml);
        assertThat(bomb.length).isLessThan(100 * 1024);

        assertThatThrownBy(() -> read(write("bomb.docx", bomb)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageMatching(
                        "Cannot read 'bomb\\.docx': it looks like a zip bomb \\(compression ratio \\d{3,}:1 in"
                                + " word/document\\.xml, more than the allowed 100:1\\); it was skipped\\. The file was not unpacked;"
                                + " ask the sender for the original document\\.");
    }

    @Test
    void rejectsFilesOverTheSizePageAndTextLimits() throws Exception {
        Path big = write("big.pdf", pdf(SUMMARY_LINE, 2 * 1024 * 1024));
        assertThatThrownBy(() -> new DocumentIngestor(new IngestLimits(1024 * 1024)).read(big, source(big)))
                .hasMessage("Cannot read 'big.pdf': the file is 2.0 MB, more than the limit of 1.0 MB; it was skipped."
                        + " Split the document or raise the file size limit.");

        Path twoPages = write("long.pdf", pdf(SUMMARY_LINE, SUMMARY_LINE));
        assertThatThrownBy(() ->
                        new DocumentIngestor(new IngestLimits(1024 * 1024, 1, 1000)).read(twoPages, source(twoPages)))
                .hasMessage("Cannot read 'long.pdf': the PDF has 2 pages, more than the limit of 1; it was skipped."
                        + " Split the document or raise the page limit.");

        Path wordy = write("wordy.docx", docx("x".repeat(200)));
        assertThatThrownBy(
                        () -> new DocumentIngestor(new IngestLimits(1024 * 1024, 10, 100)).read(wordy, source(wordy)))
                .hasMessage(
                        "Cannot read 'wordy.docx': its text is longer than the limit of 100 characters; it was skipped."
                                + " Split the document or raise the text size limit.");
    }

    @Test
    void readsPdfAndWordFilesWithoutSessionsAsOneUnit() throws Exception {
        ParsedDocument word =
                read(write("minutes.docx", docx("Minutes of the budget meeting", "Ghana chaired the meeting.")));
        // One line per page: the PDF reader carries the unfinished first line over to the second page.
        ParsedDocument pdf =
                read(write("minutes.pdf", pdf("Minutes of the budget meeting", "Ghana chaired the meeting.")));

        assertThat(word.sessions())
                .extracting(Session::title, Session::structure)
                .containsExactly(tuple("Minutes of the budget meeting", StructureLayer.WHOLE));
        assertThat(word.sessions().get(0).sections())
                .extracting(Section::text)
                .containsExactly("Ghana chaired the meeting.");
        // The PDF's two lines became one sentence, which is no title: the unit is named after the file.
        assertThat(pdf.sessions())
                .extracting(Session::title, Session::structure)
                .containsExactly(tuple("minutes", StructureLayer.WHOLE));
    }

    @Test
    void rejectsAPdfWithoutText() throws Exception {
        byte[] blank;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            blank = save(document);
        }

        assertThatThrownBy(() -> read(write("scan.pdf", blank)))
                .hasMessage("Cannot read 'scan.pdf': the PDF contains no text (it may be scanned images only); it was"
                        + " skipped. Run it through OCR or ask for a text-based PDF.");
    }

    @Test
    void readsSmallPdfAndWordSummaries() throws Exception {
        String[] lines = {
            SUMMARY_LINE,
            "Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng",
            "Ministers from Türkiye and Costa Rica met."
        };
        ParsedDocument fromPdf = read(write("notes.pdf", pdf(lines)));
        ParsedDocument fromWord = read(write("notes.docx", docx(lines)));

        for (ParsedDocument document : new ParsedDocument[] {fromPdf, fromWord}) {
            assertThat(document.sessions()).singleElement().satisfies(session -> {
                assertThat(session.title()).isEqualTo("Click to govern");
                assertThat(session.facilitator()).isEqualTo("Yuhan Zheng");
                assertThat(session.sections().get(0).text()).isEqualTo("Ministers from Türkiye and Costa Rica met.");
            });
        }
    }

    /** A PDF with one line of text per page, or one page with the lines one under the other. */
    private static byte[] pdf(String... pages) throws IOException {
        try (PDDocument document = pages.length == 3 ? document(pages) : new PDDocument()) {
            if (pages.length != 3) {
                for (String text : pages) {
                    addPage(document, text);
                }
            }
            return save(document);
        }
    }

    /** A one-page PDF padded with an uncompressed comment to the given size. */
    private static byte[] pdf(String text, int size) throws IOException {
        byte[] content = pdf(text);
        byte[] padded = Arrays.copyOf(content, size);
        Arrays.fill(padded, content.length, size, (byte) '\n');
        return padded;
    }

    private static PDDocument document(String... lines) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -30);
            }
            content.endText();
        }
        return document;
    }

    private static void addPage(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A package whose entry of blanks declares its sizes in its local header, as Info-ZIP and Python write it. */
    private static byte[] zipWithSizes(String entry, int blanks) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            zip.putArchiveEntry(new ZipArchiveEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry(entry));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (int written = 0; written < blanks; written += block.length) {
                zip.write(block, 0, Math.min(block.length, blanks - written));
            }
            zip.closeArchiveEntry();
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private ParsedDocument read(Path file) throws Exception {
        return ingestor.read(file, source(file));
    }

    private static DocumentSource source(Path file) throws IOException {
        return new DocumentSource(file.getFileName().toString(), file.toString(), "0".repeat(64), Files.size(file));
    }
}
