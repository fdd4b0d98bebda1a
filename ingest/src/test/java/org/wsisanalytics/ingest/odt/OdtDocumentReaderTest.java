package org.wsisanalytics.ingest.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wsisanalytics.ingest.odt.OdtFiles.odt;
import static org.wsisanalytics.ingest.odt.OdtFiles.utf8;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

class OdtDocumentReaderTest {

    private static final String HEADINGS = "<style:style style:name=\"Heading\" style:family=\"paragraph\"/>"
            + "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\""
            + " style:parent-style-name=\"Heading\" style:default-outline-level=\"1\"/>"
            + "<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\""
            + " style:parent-style-name=\"Heading\" style:default-outline-level=\"2\"/>"
            + "<style:style style:name=\"Session_20_title\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_1\"/>"
            + "<style:style style:name=\"Not_20_a_20_heading\" style:family=\"paragraph\" style:parent-style-name=\"Heading_20_2\""
            + " style:default-outline-level=\"\"/>";
    private static final String LISTS = "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet"
            + " text:level=\"1\" text:bullet-char=\"•\"/><text:list-level-style-number text:level=\"2\""
            + " style:num-format=\"i\" style:num-suffix=\")\"/></text:list-style>"
            + "<text:list-style style:name=\"Letters\"><text:list-level-style-number text:level=\"1\""
            + " style:num-format=\"a\" style:num-suffix=\".\"/></text:list-style>"
            + "<text:list-style style:name=\"Outline\"><text:list-level-style-number text:level=\"1\""
            + " style:num-format=\"1\" style:num-suffix=\".\"/><text:list-level-style-number text:level=\"2\""
            + " style:num-format=\"1\" style:num-suffix=\".\" text:display-levels=\"2\"/></text:list-style>";

    private final OdtDocumentReader reader = new OdtDocumentReader(IngestLimits.defaults());

    @Test
    void writesHeadingsFromOutlineLevelsAndFromStylesThroughTheirParents() throws Exception {
        CleanText text = read(odt(
                HEADINGS,
                "<style:style style:name=\"P1\" style:family=\"paragraph\""
                        + " style:parent-style-name=\"Session_20_title\"/>",
                "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"3\">Leaders TalkX:<text:tab/>Click"
                        + "<text:line-break/>to govern</text:h>"
                        + "<text:p text:style-name=\"P1\">Moral pixels</text:p>"
                        + "<text:p text:style-name=\"Heading_20_2\">Introduction</text:p>"
                        + "<text:p text:style-name=\"Not_20_a_20_heading\">A plain paragraph.</text:p>"
                        + "<text:h text:outline-level=\"8\">Deep</text:h>"));

        assertThat(text.lines())
                .containsExactly(
                        "### Leaders TalkX: Click to govern",
                        "",
                        "# Moral pixels",
                        "",
                        "## Introduction",
                        "",
                        "A plain paragraph.",
                        "",
                        "###### Deep",
                        "");
    }

    @Test
    void writesListMarkersAndCountsOnAcrossContinuedLists() throws Exception {
        CleanText text = read(odt(
                LISTS,
                "<style:style style:name=\"P2\" style:family=\"paragraph\"" + " style:list-style-name=\"Bullets\"/>",
                "<text:list xml:id=\"l1\" text:style-name=\"Letters\"><text:list-item><text:p>First</text:p></text:list-item>"
                        + "<text:list-item><text:p>Second</text:p></text:list-item></text:list>"
                        + "<text:list><text:list-item><text:p text:style-name=\"P2\">A bullet by its paragraph style</text:p>"
                        + "<text:list text:style-name=\"Bullets\"><text:list-item><text:p>Nested</text:p></text:list-item>"
                        + "<text:list-item><text:p>Nested again</text:p></text:list-item></text:list></text:list-item></text:list>"
                        + "<text:list text:continue-list=\"l1\" text:style-name=\"Letters\"><text:list-item>"
                        + "<text:p>Third</text:p></text:list-item></text:list>"
                        + "<text:list text:continue-numbering=\"true\" text:style-name=\"Letters\"><text:list-item>"
                        + "<text:p>Fourth</text:p><text:p>Its second paragraph</text:p></text:list-item></text:list>"
                        + "<text:list text:style-name=\"Letters\"><text:list-item text:start-value=\"7\"><text:p>Seventh</text:p>"
                        + "</text:list-item><text:list-header><text:p>Unnumbered</text:p></text:list-header></text:list>"
                        + "<text:list text:style-name=\"Outline\"><text:list-item><text:p>Part</text:p><text:list>"
                        + "<text:list-item><text:p>Part one</text:p></text:list-item><text:list-item><text:p>Part two</text:p>"
                        + "</text:list-item></text:list></text:list-item></text:list>"));

        assertThat(text.lines())
                .filteredOn(line -> !line.isEmpty())
                .containsExactly(
                        "a. First",
                        "b. Second",
                        "- A bullet by its paragraph style",
                        "i) Nested",
                        "ii) Nested again",
                        "c. Third",
                        "d. Fourth",
                        "Its second paragraph",
                        "g. Seventh",
                        "Unnumbered",
                        "1. Part",
                        "1.1. Part one",
                        "1.2. Part two");
    }

