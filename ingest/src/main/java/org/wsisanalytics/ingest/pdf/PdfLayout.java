package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a PDF's positioned lines (page furniture already removed) into the line form the structure
 * recognizer reads: one line per paragraph followed by a blank line, list items with a "- " or "1. "
 * marker, table rows as tab-separated cells, and paragraphs set in a larger font than the body text
 * written as Markdown "# " headings.
 *
 * <p>A paragraph ends where the gap to the next line is clearly wider than the line pitch of its font
 * size (paragraph spacing), where the font size changes, where a list item starts, where a line ends a
 * sentence well before the right margin, or after a contents entry's page number. Across a page break a
 * paragraph goes on when its last line did not end a sentence and either ran to the margin or the next
 * page starts in lower case. A table starts at a line with cells (gaps far wider than a space); its
 * columns are that line's cells, later lines' words fall into the column they start in, and a row ends
 * at a gap wider than the line pitch, so cells wrapped over several lines are reassembled.
 */
final class PdfLayout {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[•◦▪▫●○■□►▸‣⁃∙·*\\-–—\\uF0B7\\uF0A7\\uF076\\uF0D8]|\\d{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$");
    private static final Pattern INLINE_MARKER = Pattern.compile(
            "^([•◦▪●\\uF0B7\\-–]|\\d{1,2}[.)]|[a-z][.)])\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○■□►▸‣⁃∙·*\\-–—\\uF0B7\\uF0A7\\uF076\\uF0D8]$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…][\"'”’)]*$");
    private static final Pattern DOT_LEADER_END = Pattern.compile(".*(?:\\.{3,}|…)\\s*\\d{1,4}$");
    private static final float PARAGRAPH_GAP = 1.4f;
    /**
     * Lines further apart than this many font sizes are taken to be paragraphs rather than lines of one
     * (1.5 line spacing stays below it); a document of one-line paragraphs has no other line pitch to go by.
     */
    private static final float MAX_PITCH = 1.75f;
    private static final float ROW_GAP = 1.3f;
    private static final float TABLE_END_GAP = 2.5f;
    private static final float SHORT_LINE = 0.7f;
    private static final float HEADING_SIZE_STEP = 1.0f;
    private static final int MAX_HEADING_WORDS = 40;

    private final float bodySize;
    private final Map<Float, Float> pitches;
    private final float left;
    private final float right;
    private final Hyphenation hyphenation;
    private final List<String> out = new ArrayList<>();
    private Paragraph paragraph;
    private Table table;
    private PdfLine previous;

    private PdfLayout(List<List<PdfLine>> pages) {
        List<PdfLine> all = pages.stream().flatMap(List::stream).toList();
        this.bodySize = bodySize(all);
        this.pitches = pitches(pages);
        this.left = (float) all.stream().filter(l -> l.fontSize() == bodySize).mapToDouble(PdfLine::x).min().orElse(0);
        this.right = (float) all.stream().filter(l -> l.fontSize() == bodySize).mapToDouble(PdfLine::xEnd).max()
                .orElse(1);
        this.hyphenation = new Hyphenation(all.stream().map(PdfLine::text).toList());
    }

    static List<String> lines(List<List<PdfLine>> pages) {
        PdfLayout layout = new PdfLayout(pages);
        for (List<PdfLine> page : pages) {
            for (PdfLine line : page) {
                layout.add(line);
            }
        }
        layout.flushTable();
        layout.flushParagraph();
        return layout.out;
    }

    private void add(PdfLine line) {
        boolean newPage = previous == null || previous.page() != line.page();
        float gap = newPage ? Float.MAX_VALUE : line.y() - previous.y();
        List<PdfLine.Cell> cells = line.cells();
        String listText = listItem(cells);
        if (table != null && !table.accepts(line, cells, gap, newPage)) {
            flushTable();
        }
        if (table != null) {
            table.add(line, cells, gap, newPage);
        } else if (cells.size() >= 2 && listText == null) {
            flushParagraph();
            table = new Table(line, cells);
        } else {
            if (breaksBefore(line, listText != null, gap, newPage)) {
                flushParagraph();
            }
            String text = listText != null ? listText : line.text();
            if (paragraph == null) {
                float textX = listText != null && cells.size() >= 2 ? cells.get(1).x() : line.x();
                paragraph = new Paragraph(line.fontSize(), listText != null, textX, text);
            } else {
                paragraph.text = hyphenation.join(paragraph.text, text);
            }
        }
        previous = line;
    }

    /** The line as a list item ("- text", "2. text"), or {@code null} when it does not start one. */
    private static String listItem(List<PdfLine.Cell> cells) {
        String first = cells.get(0).text();
        if (cells.size() >= 2 && MARKER.matcher(first).matches()) {
            StringBuilder rest = new StringBuilder();
            for (PdfLine.Cell cell : cells.subList(1, cells.size())) {
                rest.append(rest.length() == 0 ? "" : " ").append(cell.text());
            }
            return (BULLET.matcher(first).matches() ? "-" : first) + " " + rest;
        }
        Matcher inline = INLINE_MARKER.matcher(cells.size() == 1 ? first : "");
        if (inline.matches()) {
            return (BULLET.matcher(inline.group(1)).matches() ? "-" : inline.group(1)) + " " + inline.group(2);
        }
        return null;
    }

