package org.wsisanalytics.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;

class HtmlDocumentReaderTest {

    private final HtmlDocumentReader reader = new HtmlDocumentReader(IngestLimits.defaults());

    @Test
    void writesHeadingsByLevelAndParagraphsWithBlankLinesBetween() throws Exception {
        CleanText text = read("<h1>Leaders TalkX: Click to\n govern</h1><p>Ministers from <b>Türkiye</b> met.</p>"
                + "<h2>Key issues</h2><div>Costs.</div><h6>Note</h6><p>End.");

        assertThat(text.lines())
                .containsExactly(
                        "# Leaders TalkX: Click to govern",
                        "",
                        "Ministers from Türkiye met.",
                        "",
                        "## Key issues",
                        "",
                        "Costs.",
                        "",
                        "###### Note",
                        "",
                        "End.",
                        "");
    }

    @Test
    void aLineBreakEndsTheLineAndTwoInARowEndTheParagraph() throws Exception {
        CleanText text = read("<p>H.E. Mr. Solly Malatsi<br/>\nMinister</p>"
                + "<div>First paragraph of an old page.<br><br>Second paragraph.</div>");

        assertThat(text.lines())
                .containsExactly(
                        "H.E. Mr. Solly Malatsi",
                        "Minister",
                        "",
                        "First paragraph of an old page.",
                        "",
                        "Second paragraph.",
                        "");
    }

    @Test
    void numbersListItemsAsABrowserShowsThem() throws Exception {
        CleanText text = read("<ul><li>Bullet</li><li><p>Paragraph in an item</p></li></ul>"
                + "<ol start=\"3\"><li>Three</li><li>Four</li></ol>"
                + "<ol type=\"a\" start=\"2\"><li>Bee</li></ol>"
                + "<ol type=\"I\"><li>One</li><li value=\"9\">Nine</li><li>Ten</li></ol>"
                + "<ol reversed><li>Two</li><li>One</li></ol>"
                + "<ol style=\"list-style-type: lower-roman\"><li>First</li></ol>"
                + "<ol><li>Outer<ol type=\"a\"><li>Inner</li></ol></li><li>Second</li></ol>");

        assertThat(nonBlank(text))
                .containsExactly(
                        "- Bullet",
                        "- Paragraph in an item",
                        "3. Three",
                        "4. Four",
                        "b. Bee",
                        "I. One",
                        "IX. Nine",
                        "X. Ten",
                        "2. Two",
                        "1. One",
                        "i. First",
                        "1. Outer",
                        "a. Inner",
                        "2. Second");
    }

    @Test
    void writesATableRowPerLineWithLinkAddressesTheCellDoesNotShow() throws Exception {
        CleanText text = read("<table><thead><tr><th>Session</th><th>Photo</th><th>Name</th></tr></thead><tbody>"
                + "<tr><td><p><a href=\"https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378\">Forging\n"
                + "partnerships</a></p></td><td><br/><img src=\"p.jpg\"></td><td>Ms. Amrita\tChoudhury</td></tr>"
                + "<tr><td><a href=\"https://www.itu.int/net4/wsis/forum/2025/HighLevel\">www.itu.int/net4/wsis/forum/2025/HighLevel</a>"
                + "</td><td><a href=\"/relative/page\">Relative</a></td><td>Line<br>break</td></tr>"
                + "<tr><td> </td><td></td><td></td></tr></tbody></table><p>After.</p>");

        assertThat(text.lines())
                .containsExactly(
                        "Session\tPhoto\tName",
                        "Forging partnerships <https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378>\t\tMs. Amrita Choudhury",
                        "www.itu.int/net4/wsis/forum/2025/HighLevel\tRelative\tLine break",
                        "",
                        "After.",
                        "");
    }

    @Test
    void readsLayoutTablesAsBlocks() throws Exception {
        CleanText text = read("<table><tr><td><h1>Report</h1><p>First.</p></td><td><p>Side text.</p></td></tr></table>"
                + "<table><tr><td>Only one column.</td></tr><tr><td>Second row.</td></tr></table>");

        assertThat(nonBlank(text))
                .containsExactly("# Report", "First.", "Side text.", "Only one column.", "Second row.");
    }

    @Test
    void leavesOutScriptsNavigationBannersFootersAndForms() throws Exception {
        CleanText text = read("<header><a href=\"/\">WSIS Forum</a></header><nav><ul><li>Home</li></ul></nav>"
                + "<div title=\"header\"><p>Running title</p></div>"
                + "<script>var a = '<p>no</p>';</script><style>p { color: red }</style><noscript>Enable JS</noscript>"
                + "<template><p>Hidden template</p></template><aside>Related</aside><svg><text>Logo</text></svg>"
                + "<p>Content<a href=\"#fn1\">1</a> stays.</p><p hidden>Hidden</p><p style=\"display: none\">None</p>"
                + "<div role=\"search\">Search box</div>"
                + "<form><label>Subscribe to our newsletter</label><button>Send</button></form>"
                + "<footer>Copyright</footer><div title=\"footer\"><p>31</p></div>");

        assertThat(nonBlank(text)).containsExactly("Content stays.");
    }