    @Test
    void writesTableRowsAsCellsWithTheAddressesTheirLinksHide() throws Exception {
        CleanText text = read(
                odt(
                        "",
                        "",
                        "<table:table><table:table-column table:number-columns-repeated=\"3\"/><table:table-header-rows>"
                                + "<table:table-row><table:table-cell><text:p>Session</text:p></table:table-cell>"
                                + "<table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell><text:p>Link</text:p>"
                                + "</table:table-cell></table:table-row></table:table-header-rows>"
                                + "<table:table-row><table:table-cell><text:p><text:a xlink:href=\"https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/421\">"
                                + "Towards a safer connected world</text:a></text:p></table:table-cell>"
                                + "<table:table-cell><text:p>Prof. Lucien</text:p><text:p>CASTEX</text:p></table:table-cell>"
                                + "<table:table-cell><text:p><text:a xlink:href=\"https://www.itu.int/x\">https://www.itu.int/x</text:a>"
                                + " <text:a xlink:href=\"#bookmark\">see above</text:a></text:p></table:table-cell></table:table-row>"
                                + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>Spanned</text:p>"
                                + "</table:table-cell><table:covered-table-cell/><table:table-cell/></table:table-row>"
                                + "<table:table-row><table:table-cell/><table:table-cell/><table:table-cell/></table:table-row>"
                                + "</table:table><text:p>After the table, <text:a xlink:href=\"https://www.itu.int/y\">a link</text:a>.</text:p>"));

        assertThat(text.lines())
                .containsExactly(
                        "Session\tName\tLink",
                        "Towards a safer connected world <https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/421>\tProf. Lucien"
                                + " CASTEX\thttps://www.itu.int/x see above",
                        "Spanned\t",
                        "",
                        "After the table, a link.",
                        "");
    }

    @Test
    void writesContentsEntriesWithTheirPageNumbersAndLeavesTheIndexTemplateOut() throws Exception {
        CleanText text = read(
                odt(
                        "",
                        "",
                        "<text:table-of-content text:name=\"Contents1\"><text:table-of-content-source text:outline-level=\"2\">"
                                + "<text:index-title-template>Table of Contents</text:index-title-template>"
                                + "<text:table-of-content-entry-template text:outline-level=\"1\"><text:index-entry-text/>"
                                + "</text:table-of-content-entry-template></text:table-of-content-source><text:index-body>"
                                + "<text:index-title><text:p>Contents</text:p></text:index-title>"
                                + "<text:p><text:a xlink:href=\"#__RefHeading__1\">Introduction<text:tab/>3</text:a></text:p>"
                                + "<text:p>Leaders TalkX: Moral pixels<text:tab/>29</text:p></text:index-body></text:table-of-content>"));

        assertThat(text.lines())
                .containsExactly("Contents", "", "Introduction\t3", "", "Leaders TalkX: Moral pixels\t29", "");
    }

    @Test
    void leavesFootnotesCommentsDeletionsAndFramesOutOfTheBody() throws Exception {
        CleanText text = read(
                odt(
                        "",
                        "",
                        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>Removed Peru</text:p>"
                                + "</text:deletion></text:changed-region></text:tracked-changes>"
                                + "<text:p>the Information Society<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                                + "<text:note-body><text:p>Geneva 2003, Chile.</text:p></text:note-body></text:note> and"
                                + "<office:annotation><dc:creator>Editor</dc:creator><text:p>Check Oman</text:p></office:annotation>"
                                + " its <text:change text:change-id=\"c1\"/>goals<draw:frame><draw:text-box><text:p>Box about Mali</text:p>"
                                + "</draw:text-box></draw:frame>.</text:p>"
                                + "<text:p>Three<text:s text:c=\"3\"/>spaces,   collapsed   runs\n and a<text:tab/>tab</text:p>"));

        assertThat(text.lines())
                .containsExactly(
                        "the Information Society and its goals.", "", "Three   spaces, collapsed runs and a\ttab", "");
    }

