package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.FootnoteMarks;
import org.wsisanalytics.model.TextLocation;

/**
 * Turns a PDF's positioned lines (page furniture already removed) into the line form the structure
 * recognizer reads: one line per paragraph followed by a blank line, list items with a "- " or "1. "
 * marker, table rows as tab-separated cells, and paragraphs set in a larger font than the body text
 * written as Markdown headings ranked by size ({@link HeadingLevels}), contents entries as "Entry\tpage".
 *
 * <p>A paragraph ends where the gap to the next line is clearly wider than the line pitch of its font
 * size (paragraph spacing), where the font size changes, where a list item starts, where a line ends a
 * sentence well before the right margin, after a line broken by hand (ending before 60% of the width, the
 * next starting with a capital or a digit), or after a contents entry's page number. Across a page break a
 * paragraph goes on when its last line did not end a sentence and either ran to the margin or the next
 * page starts in lower case. A paragraph set in bold as a whole, one line at the body size, short and not
 * ending like a sentence, is a heading one level below the smallest larger heading size; a change between
 * whole-bold and regular lines ends a paragraph.
 *
 * <p>A contents entry is a line whose last cell is a page number after a wide gap ("Title<gap>12"), or a
 * line ending in a number that lines up with such a neighbour's page number; the lines it wraps from are
 * joined to it, and it is written "Title\t12" (one line per entry, no blank lines between entries). A
 * table starts at another line with cells (gaps far wider than a space), see {@link PdfTable}.
 */
final class PdfLayout {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[•◦▪▫●○■□►▸‣⁃∙·*\\-–—\\uF0B7\\uF0A7\\uF076\\uF0D8o]|\\d{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$");
    private static final Pattern INLINE_MARKER =
            Pattern.compile("^([•◦▪●\\uF0B7\\-–]|\\d{1,2}[.)]|[a-z][.)])\\s+(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪▫●○■□►▸‣⁃∙·*\\-–—\\uF0B7\\uF0A7\\uF076\\uF0D8o]$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…][\"'”’)]*$");
    private static final Pattern DOT_LEADER_END = Pattern.compile(".*(?:\\.{3,}|…)\\s*\\d{1,4}$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(.*\\S)\\s+(\\d{1,4})$");
    private static final Pattern LEADERS = Pattern.compile("\\s*(?:\\.{2,}|…)+\\s*$");
    private static final float PARAGRAPH_GAP = 1.4f;
    /**
     * Lines further apart than this many font sizes are taken to be paragraphs rather than lines of one
     * (1.5 line spacing stays below it); a document of one-line paragraphs has no other line pitch to go by.
     */
    private static final float MAX_PITCH = 1.75f;

    private static final float SHORT_LINE = 0.7f;
    /** A line ending before this share of the text width was broken by hand, not wrapped. */
    private static final float BROKEN_LINE = 0.6f;

    private static final float HEADING_SIZE_STEP = 1.0f;
    private static final int MAX_HEADING_WORDS = 40;
    private static final int MAX_BOLD_HEADING_WORDS = 12;

    /** A line of output; a heading candidate carries its size (0: bold at body size) for the ranking. */
    private record Out(String text, HeadingLevels.Candidate heading, TextLocation location) {}

    private final List<PdfLine> all;
    private final float bodySize;
    private final Map<Float, Float> pitches;
    private final float left;
    private final float right;
    private final Hyphenation hyphenation;
    private final List<Out> out = new ArrayList<>();
    private Paragraph paragraph;
    private PdfTable table;
    private boolean inContents;
    private PdfLine previous;
    private TextLocation tablePages;

    private PdfLayout(List<List<PdfLine>> pages) {
        this.all = pages.stream().flatMap(List::stream).toList();
        this.bodySize = bodySize(all);
        this.pitches = pitches(pages);
        this.left = (float) all.stream()
                .filter(l -> l.fontSize() == bodySize)
                .mapToDouble(PdfLine::x)
                .min()
                .orElse(0);
        this.right = (float) all.stream()
                .filter(l -> l.fontSize() == bodySize)
                .mapToDouble(PdfLine::xEnd)
                .max()
                .orElse(1);
        this.hyphenation = new Hyphenation(all.stream().map(PdfLine::text).toList());
    }

