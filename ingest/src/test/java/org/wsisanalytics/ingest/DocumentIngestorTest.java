package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

class DocumentIngestorTest {

    private static final String SUMMARY = "Leaders TalkX: Click to govern\n\n"
            + "Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng\n\n"
            + "Introduction\n\nMinisters from Türkiye and Costa Rica met.\n";

    @TempDir
    Path folder;

    private final DocumentIngestor ingestor = new DocumentIngestor(IngestLimits.defaults());

    @Test
    void readsAMarkdownSummary() throws Exception {
        ParsedDocument document = read(write("notes.md", SUMMARY.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.sessions()).singleElement().satisfies(session -> {
            assertThat(session.title()).isEqualTo("Click to govern");
            assertThat(session.facilitator()).isEqualTo("Yuhan Zheng");
            assertThat(session.sections())
                    .extracting(Section::heading, Section::text)
                    .containsExactly(tuple("Introduction", "Ministers from Türkiye and Costa Rica met."));
        });
        assertThat(document.source().name()).isEqualTo("notes.md");
    }

    @Test
    void readsWindows1252AndUtf16Files() throws Exception {
        ParsedDocument ansi = read(write("ansi.txt", SUMMARY.getBytes(Charset.forName("windows-1252"))));
        ParsedDocument utf16 = read(write("utf16.txt", SUMMARY.getBytes(StandardCharsets.UTF_16)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = SUMMARY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        ParsedDocument utf8Bom = read(write("bom.txt", withBom));

        for (ParsedDocument document : new ParsedDocument[] {ansi, utf16, utf8Bom}) {
            assertThat(document.sessions().get(0).title()).isEqualTo("Click to govern");
            assertThat(document.sessions().get(0).sections().get(0).text())
                    .isEqualTo("Ministers from Türkiye and Costa Rica met.");
        }
    }

    @Test
    void readsAnHtmlPageByItsContentAlsoWhenItIsNamedTxtOrHasNoExtension() throws Exception {
        String page = "<!DOCTYPE html>\n<html><head><title>Summaries 2025</title><style>p { margin: 0 }</style></head>"
                + "<body><h1>Leaders TalkX: Click to govern</h1>"
                + "<p>Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng</p>"
                + "<h2>Introduction</h2><p>Ministers from T&uuml;rkiye and Costa Rica met.</p></body></html>";

        for (String name : new String[] {"page.html", "page.htm", "page.xhtml", "page.txt", "page.md", "page"}) {
            ParsedDocument document = read(write(name, page.getBytes(StandardCharsets.UTF_8)));

            assertThat(document.title()).as(name).isEqualTo("Summaries 2025");
            assertThat(document.sessions()).as(name).singleElement().satisfies(session -> {
                assertThat(session.title()).isEqualTo("Click to govern");
                assertThat(session.facilitator()).isEqualTo("Yuhan Zheng");
                assertThat(session.sections())
                        .extracting(Section::heading, Section::text)
                        .containsExactly(tuple("Introduction", "Ministers from Türkiye and Costa Rica met."));
            });
        }
    }

    @Test
    void readsAnHtmlFileThatIsOnlyAFragmentAsHtmlAndAMarkdownFileWithTagsAsText() throws Exception {
        String fragment = "<h1>Leaders TalkX: Click to govern</h1>\n"
                + "<p>Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng</p>\n"
                + "<h2>Introduction</h2>\n<p>Ministers from Türkiye\nand Costa Rica met.</p>";

        ParsedDocument html = read(write("fragment.html", fragment.getBytes(StandardCharsets.UTF_8)));
        ParsedDocument markdown = read(write(
                "notes.md",
                SUMMARY.replace("Introduction", "<i>Introduction</i>").getBytes(StandardCharsets.UTF_8)));

        assertThat(html.sessions().get(0).sections().get(0).text())
                .isEqualTo("Ministers from Türkiye and Costa Rica met.");
        assertThat(markdown.sessions().get(0).sections())
                .extracting(Section::heading)
                .containsExactly("Introduction");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        assertThatThrownBy(() -> read(write("notes.txt", new byte[0])))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'notes.txt': the file is empty; it was skipped. Export the document again.");
    }

    @Test
    void rejectsAFileOfBlanksOnly() throws Exception {
        assertThatThrownBy(() -> read(write("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessage(
                        "Cannot read 'blank.txt': the file contains no text; it was skipped. Export the document again.");
    }

    @Test
    void rejectsAFileOverTheSizeLimitWithoutReadingIt() throws Exception {
        Path file = write("big.txt", new byte[2 * 1024 * 1024]);
        DocumentIngestor small = new DocumentIngestor(new IngestLimits(1024 * 1024));

        assertThatThrownBy(() -> small.read(file, source(file)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'big.txt': the file is 2.0 MB, more than the limit of 1.0 MB; it was skipped."
                        + " Split the document or raise the file size limit.");
    }

    @Test
    void rejectsAFormatNotSupportedAndSaysWhichAre() throws Exception {
        Path pages = write("notes.pages", "Leaders TalkX: Click to govern".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> read(pages))
                .hasMessage(
                        "Cannot read 'notes.pages': the format '.pages' is not supported; it was skipped."
                                + " Supported formats: .txt, .md, .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf.");
    }

    @Test
    void readsATextWithoutTemplateOrOutlineAsOneUnit() throws Exception {
        ParsedDocument document =
                read(write("minutes.txt", "Minutes\n\nWe discussed the budget.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(document.sessions())
                .extracting(Session::index, Session::title, Session::structure)
                .containsExactly(tuple(1, "Minutes", StructureLayer.WHOLE));
        assertThat(document.sessions().get(0).sections())
                .extracting(Section::text)
                .containsExactly("We discussed the budget.");
        assertThat(document.findings()).extracting(Finding::check).containsExactly("structure-whole");
    }

    @Test
    void rejectsBinaryContentBehindATextExtension() throws Exception {
        assertThatThrownBy(() -> read(write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})))
                .hasMessage("Cannot read 'photo.txt': the file is not text (it contains binary data); it was skipped."
                        + " Save the document as plain text or Markdown.");
    }

    @Test
    void rejectsAMissingFile() {
        Path missing = folder.resolve("gone.txt");
        DocumentSource source = new DocumentSource("gone.txt", missing.toString(), "0".repeat(64), 0);

        assertThatThrownBy(() -> ingestor.read(missing, source))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'gone.txt': the file does not exist; it was skipped. Check the input path.");
    }

    private ParsedDocument read(Path file) throws Exception {
        return ingestor.read(file, source(file));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static DocumentSource source(Path file) throws IOException {
        return new DocumentSource(file.getFileName().toString(), file.toString(), "0".repeat(64), Files.size(file));
    }
}