    @Test
    void takesThePageHeaderAsTheRunningTitle() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "styles.xml",
                utf8("<office:document-styles " + OdtFiles.NAMESPACES + "><office:master-styles>"
                        + "<style:master-page style:name=\"Standard\"><style:header><text:p>WSIS+20: Summaries</text:p></style:header>"
                        + "<style:footer><text:p><text:page-number>7</text:page-number></text:p></style:footer></style:master-page>"
                        + "</office:master-styles></office:document-styles>"));
        entries.put("content.xml", OdtFiles.content("", "<text:p>Body</text:p>"));

        CleanText text = read(OdtFiles.zip(OdtDocumentReader.MEDIA_TYPE, entries));

        assertThat(text.runningHeaders()).containsExactly("WSIS+20: Summaries");
        assertThat(text.lines()).containsExactly("Body", "");
    }

    @Test
    void rejectsAZipBombWithoutUnpackingIt() throws Exception {
        // 20 MB of blanks inside the body compress to some 20 KB: a ratio near 1000:1, where 100:1 is allowed.
        byte[] blanks = new byte[20 * 1024 * 1024];
        Arrays.fill(blanks, (byte) ' ');
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("content.xml", blanks);
        byte[] bomb = OdtFiles.zip(OdtDocumentReader.MEDIA_TYPE, entries);
        assertThat(bomb.length).isLessThan(100 * 1024);

        assertThatThrownBy(() -> reader.read(bomb, "bomb.odt"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageMatching(
                        "Cannot read 'bomb\\.odt': it looks like a zip bomb \\(compression ratio \\d{3,}:1 in"
                                + " content\\.xml, more than the allowed 100:1\\); it was skipped\\. The file was not unpacked;"
                                + " ask the sender for the original document\\.");
    }

    @Test
    void rejectsTextOverTheLimit() throws Exception {
        byte[] document = odt("", "", "<text:p>" + "word ".repeat(300) + "</text:p>");

        assertThatThrownBy(
                        () -> new OdtDocumentReader(new IngestLimits(1_000_000, 10, 1_000)).read(document, "long.odt"))
                .hasMessage(
                        "Cannot read 'long.odt': its text is longer than the limit of 1000 characters; it was skipped."
                                + " Split the document or raise the text size limit.");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsRead() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(
                "content.xml",
                utf8("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                        + "<office:document-content " + OdtFiles.NAMESPACES
                        + "><office:body><office:text><text:p>&secret;</text:p>"
                        + "</office:text></office:body></office:document-content>"));

        assertThatThrownBy(() -> reader.read(OdtFiles.zip(OdtDocumentReader.MEDIA_TYPE, entries), "entity.odt"))
                .hasMessage(
                        "Cannot read 'entity.odt': the OpenDocument file is damaged and cannot be read; it was skipped."
                                + " Open it in LibreOffice and save it again as .odt.");
    }

    @Test
    void rejectsDamagedAndPasswordProtectedPackagesInOneLine() throws Exception {
        byte[] whole = odt("", "", "<text:p>" + "Leaders TalkX: Click to govern. ".repeat(50) + "</text:p>");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        Map<String, byte[]> brokenXml = new LinkedHashMap<>();
        brokenXml.put(
                "content.xml", utf8("<office:document-content " + OdtFiles.NAMESPACES + "><office:body><text:p>"));
        Map<String, byte[]> encrypted = new LinkedHashMap<>();
        encrypted.put(
                "META-INF/manifest.xml",
                utf8("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/>"
                        + "</manifest:file-entry></manifest:manifest>"));
        encrypted.put("content.xml", new byte[] {17, 42, -3, 99});

        for (byte[] damaged : List.of(truncated, OdtFiles.zip(OdtDocumentReader.MEDIA_TYPE, brokenXml))) {
            assertThatThrownBy(() -> reader.read(damaged, "minutes.odt"))
                    .hasMessageMatching(
                            "Cannot read 'minutes\\.odt': the OpenDocument file is damaged (and cannot be read"
                                    + "|\\(it has no content\\.xml\\)); it was skipped\\. Open it in LibreOffice and save it again as \\.odt\\.");
        }
        assertThatThrownBy(() -> reader.read(OdtFiles.zip(OdtDocumentReader.MEDIA_TYPE, encrypted), "secret.odt"))
                .hasMessage("Cannot read 'secret.odt': the file is password-protected (encrypted); it was skipped."
                        + " Save a copy without a password in LibreOffice and run again.");
    }

    private CleanText read(byte[] document) throws UnreadableDocumentException {
        return reader.read(document, "test.odt");
    }
}
