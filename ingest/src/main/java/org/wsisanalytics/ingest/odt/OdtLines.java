package org.wsisanalytics.ingest.odt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

import org.wsisanalytics.ingest.clean.LocatedLines;
import org.wsisanalytics.model.TextLocation;

/**
 * Collects the body of an OpenDocument text ({@code office:text} in {@code content.xml}) as lines, fed one
 * StAX event at a time: a paragraph per line with a blank line after it; {@code text:h} and paragraphs
 * whose style has an outline level as "#" x level headings (at most six); list items with their marker; a
 * table row as one line of tab-separated cells, a link whose text does not show its address followed by
 * {@code <address>}; contents entries (a generated {@code text:table-of-content}) as "Title\t12".
 * Footnotes and endnotes, comments, tracked deletions, frames and shapes, and the templates of generated
 * indexes are left out. Not thread-safe: one per document.
 */
final class OdtLines {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String TEXT = OdtStyles.TEXT;
    private static final String STYLE = OdtStyles.STYLE;

    /** Text elements whose content is not body text: notes, change records, declarations, index templates. */
    private static final Set<String> SKIPPED_TEXT = Set.of(
            "note",
            "tracked-changes",
            "sequence-decls",
            "variable-decls",
            "user-field-decls",
            "dde-connection-decls",
            "ruby-text",
            "table-of-content-source",
            "illustration-index-source",
            "alphabetical-index-source",
            "bibliography-source",
            "user-index-source",
            "object-index-source",
            "table-index-source");

    private static final Set<String> SKIPPED_OFFICE = Set.of("annotation", "forms", "scripts", "event-listeners");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    /** Writer's own limit for text:s is far below this; a larger count is noise, not layout. */
    private static final int MAX_SPACES = 100;

    /** One table being read; {@code cell} gathers the paragraphs of the cell that is open. */
    private static final class Table {
        final List<String> row = new ArrayList<>();
        List<String> cell;
    }

    private record Link(String href, int start) {}

    private final OdtStyles styles;
    private final OdtLists lists;
    private final int maxChars;
    private final LocatedLines lines = new LocatedLines();
    private final Deque<Table> tables = new ArrayDeque<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private int skipDepth;
    private StringBuilder paragraph;
    private int paragraphDepth;
    private int headingLevel;
    private String paragraphStyle;
    /** An item has begun and its first paragraph has not been written: it takes the marker. */
    private boolean itemPending;

    private long chars;
    /** Paragraphs of the body begun so far (text:p and text:h, in table cells too), and the first of the open row. */
    private int number;

    private int rowFirst;

    OdtLines(OdtStyles styles, int maxChars) {
        this.styles = styles;
        this.lists = new OdtLists(styles);
        this.maxChars = maxChars;
    }

    LocatedLines lines() {
        return lines;
    }

    boolean tooLong() {
        return chars + (paragraph == null ? 0 : paragraph.length()) > maxChars;
    }

    void start(XMLStreamReader xml) {
        if (skipDepth > 0) {
            skipDepth++;
            return;
        }
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (skipped(xml, ns, local)) {
            skipDepth = 1;
            return;
        }
        if (TEXT.equals(ns)) {
            startText(xml, local);
        } else if (TABLE.equals(ns)) {
            startTable(local);
        }
    }

