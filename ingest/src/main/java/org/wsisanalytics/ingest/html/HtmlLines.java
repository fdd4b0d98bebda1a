package org.wsisanalytics.ingest.html;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.wsisanalytics.ingest.clean.FootnoteMarks;
import org.wsisanalytics.ingest.clean.LocatedLines;
import org.wsisanalytics.model.TextLocation;

/**
 * Collects one page's content as lines, in document order: a paragraph per block element with a blank
 * line after it, h1..h6 as "#".."######" headings, list items with the marker a browser shows, a table row
 * as one line of tab-separated cells. Not thread-safe: one per page.
 */
final class HtmlLines {

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "header",
            "hgroup",
            "html",
            "legend",
            "main",
            "p",
            "section",
            "summary");
    private static final Set<String> LISTS = Set.of("ul", "ol", "menu", "dir");
    private static final Pattern HEADING = Pattern.compile("h([1-6])");
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern SUPERSCRIPT_NUMBER = Pattern.compile("\\s*\\d{1,3}\\s*");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    private final int maxChars;
    private final HtmlNoise noise;
    private final LocatedLines lines = new LocatedLines();
    private final StringBuilder paragraph = new StringBuilder();
    /** The source lines of the paragraph's text so far, or {@code null} before its first text. */
    private TextLocation paragraphAt;
    /** The marker of a list item whose first line has not been written yet. */
    private String pendingMarker;

    private long chars;

    HtmlLines(int maxChars, HtmlNoise noise) {
        this.maxChars = maxChars;
        this.noise = noise;
    }

    /** The lines, each with the lines of the page's source that hold its text (when the parser tracked them). */
    LocatedLines lines() {
        endParagraph();
        return lines;
    }

    /** True once the written lines and the paragraph still open hold more characters than allowed. */
    boolean tooLong() {
        return chars + paragraph.length() > maxChars;
    }

    /** Reads the element's content (not the element's own role: the root is read as a plain block). */
    void read(Element root) {
        children(root);
        endParagraph();
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (tooLong()) {
                return;
            }
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            paragraph.append(text.getWholeText());
            TextLocation at = sourceLines(text);
            paragraphAt = at == null ? paragraphAt : at.through(paragraphAt);
            return;
        }
        if (!(node instanceof Element element) || noise.skips(element)) {
            return;
        }
        String tag = element.normalName();
        Matcher heading = HEADING.matcher(tag);
        if (heading.matches()) {
            heading(element, Integer.parseInt(heading.group(1)));
        } else if (tag.equals("sup")
                && SUPERSCRIPT_NUMBER.matcher(element.text()).matches()) {
            paragraph.append(
                    superscript(element.text().strip())); // a footnote mark or an exponent, told apart on flush
        } else if (tag.equals("br")) {
            lineBreak();
        } else if (tag.equals("hr")) {
            endParagraph();
        } else if (LISTS.contains(tag)) {
            list(element);
        } else if (tag.equals("li")) {
            item(element, "-"); // an item outside a list, as lenient parsing can leave it
        } else if (tag.equals("table")) {
            table(element);
        } else if (tag.equals("pre")) {
            preformatted(element);
        } else if (BLOCKS.contains(tag)) {
            endParagraph();
            children(element);
            endParagraph();
        } else {
            children(element); // inline: a, b, span, font, ...
        }
    }

    private void heading(Element element, int level) {
        endParagraph();
        String text = flatText(element, false);
        if (!text.isEmpty()) {
            at(element);
            add("#".repeat(level) + " " + text);
            blank();
        }
    }

    /**
     * A line break ends the line but not the paragraph; a second one in a row leaves an empty line,
     * which is how pages without {@code <p>} separate their paragraphs.
     */
    private void lineBreak() {
        if (!flushLine() && !lines.isEmpty()) {
            blank();
        }
    }

    private void list(Element list) {
        endParagraph();
        List<Element> items = list.children().stream()
                .filter(child -> child.normalName().equals("li"))
                .toList();
        ListNumbering numbering = list.normalName().equals("ol") ? ListNumbering.of(list, items.size()) : null;
        for (Element child : list.children()) {
            if (tooLong()) {
                return;
            }
            if (child.normalName().equals("li")) {
                if (!noise.skips(child)) {
                    item(child, numbering == null ? "-" : numbering.marker(child));
                }
            } else {
                node(child); // a list nested directly in a list, as some editors write it
            }
        }
    }

    private void item(Element item, String marker) {
        endParagraph();
        pendingMarker = marker;
        children(item);
        endParagraph();
        pendingMarker = null;
    }

    private void table(Element table) {
        endParagraph();
        HtmlTable rows = new HtmlTable(table, noise);
        if (rows.caption() != null) {
            String caption = flatText(rows.caption(), false);
            if (!caption.isEmpty()) {
                at(rows.caption());
                add(caption);
                blank();
            }
        }
        if (rows.isLayout()) {
            for (Element cell : rows.cells()) {
                endParagraph();
                children(cell);
                endParagraph();
            }
            return;
        }
        boolean any = false;
        for (List<Element> row : rows.rows()) {
            List<String> cells = row.stream().map(cell -> flatText(cell, true)).toList();
            if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                at(row.get(0));
                row.stream().skip(1).map(HtmlLines::sourceLines).forEach(this::extend);
                add(String.join("\t", cells));
                any = true;
            }
        }
        if (any) {
            blank();
        }
    }

    private void preformatted(Element pre) {
        endParagraph();
        at(pre);
        for (String line : clean(pre.wholeText()).split("\\R")) {
            if (line.isBlank()) {
                blank();
            } else {
                add(line.stripTrailing());
            }
        }
        blank();
    }

    /**
     * An element's text on one line, as a heading or a table cell shows it: line breaks and blocks become
     * spaces, tabs too (they separate cells). In a cell, a link whose text does not show its address is
     * followed by " &lt;address&gt;" (the facilitators table links each session title to its page).
     */
    private String flatText(Element element, boolean linkAddresses) {
        StringBuilder text = new StringBuilder();
        appendFlat(element, linkAddresses, text);
        return FootnoteMarks.stripSuperscripts(
                SPACE_RUN.matcher(clean(text.toString())).replaceAll(" ").strip());
    }

    private void appendFlat(Element element, boolean linkAddresses, StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                text.append(node.getWholeText());
            } else if (child instanceof Element inner
                    && inner.normalName().equals("sup")
                    && SUPERSCRIPT_NUMBER.matcher(inner.text()).matches()) {
                text.append(superscript(inner.text().strip()));
            } else if (child instanceof Element inner && !noise.skips(inner)) {
                boolean block = isBlock(inner.normalName());
                if (block) {
                    text.append(' ');
                }
                appendFlat(inner, linkAddresses, text);
                if (block) {
                    text.append(' ');
                }
                String address = linkAddresses ? HtmlNoise.shownAddress(inner) : null;
                if (address != null) {
                    text.append(" <").append(address).append('>');
                }
            }
        }
    }

    /** Writes the paragraph so far and a blank line after it. */
    private void endParagraph() {
        flushLine();
        blank();
    }

    /** Writes the paragraph text collected so far as one line; false when there was none. */
    private boolean flushLine() {
        String text = collapse(clean(paragraph.toString()));
        paragraph.setLength(0);
        TextLocation at = paragraphAt;
        paragraphAt = null;
        if (text.isEmpty()) {
            return false;
        }
        if (at != null) {
            lines.at(at);
        }
        if (pendingMarker != null) {
            text = pendingMarker + " " + text;
            pendingMarker = null;
        }
        add(FootnoteMarks.stripSuperscripts(text));
        return true;
    }

    private static String superscript(String digits) {
        StringBuilder result = new StringBuilder(digits.length());
        digits.chars().forEach(c -> result.append(SUPERSCRIPT_DIGITS.charAt(c - '0')));
        return result.toString();
    }

    private void add(String line) {
        lines.add(line);
        chars += line.length();
    }

    /** The lines added next are where the element is in the page's source. */
    private void at(Element element) {
        TextLocation where = sourceLines(element);
        if (where != null) {
            lines.at(where);
        }
    }

    private void extend(TextLocation more) {
        if (more != null) {
            lines.at(lines.current().through(more));
        }
    }

    /** The source lines from the element's start tag to its end tag, or {@code null} when positions were not tracked. */
    private static TextLocation sourceLines(Element element) {
        Range start = element.sourceRange();
        if (!start.isTracked()) {
            return null;
        }
        Range end = element.endSourceRange();
        int last = end.isTracked() ? end.end().lineNumber() : start.end().lineNumber();
        return TextLocation.lines(
                start.start().lineNumber(), Math.max(start.start().lineNumber(), last));
    }

    /** The source lines that hold the text node's visible characters, or {@code null} for white space only. */
    private static TextLocation sourceLines(TextNode node) {
        Range range = node.sourceRange();
        String text = node.getWholeText();
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (!range.isTracked() || first == text.length()) {
            return null;
        }
        int last = text.length() - 1;
        while (Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        int line = range.start().lineNumber() + newlines(text, 0, first);
        return TextLocation.lines(line, line + newlines(text, first, last));
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private void blank() {
        if (!lines.isEmpty() && !lines.last().isEmpty()) {
            lines.add("");
        }
    }

    /**
     * White space as a browser collapses it, except that a tab not preceded or followed by a line break in
     * the source stays a tab: a contents entry exported by a word processor keeps its page number after a
     * tab ("Introduction\t3"), while source indentation after a line break becomes a space.
     */
    static String collapse(String text) {
        Matcher run = SPACE_RUN.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (run.find()) {
            String space = run.group();
            boolean tab = space.indexOf('\t') >= 0 && space.indexOf('\n') < 0 && space.indexOf('\r') < 0;
            run.appendReplacement(result, tab ? "\t" : " ");
        }
        run.appendTail(result);
        return result.toString().strip();
    }

    private static String clean(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }

    private static boolean isBlock(String tag) {
        return BLOCKS.contains(tag)
                || LISTS.contains(tag)
                || HEADING.matcher(tag).matches()
                || Set.of("br", "hr", "li", "pre", "table", "tr", "td", "th").contains(tag);
    }
}
