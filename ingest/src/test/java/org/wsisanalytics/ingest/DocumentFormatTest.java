package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.ingest.odt.OdtFiles;

class DocumentFormatTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>",
                "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
                "<html lang=\"en\">",
                "<HTML>",
                "  \n\t<head><title>Page</title></head>",
                "<body>text",
                "<!-- saved from url=(0042)https://www.itu.int/ -->\n<html>",
                "<!-- one --><!-- two -->\n<!DOCTYPE html>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">",
                "\uFEFF<!DOCTYPE html>",
            })
    void recognisesHtmlByItsFirstTag(String start) {
        assertThat(DocumentFormat.sniff(start.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.HTML);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<header>Not an html tag</header>",
                "<htmlish>",
                "<p>Moral pixels</p> is a session title in a converted table",
                "# Leaders TalkX\n\n<html> mentioned in prose",
                "Leaders TalkX: Click to govern\n<body>",
                "<!-- a comment that never ends <html>",
                "<i>Introduction</i>\t<i>3</i>",
            })
    void keepsTextThatOnlyContainsTagsAsText(String start) {
        assertThat(DocumentFormat.sniff(start.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void readsUtf16PagesAndLooksOnlyNearTheStart() {
        assertThat(DocumentFormat.sniff("\uFEFF<html><body>x".getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(DocumentFormat.HTML);
        String late = "<!-- " + "x".repeat(5000) + " -->\n<html>";
        assertThat(DocumentFormat.sniff(late.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void theTextSampleWithItsTableTagsIsText() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("../samples/documents/wsis20-hltf-summaries-2025.txt"));

        assertThat(DocumentFormat.sniff(sample)).isEqualTo(DocumentFormat.TEXT);
        assertThat(DocumentFormat.sniff(
                        Files.readAllBytes(Path.of("../samples/renditions/wsis20-hltf-summaries-2025.html"))))
                .isEqualTo(DocumentFormat.HTML);
    }

    @Test
    void recognisesAnOpenDocumentTextByItsMediaTypeEntry() throws Exception {
        Map<String, byte[]> content = Map.of("content.xml", OdtFiles.utf8("<office:document-content/>"));

        assertThat(DocumentFormat.sniff(OdtFiles.odt("", "", "<text:p>Hi</text:p>")))
                .isEqualTo(DocumentFormat.ODT);
        assertThat(DocumentFormat.sniff(OdtFiles.zip("application/vnd.oasis.opendocument.spreadsheet", content)))
                .isEqualTo(DocumentFormat.OTHER_ZIP);
        assertThat(DocumentFormat.sniff(OdtFiles.zip("application/vnd.oasis.opendocument.text-template", content)))
                .isEqualTo(DocumentFormat.OTHER_ZIP);
        assertThat(DocumentFormat.sniff(OdtFiles.zip(null, content))).isEqualTo(DocumentFormat.OTHER_ZIP);
        assertThat(DocumentFormat.sniff(
                        Files.readAllBytes(Path.of("../samples/renditions/wsis20-hltf-summaries-2025.odt"))))
                .isEqualTo(DocumentFormat.ODT);
    }

    @Test
    void tellsAWord97DocumentFromOtherCompoundFilesByItsWordDocumentStream() throws Exception {
        byte[] workbook;
        try (POIFSFileSystem container = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // A spreadsheet that holds the words "WordDocument" in a stream is still no Word document.
            container.createDocument(
                    new ByteArrayInputStream("WordDocument".getBytes(StandardCharsets.UTF_16LE)), "Workbook");
            container.writeFilesystem(out);
            workbook = out.toByteArray();
        }

        assertThat(DocumentFormat.sniff(OfficeFormatsTest.smallDoc())).isEqualTo(DocumentFormat.DOC);
        assertThat(DocumentFormat.sniff(
                        Files.readAllBytes(Path.of("../samples/renditions/wsis20-hltf-summaries-2025.doc"))))
                .isEqualTo(DocumentFormat.DOC);
        assertThat(DocumentFormat.sniff(workbook)).isEqualTo(DocumentFormat.LEGACY_OFFICE);
    }

    @Test
    void recognisesRtfByItsOpeningGroup() {
        assertThat(DocumentFormat.sniff("{\\rtf1\\ansi\\deff0 Hello}".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentFormat.RTF);
        assertThat(DocumentFormat.sniff("{\\rt not quite}".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void recognisesRtfAfterAUtf8ByteOrderMark() {
        assertThat(DocumentFormat.sniff("\uFEFF{\\rtf1\\ansi\\deff0 Hello}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.RTF);
        assertThat(DocumentFormat.sniff("\uFEFFA note on {\\rtf1 files}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
    }
}