    /** The lines in reading order. */
    static List<String> lines(List<List<PdfLine>> pages) {
        return lines(pages, List.of()).lines();
    }

    /** The lines in reading order, each with the pages it is on. */
    static CleanText lines(List<List<PdfLine>> pages, List<String> runningHeaders) {
        PdfLayout layout = new PdfLayout(pages);
        for (int i = 0; i < layout.all.size(); i++) {
            layout.add(i);
        }
        layout.flushTable();
        layout.flushParagraph();
        layout.endContents();
        HeadingLevels levels = new HeadingLevels(
                layout.out.stream().map(Out::heading).filter(h -> h != null).toList());
        List<String> lines = layout.out.stream()
                .map(line -> line.heading() == null
                        ? line.text()
                        : "#".repeat(levels.level(line.heading().size())) + " " + line.text())
                .map(FootnoteMarks::strip)
                .toList();
        return new CleanText(
                lines, runningHeaders, layout.out.stream().map(Out::location).toList());
    }

    private void add(int index) {
        PdfLine line = all.get(index);
        boolean newPage = previous == null || previous.page() != line.page();
        float gap = newPage ? Float.MAX_VALUE : line.y() - previous.y();
        List<PdfLine.Cell> cells = line.cells();
        String listText = continuesTitle(line, gap, newPage) ? null : listItem(cells);
        if (table != null && !table.accepts(line, gap, newPage)) {
            flushTable();
        }
        String[] entry = table == null && listText == null ? contentsEntry(index) : null;
        if (table != null) {
            table.add(line, gap, newPage);
            tablePages = tablePages.through(TextLocation.page(line.page()));
        } else if (entry != null) {
            contentsLine(line, entry, gap, newPage);
        } else if (cells.size() >= 2 && listText == null) {
            flushParagraph();
            endContents();
            table = new PdfTable(all, index, pitch(line.fontSize()), hyphenation);
            tablePages = TextLocation.page(line.page());
        } else {
            if (breaksBefore(line, listText != null, gap, newPage)) {
                flushParagraph();
            }
            String text = listText != null ? listText : line.text();
            if (paragraph == null) {
                float textX =
                        listText != null && cells.size() >= 2 ? cells.get(1).x() : line.x();
                paragraph = new Paragraph(line.fontSize(), listText != null, textX, text, line.page(), line.bold());
            } else {
                paragraph.text = hyphenation.join(paragraph.text, text);
                paragraph.lines++;
                paragraph.lastPage = line.page();
                paragraph.bold &= line.bold();
            }
        }
        previous = line;
    }

    /** A line of a title set larger than the body that wraps at a dash ("Digital" / "– Part I"): no list item. */
    private boolean continuesTitle(PdfLine line, float gap, boolean newPage) {
        return paragraph != null
                && !paragraph.list
                && !newPage
                && line.fontSize() >= bodySize + HEADING_SIZE_STEP
                && Math.abs(line.fontSize() - paragraph.size) <= 0.6f
                && gap <= PARAGRAPH_GAP * pitch(line.fontSize());
    }

    /** The entry's text and page number when the line ends a contents entry, else {@code null}. */
    private String[] contentsEntry(int index) {
        PdfLine line = all.get(index);
        List<PdfLine.Cell> cells = line.cells();
        if (cells.size() == 2 && PAGE_NUMBER.matcher(cells.get(1).text()).matches()) {
            return new String[] {
                LEADERS.matcher(cells.get(0).text()).replaceAll(""),
                cells.get(1).text()
            };
        }
        Matcher number = ENDS_IN_NUMBER.matcher(cells.size() == 1 ? cells.get(0).text() : "");
        if (!number.matches()) {
            return null;
        }
        for (int other : new int[] {index - 1, index + 1}) {
            if (other >= 0 && other < all.size() && all.get(other).page() == line.page()) {
                List<PdfLine.Cell> neighbour = all.get(other).cells();
                if (neighbour.size() == 2
                        && PAGE_NUMBER.matcher(neighbour.get(1).text()).matches()
                        && Math.abs(neighbour.get(1).xEnd() - line.xEnd()) < 2) {
                    return new String[] {LEADERS.matcher(number.group(1)).replaceAll(""), number.group(2)};
                }
            }
        }
        return null;
    }