    @Test
    void keepsAFormThatWrapsThePageAndAnArticlesOwnHeader() throws Exception {
        CleanText page = read("<form id=\"aspnetForm\"><h1>Session 378</h1><p>The whole page sits in this form, as"
                + " ASP.NET pages do.</p><input type=\"hidden\"></form><form><button>Search</button></form>");
        CleanText article = read("<header>Site banner</header><article><header><h1>Outcome</h1></header>"
                + "<p>Text.</p><footer>Posted by staff</footer></article>");

        assertThat(nonBlank(page))
                .containsExactly("# Session 378", "The whole page sits in this form, as ASP.NET pages do.");
        assertThat(nonBlank(article)).containsExactly("# Outcome", "Text.");
    }

    @Test
    void prefersMainOrTheOnlyArticle() throws Exception {
        CleanText main = read("<div>Menu text</div><main><h1>Session</h1><p>Body.</p></main><div>Sponsors</div>");
        CleanText twoArticles = read("<div>Intro.</div><article><p>One.</p></article><article><p>Two.</p></article>");

        assertThat(nonBlank(main)).containsExactly("# Session", "Body.");
        assertThat(nonBlank(twoArticles)).containsExactly("Intro.", "One.", "Two.");
    }

    @Test
    void takesTheTitleElementOrTheFirstHeadingWithoutTheSiteName() throws Exception {
        assertThat(read("<title>WSIS+20 High-Level Event 2025</title><h1>Introduction</h1>")
                        .runningHeaders())
                .containsExactly("WSIS+20 High-Level Event 2025");
        assertThat(read("<title>Click to govern | WSIS Forum 2025 | ITU</title><h1>Click to govern</h1>")
                        .runningHeaders())
                .containsExactly("Click to govern");
        assertThat(read("<h2>Before</h2><h1>Outcome  document</h1>").runningHeaders())
                .containsExactly("Outcome document");
        assertThat(read("<p>No title at all.</p>").runningHeaders()).isEmpty();
    }

    @Test
    void keepsATabBeforeAContentsPageNumberButNotSourceIndentation() throws Exception {
        CleanText text = read("<p>Introduction\t3</p><p>Leaders TalkX: Click to govern\t34</p>"
                + "<li><p>Develop AI\n\tin low resource languages.</p></li>");

        assertThat(nonBlank(text))
                .containsExactly(
                        "Introduction\t3",
                        "Leaders TalkX: Click to govern\t34",
                        "- Develop AI in low resource languages.");
    }

    @Test
    void dropsSuperscriptFootnoteNumbersButKeepsExponents() throws Exception {
        CleanText text = read("<h2>Outcome<sup>1</sup></h2><p>The Society<sup>2</sup> met; 10<sup>6</sup> users in"
                + " 40 km<sup>2</sup>.</p>");

        assertThat(nonBlank(text)).containsExactly("## Outcome", "The Society met; 10⁶ users in 40 km².");
    }

    @Test
    void stopsAtTheTextLimitInsideOneLongParagraph() {
        byte[] page = ("<p>" + "word ".repeat(1000)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new HtmlDocumentReader(new IngestLimits(1 << 20, 10, 1000)).read(page, "long.html"))
                .hasMessageContaining("its text is longer than the limit of 1000 characters");
    }

    @Test
    void readsMalformedMarkupLikeABrowser() throws Exception {
        CleanText text = read("<p>One<p>Two <b>bold <i>both</b> italic</i><li>Loose item</table></div><h2>Last");

        assertThat(nonBlank(text)).containsExactly("One", "Two bold both italic", "- Loose item", "## Last");
    }

    @Test
    void keepsPreformattedLines() throws Exception {
        assertThat(nonBlank(read("<pre>Line one\n  Line two\n\nLine three</pre>")))
                .containsExactly("Line one", "  Line two", "Line three");
    }

    @Test
    void decodesByTheDeclaredCharsetOrLikeATextFile() throws Exception {
        String page = "<p>Côte d’Ivoire and Türkiye</p>";
        byte[] ansi = page.getBytes(Charset.forName("windows-1252"));
        byte[] declared = ("<meta charset=\"iso-8859-1\"><p>Côte d'Ivoire</p>").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(nonBlank(reader.read(ansi, "ansi.html"))).containsExactly("Côte d’Ivoire and Türkiye");
        assertThat(nonBlank(reader.read(page.getBytes(StandardCharsets.UTF_8), "utf8.html")))
                .containsExactly("Côte d’Ivoire and Türkiye");
        assertThat(nonBlank(reader.read(declared, "latin1.html"))).containsExactly("Côte d'Ivoire");
    }

    @Test
    void rejectsAPageWithoutTextAndAPageOverTheTextLimit() {
        byte[] empty = ("<!DOCTYPE html><html><head><title>Session 378</title><script>var x = 1;</script></head>"
                        + "<body><nav><a href=\"/\">Home</a></nav><img src=\"a.png\"></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] wordy = ("<p>" + "word ".repeat(50) + "</p>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(empty, "page.html"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(
                        "Cannot read 'page.html': the HTML page contains no text (only markup, scripts or"
                                + " navigation); it was skipped. Save the page again with its content, or export the document as PDF.");
        assertThatThrownBy(() -> new HtmlDocumentReader(new IngestLimits(1024, 10, 100)).read(wordy, "wordy.html"))
                .hasMessage("Cannot read 'wordy.html': its text is longer than the limit of 100 characters; it was"
                        + " skipped. Split the document or raise the text size limit.");
    }

    private CleanText read(String html) throws UnreadableDocumentException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    private static List<String> nonBlank(CleanText text) {
        return text.lines().stream().filter(line -> !line.isBlank()).toList();
    }
}
