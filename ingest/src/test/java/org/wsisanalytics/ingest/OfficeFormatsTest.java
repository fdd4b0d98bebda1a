package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.ingest.odt.OdtFiles;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

/**
 * OpenDocument text, Word 97-2003 and RTF through the entry point: what is read, what is rejected and with
 * which words. The sniffing itself is in {@link DocumentFormatTest}, the readers' rules in their packages' tests.
 */
class OfficeFormatsTest {

    private static final String BODY = "<text:h text:outline-level=\"1\">Session 231: Click to govern</text:h>"
            + "<text:h text:outline-level=\"2\">Introduction</text:h><text:p>Speakers from Kenya discussed Action Line C7.</text:p>"
            + "<text:h text:outline-level=\"2\">Key issues</text:h><text:p>Costs in Chile.</text:p>"
            + "<text:h text:outline-level=\"1\">Session 232: Moral pixels</text:h>"
            + "<text:h text:outline-level=\"2\">Introduction</text:h><text:p>Ethics in Ghana, Action Line C10.</text:p>"
            + "<text:h text:outline-level=\"2\">Key issues</text:h><text:p>Trust in Peru.</text:p>";

    @TempDir
    Path folder;

    private final DocumentIngestor ingestor = new DocumentIngestor(IngestLimits.defaults());

    @Test
    void readsAnOpenDocumentTextByItsHeadings() throws Exception {
        ParsedDocument document = read(write("programme.odt", OdtFiles.odt("", "", BODY)));

        assertThat(document.sessions())
                .extracting(Session::title, Session::sessionId)
                .containsExactly(
                        tuple("Session 231: Click to govern", "231"), tuple("Session 232: Moral pixels", "232"));
        assertThat(document.sessions().get(1).sections())
                .extracting(Section::heading, Section::text)
                .containsExactly(
                        tuple("Introduction", "Ethics in Ghana, Action Line C10."),
                        tuple("Key issues", "Trust in Peru."));
    }

    @Test
    void readsAnOpenDocumentTextOrAWordDocumentWithoutAnExtensionByItsContent() throws Exception {
        ParsedDocument odt = read(write("programme", OdtFiles.odt("", "", BODY)));
        ParsedDocument doc = read(write("summary", smallDoc()));

        assertThat(odt.sessions()).hasSize(2);
        // One session under the document's title: too few headings for an outline, so the whole document is one unit.
        assertThat(doc.title()).isEqualTo("Forum 2025: Session Summaries");
        assertThat(doc.sessions())
                .extracting(Session::title, Session::structure)
                .containsExactly(tuple("Forum 2025: Session Summaries", StructureLayer.WHOLE));
        assertThat(doc.sessions().get(0).sections())
                .extracting(Section::text)
                .anyMatch(text ->
                        text.contains("Speakers from Kenya and Chile discussed Action Line C3, see the session page."));
    }

    /** Word saves RTF under the .doc name it was opened with when "Rich Text Format" is chosen in Save As. */
    @Test
    void readsRtfAfterAUtf8ByteOrderMark() throws Exception {
        byte[] rtf =
                ("\uFEFF{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2\\sbasedon0 heading 2;}}"
                                + "\\pard\\s1 Session 231: Click to govern\\par\\pard\\s2 Introduction\\par"
                                + "\\pard Speakers from Kenya discussed Action Line C7.\\par"
                                + "\\pard\\s1 Session 232: Moral pixels\\par\\pard\\s2 Introduction\\par"
                                + "\\pard Ethics in Ghana, Action Line C10.\\par}")
                        .getBytes(StandardCharsets.UTF_8);

        ParsedDocument document = read(write("programme.rtf", rtf));

        assertThat(document.sessions())
                .extracting(Session::title, Session::sessionId)
                .containsExactly(
                        tuple("Session 231: Click to govern", "231"), tuple("Session 232: Moral pixels", "232"));
        assertThat(document.sessions().get(0).sections())
                .extracting(Section::heading, Section::text)
                .containsExactly(tuple("Introduction", "Speakers from Kenya discussed Action Line C7."));
    }