    void characters(String text) {
        if (skipDepth > 0 || paragraph == null) {
            return;
        }
        // OpenDocument collapses white space in text as HTML does; text:s, text:tab and text:line-break keep theirs.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (paragraph.length() > 0 && " \t\n".indexOf(paragraph.charAt(paragraph.length() - 1)) < 0) {
                    paragraph.append(' ');
                }
            } else {
                paragraph.append(c);
            }
        }
    }

    void end(XMLStreamReader xml) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String ns = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (TEXT.equals(ns)) {
            endText(local);
        } else if (TABLE.equals(ns)) {
            endTable(local);
        }
    }

    private static boolean skipped(XMLStreamReader xml, String ns, String local) {
        if (TEXT.equals(ns)) {
            return SKIPPED_TEXT.contains(local)
                    || (local.equals("section") && "none".equals(OdtStyles.attr(xml, TEXT, "display")))
                    || (local.equals("hidden-text") && !"false".equals(OdtStyles.attr(xml, TEXT, "is-hidden")));
        }
        return (OFFICE.equals(ns) && SKIPPED_OFFICE.contains(local))
                || DRAW.equals(ns)
                || (TABLE.equals(ns) && local.equals("tracked-changes"));
    }

    private void startText(XMLStreamReader xml, String local) {
        switch (local) {
            case "p", "h" -> {
                if (paragraphDepth++ > 0) {
                    return; // a paragraph inside a paragraph (a note or frame that was not skipped): one text
                }
                paragraph = new StringBuilder();
                number++;
                if (tables.isEmpty()) {
                    lines.at(TextLocation.paragraph(number));
                }
                paragraphStyle = OdtStyles.attr(xml, TEXT, "style-name");
                headingLevel = tables.isEmpty() ? heading(xml, local) : 0;
            }
            case "s" ->
                append(" "
                        .repeat(Math.min(
                                MAX_SPACES, Math.max(1, OdtStyles.number(OdtStyles.attr(xml, TEXT, "c"), 1)))));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            case "a" ->
                links.push(new Link(xml.getAttributeValue(XLINK, "href"), paragraph == null ? 0 : paragraph.length()));
            case "list" ->
                lists.startList(
                        xml.getAttributeValue(XML, "id"),
                        OdtStyles.attr(xml, TEXT, "style-name"),
                        OdtStyles.attr(xml, TEXT, "continue-list"),
                        "true".equals(OdtStyles.attr(xml, TEXT, "continue-numbering")));
            case "list-item" -> {
                String start = OdtStyles.attr(xml, TEXT, "start-value");
                lists.startItem(start == null ? null : OdtStyles.number(start, 1));
                itemPending = true;
            }
            case "list-header" -> itemPending = false;
            default -> {}
        }
    }

    private void endText(String local) {
        switch (local) {
            case "p", "h" -> {
                if (--paragraphDepth == 0) {
                    endParagraph();
                }
            }
            case "number" -> append(" "); // a numbered heading's number, written before its text
            case "a" -> endLink();
            case "list" -> lists.endList();
            case "list-item", "list-header" -> itemPending = false;
            default -> {}
        }
    }

    private void startTable(String local) {
        switch (local) {
            case "table" -> tables.push(new Table());
            case "table-row" -> {
                if (!tables.isEmpty()) {
                    tables.peek().row.clear();
                    if (tables.size() == 1) {
                        rowFirst = number + 1;
                    }
                }
            }
            case "table-cell" -> {
                if (!tables.isEmpty()) {
                    tables.peek().cell = new ArrayList<>();
                }
            }
            default -> {}
        }
    }

    private void endTable(String local) {
        Table table = tables.peek();
        if (table == null) {
            return;
        }
        switch (local) {
            case "table-cell" -> {
                table.row.add(table.cell == null ? "" : String.join(" ", table.cell));
                table.cell = null;
            }
            case "table-row" -> endRow(table);
            case "table" -> {
                tables.pop();
                if (tables.isEmpty()) {
                    lines.add("");
                }
            }
            default -> {}
        }
    }

    /** A row is a line of cells; a row of a table inside a cell becomes that cell's text, its cells spaced. */
    private void endRow(Table table) {
        boolean any = table.row.stream().anyMatch(cell -> !cell.isEmpty());
        if (!any) {
            return;
        }
        if (tables.size() > 1) {
            Table outer = tables.stream().skip(1).findFirst().orElseThrow();
            if (outer.cell != null) {
                outer.cell.add(String.join(
                        " ", table.row.stream().filter(cell -> !cell.isEmpty()).toList()));
            }
            return;
        }
        String row = String.join("\t", table.row);
        int last = Math.max(1, number);
        lines.at(new TextLocation(TextLocation.Unit.PARAGRAPH, Math.min(Math.max(1, rowFirst), last), last));
        lines.add(row);
        chars += row.length();
    }

    private int heading(XMLStreamReader xml, String local) {
        int level = styles.headingLevel(paragraphStyle);
        if (local.equals("h")) {
            int outline = OdtStyles.number(OdtStyles.attr(xml, TEXT, "outline-level"), 0);
            level = outline > 0 ? outline : Math.max(level, 1);
        }
        return Math.min(level, 6);
    }

    private void append(String text) {
        if (paragraph != null) {
            paragraph.append(text);
        }
    }

    /** A link in a table cell whose text does not show its web address gets the address after it. */
    private void endLink() {
        Link link = links.poll();
        if (link == null
                || paragraph == null
                || tables.isEmpty()
                || link.href() == null
                || !WEB_ADDRESS.matcher(link.href()).matches()) {
            return;
        }
        String shown = paragraph.substring(Math.min(link.start(), paragraph.length()));
        if (!shown.contains(link.href())) {
            paragraph.append(" <").append(link.href()).append('>');
        }
    }

    private void endParagraph() {
        String text = OdtText.normalise(paragraph.toString());
        paragraph = null;
        links.clear();
        Table table = tables.peek();
        if (table != null) {
            String cellText = SPACE_RUN
                    .matcher(text.replace('\n', ' ').replace('\t', ' '))
                    .replaceAll(" ")
                    .strip();
            if (table.cell != null && !cellText.isEmpty()) {
                table.cell.add(cellText);
            }
            return;
        }
        if (text.isBlank()) {
            return;
        }
        if (headingLevel > 0) {
            String title = SPACE_RUN
                    .matcher(text.replace('\n', ' ').replace('\t', ' '))
                    .replaceAll(" ")
                    .strip();
            add("#".repeat(headingLevel) + " " + title);
        } else if (itemPending && lists.inList()) {
            String marker = lists.marker(paragraphStyle);
            String item = text.replace('\n', ' ').strip();
            add(marker == null ? item : marker + " " + item);
        } else {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                    chars += line.length();
                }
            }
            lines.add("");
        }
        itemPending = false;
    }

    private void add(String line) {
        lines.add(line);
        lines.add("");
        chars += line.length();
    }
}
