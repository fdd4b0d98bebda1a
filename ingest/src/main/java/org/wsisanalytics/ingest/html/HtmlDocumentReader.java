package org.wsisanalytics.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.text.TextDecoder;

/**
 * Reads an HTML page into the line form the structure recognizer reads (see {@link HtmlLines}), with jsoup's
 * HTML5 parser, which reads malformed markup the way browsers do. When the page has a {@code <main>} element,
 * or exactly one {@code <article>}, only that is read; scripts, navigation, banners, footers, side bars and
 * forms are left out ({@link HtmlNoise}).
 *
 * <p>The page's title is handed on as the only running header of the {@link CleanText}, the place where the
 * PDF and Word readers put the running page header that repeats the title, and where the structure
 * recognizer looks for a title first: the {@code <title>}, or the first {@code <h1>} when the {@code <title>}
 * is missing or is that heading with a site name around it ("Click to govern | WSIS Forum"). Thread-safe.
 */
public final class HtmlDocumentReader {

    /** File name endings read as HTML, lower case, without the dot. */
    public static final List<String> EXTENSIONS = List.of("html", "htm", "xhtml");
    /** How far into the file a {@code charset} declaration is looked for, as browsers do (HTML's prescan window). */
    private static final int CHARSET_PRESCAN = 1024;

    private final IngestLimits limits;

    public HtmlDocumentReader(IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The page's content as cleaned lines; {@code name} is used in reject reasons. */
    public CleanText read(byte[] bytes, String name) throws UnreadableDocumentException {
        Document page = parse(bytes, name);
        Element root = content(page);
        HtmlLines lines = new HtmlLines(limits.maxTextChars(), new HtmlNoise(page.body()));
        lines.read(root);
        if (lines.tooLong()) {
            throw new UnreadableDocumentException(
                    name,
                    "its text is longer than the limit of " + limits.maxTextChars() + " characters",
                    "Split the document or raise the text size limit.");
        }
        List<String> text = lines.lines().lines();
        if (text.stream().allMatch(String::isBlank)) {
            throw new UnreadableDocumentException(
                    name,
                    "the HTML page contains no text (only markup, scripts or" + " navigation)",
                    "Save the page again with its content, or export the document as PDF.");
        }
        String title = title(page, root);
        return lines.lines().toCleanText(title == null ? List.of() : List.of(title));
    }

    /**
     * A byte order mark or a charset declared in the page decides the encoding (jsoup reads both); a page that
     * declares none is decoded like a text file: UTF-8 when it is valid UTF-8, else Windows-1252.
     */
    private static Document parse(byte[] bytes, String name) throws UnreadableDocumentException {
        // Its default depth limit keeps a deeply nested page from exhausting the stack; the tracked positions give
        // each line of text the lines of the page's source it comes from.
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        try {
            if (declaresEncoding(bytes)) {
                return Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
            }
            return Jsoup.parse(TextDecoder.decode(bytes).text(), "", parser);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    name,
                    "the HTML page is damaged and cannot be read",
                    "Save the page again or export the document as PDF.",
                    e);
        }
    }

    private static boolean declaresEncoding(byte[] bytes) {
        if (TextDecoder.hasUtf16Bom(bytes)
                || (bytes.length >= 3
                        && (bytes[0] & 0xFF) == 0xEF
                        && (bytes[1] & 0xFF) == 0xBB
                        && (bytes[2] & 0xFF) == 0xBF)) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, CHARSET_PRESCAN), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        // A meta charset, or an XHTML page's XML declaration with an encoding.
        return start.contains("charset") || (start.stripLeading().startsWith("<?xml") && start.contains("encoding="));
    }

    /** The page's {@code <main>}, else its only {@code <article>}, when it holds text; else the body. */
    private static Element content(Document page) {
        Element main = page.body().selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank()) {
            return main;
        }
        List<Element> articles = page.body().select("article");
        if (articles.size() == 1 && !articles.get(0).text().isBlank()) {
            return articles.get(0);
        }
        return page.body();
    }

    private static String title(Document page, Element root) {
        String title = page.title().replaceAll("\\s+", " ").strip();
        Element firstH1 = root.selectFirst("h1");
        String h1 =
                firstH1 == null ? "" : firstH1.text().replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            return h1.isEmpty() ? null : h1;
        }
        boolean decorated = !h1.isEmpty()
                && title.length() > h1.length()
                && title.toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
        return decorated ? h1 : title;
    }
}