    @Test
    void readsRtfUnderItsOwnNameUnderADocNameAndWithoutAnExtension() throws Exception {
        byte[] rtf =
                ("{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2\\sbasedon0 heading 2;}}"
                                + "\\pard\\s1 Session 231: Click to govern\\par\\pard\\s2 Introduction\\par"
                                + "\\pard Speakers from Kenya discussed Action Line C7.\\par\\pard\\s2 Key issues\\par"
                                + "\\pard Costs in Chile.\\par\\pard\\s1 Session 232: Moral pixels\\par\\pard\\s2 Introduction\\par"
                                + "\\pard Ethics in Ghana, Action Line C10.\\par\\pard\\s2 Key issues\\par\\pard Trust in Peru.\\par}")
                        .getBytes(StandardCharsets.US_ASCII);

        for (String name : new String[] {"programme.rtf", "programme.doc", "programme"}) {
            ParsedDocument document = read(write(name, rtf));

            assertThat(document.sessions())
                    .extracting(Session::title, Session::sessionId)
                    .containsExactly(
                            tuple("Session 231: Click to govern", "231"), tuple("Session 232: Moral pixels", "232"));
            assertThat(document.sessions().get(1).sections())
                    .extracting(Section::heading, Section::text)
                    .containsExactly(
                            tuple("Introduction", "Ethics in Ghana, Action Line C10."),
                            tuple("Key issues", "Trust in Peru."));
        }
    }

    @Test
    void rejectsRtfCutShortOrNamedAsAnotherFormat() throws Exception {
        byte[] rtf = "{\\rtf1\\ansi{\\b Leaders TalkX: Click to govern}\\par Speakers from Kenya.\\par}"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> read(write("cut.rtf", Arrays.copyOf(rtf, 30))))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'cut.rtf': the RTF document cannot be read: it is cut short (2 groups are not"
                        + " closed); it was skipped. Open it in Word or LibreOffice and save it again (as .rtf, .docx or"
                        + " .odt).");
        assertThatThrownBy(() -> read(write("minutes.docx", rtf)))
                .hasMessage("Cannot read 'minutes.docx': the file is not a Word document but an RTF document; it was"
                        + " skipped. Rename it to .rtf if that is what it should be, or export the document again.");
        assertThatThrownBy(() -> read(write("report.rtf", docx())))
                .hasMessage("Cannot read 'report.rtf': the file is not an RTF document but a Word document; it was"
                        + " skipped. Rename it to .docx if that is what it should be, or export the document again.");
    }

    @Test
    void rejectsOfficeFilesWhoseContentIsNotWhatTheirNameSays() throws Exception {
        Map<String, byte[]> sheet = new LinkedHashMap<>();
        sheet.put("content.xml", OdtFiles.utf8("<office:document-content/>"));

        assertThatThrownBy(() -> read(write("report.odt", docx())))
                .hasMessage("Cannot read 'report.odt': the file is not an OpenDocument text but a Word document; it was"
                        + " skipped. Rename it to .docx if that is what it should be, or export the document again.");
        assertThatThrownBy(() -> read(write("report.doc", OdtFiles.odt("", "", BODY))))
                .hasMessage(
                        "Cannot read 'report.doc': the file is not a Word 97-2003 document but an OpenDocument text; it"
                                + " was skipped. Rename it to .odt if that is what it should be, or export the document again.");
        assertThatThrownBy(() -> read(
                        write("budget.odt", OdtFiles.zip("application/vnd.oasis.opendocument.spreadsheet", sheet))))
                .hasMessage(
                        "Cannot read 'budget.odt': the file is not an OpenDocument text but a zip archive that is neither"
                                + " a Word document nor an OpenDocument text; it was skipped. Export the document again as .txt, .md,"
                                + " .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf.");
        // A compound file named .doc is opened as one (a truncated .doc may have lost its directory) and then told
        // apart.
        assertThatThrownBy(() -> read(write("budget.doc", workbook())))
                .hasMessage(
                        "Cannot read 'budget.doc': the file is not a Word 97-2003 document but an Office 97-2003 file"
                                + " other than a Word document (a spreadsheet, a presentation, a mail or a password-protected"
                                + " Office file); it was skipped. Save the document as .docx, .doc or PDF.");
    }

    @Test
    void rejectsDamagedFilesInOneLineWithoutTheLibrarysWords() throws Exception {
        byte[] odt = OdtFiles.odt("", "", BODY);
        byte[] doc = smallDoc();

        assertThatThrownBy(() -> read(write("cut.odt", Arrays.copyOf(odt, odt.length / 2))))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("Cannot read 'cut.odt': the OpenDocument file is damaged")
                .hasMessageEndingWith("; it was skipped. Open it in LibreOffice and save it again as .odt.")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> read(write("cut.doc", Arrays.copyOf(doc, doc.length / 3))))
                .hasMessage(
                        "Cannot read 'cut.doc': the Word 97-2003 document is damaged and cannot be read; it was skipped."
                                + " Open it in Word or LibreOffice and save it again as .docx.");
    }

    static byte[] smallDoc() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(OfficeFormatsTest.class.getResourceAsStream("doc/small-summary.doc"))) {
            return in.readAllBytes();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Leaders TalkX: Click to govern");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook() throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            container.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            container.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private ParsedDocument read(Path file) throws Exception {
        return ingestor.read(
                file,
                new DocumentSource(file.getFileName().toString(), file.toString(), "0".repeat(64), Files.size(file)));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