    private boolean breaksBefore(PdfLine line, boolean listStart, float gap, boolean newPage) {
        if (paragraph == null) {
            return false;
        }
        if (listStart || Math.abs(line.fontSize() - paragraph.size) > 0.6f
                || DOT_LEADER_END.matcher(paragraph.text).matches()) {
            return true;
        }
        boolean sentenceEnded = SENTENCE_END.matcher(paragraph.text).matches();
        if (newPage) {
            if (paragraph.list && paragraph.textX > left + line.fontSize() && Math.abs(line.x() - paragraph.textX) < 2) {
                return false; // a list item's text goes on at its hanging indent
            }
            boolean startsLower = Character.isLowerCase(line.text().codePointAt(0));
            return sentenceEnded || !(startsLower || isFull(previous));
        }
        if (gap > PARAGRAPH_GAP * pitch(line.fontSize())) {
            return true;
        }
        if (paragraph.list && line.x() < paragraph.textX - 0.5f * line.fontSize()) {
            return true;
        }
        return sentenceEnded && previous.xEnd() < left + SHORT_LINE * (right - left);
    }

    private boolean isFull(PdfLine line) {
        return line.xEnd() >= right - 0.2f * (right - left);
    }

    private void flushParagraph() {
        if (paragraph == null) {
            return;
        }
        String text = paragraph.text.strip();
        boolean heading = paragraph.size >= bodySize + HEADING_SIZE_STEP && !paragraph.list
                && text.split("\\s+").length <= MAX_HEADING_WORDS;
        out.add(heading ? "# " + text : text);
        out.add("");
        paragraph = null;
    }

    private void flushTable() {
        if (table == null) {
            return;
        }
        out.addAll(table.rows());
        out.add("");
        table = null;
    }

    private float pitch(float size) {
        return pitches.getOrDefault(size, size * 1.2f);
    }

    /** The size of most characters: the body text. */
    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PdfLine line : lines) {
            chars.merge(line.fontSize(), line.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /** For each font size, the most common distance between consecutive lines of that size: its line pitch. */
    private static Map<Float, Float> pitches(List<List<PdfLine>> pages) {
        Map<Float, Map<Float, Integer>> gaps = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float size = page.get(i).fontSize();
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (size == page.get(i - 1).fontSize() && gap > 0.5f * size && gap < 3 * size) {
                    gaps.computeIfAbsent(size, s -> new HashMap<>()).merge(Math.round(gap * 2) / 2f, 1, Integer::sum);
                }
            }
        }
        Map<Float, Float> result = new HashMap<>();
        gaps.forEach((size, counts) -> counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey((a, b) -> Float.compare(b, a))))
                .ifPresent(mode -> result.put(size, Math.min(mode.getKey(), MAX_PITCH * size))));
        return result;
    }

    private static final class Paragraph {
        final float size;
        final boolean list;
        final float textX;
        String text;

        Paragraph(float size, boolean list, float textX, String text) {
            this.size = size;
            this.list = list;
            this.textX = textX;
            this.text = text;
        }
    }

    /** A table being read: columns from its first line, rows cut at wide gaps. */
    private final class Table {
        private static final float TOLERANCE = 3f;
        private final float[] columns;
        private final float size;
        private final List<String[]> rows = new ArrayList<>();
        private final List<List<List<String>>> links = new ArrayList<>();

        Table(PdfLine line, List<PdfLine.Cell> cells) {
            columns = new float[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                columns[i] = cells.get(i).x();
            }
            size = line.fontSize();
            add(line, cells, Float.MAX_VALUE, true);
        }

        boolean accepts(PdfLine line, List<PdfLine.Cell> cells, float gap, boolean newPage) {
            if (Math.abs(line.fontSize() - size) > 0.6f || (!newPage && gap > TABLE_END_GAP * pitch(size))) {
                return false;
            }
            for (PdfLine.Cell cell : cells) {
                int column = column(cell);
                if (column < 0 || (column + 1 < columns.length && cell.xEnd() > columns[column + 1] + TOLERANCE)) {
                    return false;
                }
            }
            return true;
        }

        void add(PdfLine line, List<PdfLine.Cell> cells, float gap, boolean newPage) {
            if (rows.isEmpty() || newPage || gap > ROW_GAP * pitch(size)) {
                rows.add(new String[columns.length]);
                List<List<String>> rowLinks = new ArrayList<>();
                for (int i = 0; i < columns.length; i++) {
                    rowLinks.add(new ArrayList<>());
                }
                links.add(rowLinks);
            }
            String[] row = rows.get(rows.size() - 1);
            List<List<String>> rowLinks = links.get(links.size() - 1);
            for (PdfLine.Cell cell : cells) {
                int column = Math.max(0, column(cell));
                row[column] = row[column] == null ? cell.text() : hyphenation.join(row[column], cell.text());
                for (String link : cell.links()) {
                    if (!rowLinks.get(column).contains(link)) {
                        rowLinks.get(column).add(link);
                    }
                }
            }
        }

        /** The last column that starts at or before the cell, or -1 when the cell starts left of the table. */
        private int column(PdfLine.Cell cell) {
            int found = -1;
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] <= cell.x() + TOLERANCE) {
                    found = i;
                }
            }
            return found;
        }

        /** Rows as tab-separated lines; a header row repeated on a later page is left out. */
        List<String> rows() {
            List<String> result = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.length; c++) {
                    String text = rows.get(r)[c] == null ? "" : rows.get(r)[c];
                    for (String link : links.get(r).get(c)) {
                        if (!text.contains(link)) {
                            text = text + " <" + link + ">";
                        }
                    }
                    line.append(c == 0 ? "" : "\t").append(text.strip());
                }
                String row = line.toString();
                if (r == 0 || !row.equals(result.get(0))) {
                    result.add(row);
                }
            }
            return result;
        }
    }
}
