package org.wsisanalytics.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A table being read from a PDF's lines. Its columns are the left edges that cells of the table's lines
 * share (at least two lines start a cell there); a header cell that would share a column with another cell
 * of its line (a centred header over an empty column) adds its own column. A line's words are cut at the
 * column edges, because cells that fill their column leave a gap no wider than a space before the next.
 * Wrapped lines are joined into their cell (a lone last letter without a space); a row ends at a gap wider than {@value #ROW_GAP} line pitches.
 * A row that a page break cuts goes on at the top of the next page when that page's first line does not
 * start a cell in the first column with a capital (it goes on in lower case, with a web address, or in
 * another column). Link targets a cell does not show are appended as {@code <address>}.
 */
final class PdfTable {

    static final float ROW_GAP = 1.3f;
    static final float TABLE_END_GAP = 2.5f;
    private static final float TOLERANCE = 3f;
    private static final int MAX_LOOKAHEAD = 600;
    private static final Pattern LONE_LETTER = Pattern.compile("[b-z]");
    private static final Pattern GOES_ON = Pattern.compile("^(?:\\p{Ll}|https?:|www\\.|[/\\d(]).*");

    private final float[] columns;
    private final float size;
    private final float pitch;
    private final Hyphenation hyphenation;
    private final List<String[]> rows = new ArrayList<>();
    private final List<List<List<String>>> links = new ArrayList<>();

    /** A table starting at {@code lines.get(start)}; the lines after it are looked at for its columns. */
    PdfTable(List<PdfLine> lines, int start, float pitch, Hyphenation hyphenation) {
        this.size = lines.get(start).fontSize();
        this.pitch = pitch;
        this.hyphenation = hyphenation;
        this.columns = columns(window(lines, start));
        add(lines.get(start), Float.MAX_VALUE, true);
    }

    /** The lines that may belong to the table: the same font size, no wide gap. */
    private List<PdfLine> window(List<PdfLine> lines, int start) {
        List<PdfLine> window = new ArrayList<>();
        window.add(lines.get(start));
        for (int i = start + 1; i < lines.size() && window.size() < MAX_LOOKAHEAD; i++) {
            PdfLine line = lines.get(i);
            PdfLine before = lines.get(i - 1);
            boolean newPage = line.page() != before.page();
            if (Math.abs(line.fontSize() - size) > 0.6f || !newPage && line.y() - before.y() > TABLE_END_GAP * pitch) {
                break;
            }
            window.add(line);
        }
        return window;
    }

    static float[] columns(List<PdfLine> window) {
        TreeMap<Float, Integer> support = new TreeMap<>();
        for (PdfLine line : window) {
            List<Float> seen = new ArrayList<>();
            for (PdfLine.Cell cell : line.cells()) {
                Float near = nearest(support.keySet(), cell.x());
                float key = near == null ? cell.x() : near;
                if (!seen.contains(key)) {
                    seen.add(key);
                    support.merge(key, 1, Integer::sum);
                }
            }
        }
        List<Float> columns = new ArrayList<>();
        support.forEach((x, lines) -> {
            if (lines >= 2 || window.size() == 1) {
                columns.add(x);
            }
        });
        for (PdfLine line : window) {
            int previous = -2;
            for (PdfLine.Cell cell : line.cells()) {
                int column = column(columns, cell.x());
                if (column < 0 || column == previous) {
                    columns.add(cell.x());
                    columns.sort(Float::compare);
                    column = column(columns, cell.x());
                }
                previous = column;
            }
        }
        float[] result = new float[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = columns.get(i);
        }
        return result;
    }

    private static Float nearest(Iterable<Float> xs, float x) {
        for (Float known : xs) {
            if (Math.abs(known - x) <= TOLERANCE) {
                return known;
            }
        }
        return null;
    }

    private static int column(List<Float> columns, float x) {
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) <= x + TOLERANCE) {
                found = i;
            }
        }
        return found;
    }

    private int column(PdfLine.Cell cell) {
        int found = -1;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] <= cell.x() + TOLERANCE) {
                found = i;
            }
        }
        return found;
    }

    /** The line's cells, cut again where a word starts at a column edge after more than a space. */
    List<PdfLine.Cell> cells(PdfLine line) {
        List<PdfLine.Cell> result = new ArrayList<>();
        for (PdfLine.Cell cell : line.cells()) {
            List<PdfWord> current = new ArrayList<>();
            for (PdfWord word : cell.words()) {
                if (!current.isEmpty()
                        && word.x() - current.get(current.size() - 1).xEnd() > 0.25f * word.fontSize()
                        && startsColumn(word.x(), current.get(0).x())) {
                    result.add(new PdfLine.Cell(current));
                    current = new ArrayList<>();
                }
                current.add(word);
            }
            result.add(new PdfLine.Cell(current));
        }
        return result;
    }

    private boolean startsColumn(float x, float cellX) {
        for (float column : columns) {
            if (column > cellX + TOLERANCE && Math.abs(column - x) <= TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    boolean accepts(PdfLine line, float gap, boolean newPage) {
        if (Math.abs(line.fontSize() - size) > 0.6f || (!newPage && gap > TABLE_END_GAP * pitch)) {
            return false;
        }
        for (PdfLine.Cell cell : cells(line)) {
            int column = column(cell);
            if (column < 0 || (column + 1 < columns.length && cell.xEnd() > columns[column + 1] + TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    void add(PdfLine line, float gap, boolean newPage) {
        List<PdfLine.Cell> cells = cells(line);
        boolean goesOn = newPage
                && !rows.isEmpty()
                && (column(cells.get(0)) > 0
                        || GOES_ON.matcher(cells.get(0).text()).matches());
        if (rows.isEmpty() || (newPage && !goesOn) || (!newPage && gap > ROW_GAP * pitch)) {
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
            row[column] = row[column] == null ? cell.text() : joinInCell(row[column], cell.text());
            for (String link : cell.links()) {
                if (!rowLinks.get(column).contains(link)) {
                    rowLinks.get(column).add(link);
                }
            }
        }
    }

    /**
     * A narrow column breaks a word that does not fit without a hyphen, leaving its last letter alone on
     * the next line ("Phot" / "o", "Telecommunication" / "s"): a lone lower-case letter other than "a" is
     * joined without a space; anything else is joined as lines are ({@link Hyphenation}).
     */
    private String joinInCell(String before, String after) {
        if (LONE_LETTER.matcher(after).matches() && Character.isLetter(before.charAt(before.length() - 1))) {
            return before + after;
        }
        return hyphenation.join(before, after);
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