    /** Writes "Entry\tpage", joined to the lines of the entry that wrapped before its page number. */
    private void contentsLine(PdfLine line, String[] entry, float gap, boolean newPage) {
        String text = entry[0];
        TextLocation pages = TextLocation.page(line.page());
        if (paragraph != null
                && !paragraph.list
                && Math.abs(line.fontSize() - paragraph.size) <= 0.6f
                && !newPage
                && gap <= PARAGRAPH_GAP * pitch(line.fontSize())
                && (inContents || paragraph.lines <= 2)) {
            text = hyphenation.join(paragraph.text, text);
            pages = paragraph.pages().through(pages);
            paragraph = null;
        }
        flushParagraph();
        inContents = true;
        out.add(new Out(text.strip() + "\t" + entry[1], null, pages));
    }

    private void endContents() {
        if (inContents) {
            out.add(blank());
            inContents = false;
        }
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
        if (listStart
                || Math.abs(line.fontSize() - paragraph.size) > 0.6f
                || DOT_LEADER_END.matcher(paragraph.text).matches()) {
            return true;
        }
        boolean sentenceEnded = SENTENCE_END.matcher(paragraph.text).matches();
        if (newPage) {
            if (paragraph.list
                    && paragraph.textX > left + line.fontSize()
                    && Math.abs(line.x() - paragraph.textX) < 2) {
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
        if (paragraph.bold != line.bold() && !isFull(previous)) {
            return true; // a bold title line directly above (or below) regular text
        }
        if (sentenceEnded && previous.xEnd() < left + SHORT_LINE * (right - left)) {
            return true;
        }
        // A line broken by hand well before the margin ("Organized by: ITU" / "Session 412" / "The session ..."):
        // text that wraps by itself fills its lines, whatever the next word.
        int first = line.text().codePointAt(0);
        return previous.xEnd() < left + BROKEN_LINE * (right - left)
                && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    private boolean isFull(PdfLine line) {
        return line.xEnd() >= right - 0.2f * (right - left);
    }

    private void flushParagraph() {
        if (paragraph == null) {
            return;
        }
        endContents();
        String text = paragraph.text.strip();
        int words = text.split("\\s+").length;
        HeadingLevels.Candidate heading = null;
        if (!paragraph.list && paragraph.size >= bodySize + HEADING_SIZE_STEP && words <= MAX_HEADING_WORDS) {
            heading = new HeadingLevels.Candidate(paragraph.size, paragraph.page);
        } else if (!paragraph.list
                && paragraph.bold
                && paragraph.lines == 1
                && Math.abs(paragraph.size - bodySize) <= 0.6f
                && words <= MAX_BOLD_HEADING_WORDS
                && !text.matches(".*[.;,]$")) {
            heading = new HeadingLevels.Candidate(0, paragraph.page);
        }
        out.add(new Out(text, heading, paragraph.pages()));
        out.add(blank());
        paragraph = null;
    }

    private void flushTable() {
        if (table == null) {
            return;
        }
        for (String row : table.rows()) {
            out.add(new Out(row, null, tablePages));
        }
        out.add(blank());
        table = null;
    }

    /** A blank line, on the page of the line before it. */
    private Out blank() {
        return new Out(
                "",
                null,
                out.isEmpty() ? TextLocation.page(1) : out.get(out.size() - 1).location());
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
        return chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(10f);
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
        gaps.forEach((size, counts) -> counts.entrySet().stream()
                .max(Map.Entry.<Float, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey((a, b) -> Float.compare(b, a))))
                .ifPresent(mode -> result.put(size, Math.min(mode.getKey(), MAX_PITCH * size))));
        return result;
    }

    private static final class Paragraph {
        final float size;
        final boolean list;
        final float textX;
        final int page;
        String text;
        int lines = 1;
        int lastPage;
        boolean bold;

        Paragraph(float size, boolean list, float textX, String text, int page, boolean bold) {
            this.size = size;
            this.list = list;
            this.textX = textX;
            this.text = text;
            this.page = page;
            this.lastPage = page;
            this.bold = bold;
        }

        TextLocation pages() {
            return new TextLocation(TextLocation.Unit.PAGE, page, Math.max(page, lastPage));
        }
    }
}
