package org.wsisanalytics.ingest.rtf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.LocatedLines;
import org.wsisanalytics.model.TextLocation;

/**
 * Collects the body text of an RTF document as lines, the same as the Word readers give: a paragraph per line
 * with a blank line after it; a paragraph in a heading style or with an outline level as "#" x level (at most
 * six); a list paragraph with the marker its {@code \listtext} shows ("- " for bullets, "1.", "b)" for
 * numbers); a table row as one line of tab-separated cells, a cell's paragraphs joined with spaces and a
 * hyperlink whose text does not show its address followed by {@code <address>}. Every paragraph mark and cell
 * mark counts as a paragraph for the lines' locations, as the paragraphs of a .docx are counted (a row mark is
 * none), so the sample's RTF and Word renditions give the same "para. N".
 * Not thread-safe: one per document.
 */
final class RtfLines {

    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");
    /** What a list marker shows when it is a number: "3.", "1.2.", "b)", "(iv)"; anything else is a bullet. */
    private static final Pattern NUMBER_MARKER =
            Pattern.compile("(?i)(?:\\d+[.)]?)+|\\(?[a-z]{1,5}[.)]|\\(\\d{1,4}\\)|\\(?[ivxlc]{1,6}[.)]");

    private static final int MAX_MARKER = 32;

    private final int maxChars;
    private final LocatedLines lines = new LocatedLines();
    private final List<String> row = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder marker = new StringBuilder();
    private boolean tableOpen;
    /** The number (from 1) of the paragraph being read, and of the first one of the table row being read. */
    private int number = 1;

    private int rowFirst;
    private long chars;
    private long rowChars;

    RtfLines(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Past the text limit; a row's cells count with their tabs, so a row of countless empty cells is no way round it. */
    boolean tooLong() {
        return chars + rowChars + text.length() > maxChars;
    }

    /** Visible text of the paragraph or cell being read. */
    void text(CharSequence more) {
        for (int i = 0; i < more.length(); i++) {
            char c = more.charAt(i);
            switch (c) {
                case '\t', '\n' -> text.append(c);
                case '\u00a0', '\u202f' -> text.append(' ');
                case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> {}
                default -> {
                    if (c >= ' ') {
                        text.append(c);
                    }
                }
            }
        }
    }

    /**
     * A {@code \listtext} (or Word 6's {@code \pntext}) group opens: the marker is its text alone, as a file
     * that writes both for one paragraph (for older readers) means one marker.
     */
    void markerStart() {
        marker.setLength(0);
    }

    /** Text of a {@code \listtext} group: the marker the list shows before the paragraph being read. */
    void marker(CharSequence more) {
        if (marker.length() + more.length() <= MAX_MARKER) {
            marker.append(more);
        }
    }

    /** Where a field's result starts in the paragraph or cell being read (see {@link #linkTarget}). */
    long mark() {
        return ((long) number << 32) | text.length();
    }

    /**
     * A hyperlink field whose result began at {@code mark} ended: in a table cell, its address follows its text
     * when the text does not show it (the facilitators table links each title to its session's page).
     */
    void linkTarget(String target, long mark) {
        if (!WEB_ADDRESS.matcher(target).matches()) {
            return; // a bookmark inside the document (\l "name") or a file: nothing to show
        }
        int start = (int) (mark >>> 32) == number ? (int) Math.min(mark & 0xFFFF_FFFFL, text.length()) : 0;
        if (!text.substring(start).contains(target)) {
            text.append(" <").append(target).append('>');
        }
    }

    /** A paragraph mark ({@code \par}): {@code level} is its heading level (0: body text). */
    void paragraphEnd(int level, boolean inTable) {
        if (inTable) {
            if (rowFirst == 0) {
                rowFirst = number;
            }
            text.append('\n');
            marker.setLength(0);
            number++;
            return;
        }
        lines.at(TextLocation.paragraph(number));
        if (tableOpen) {
            lines.add("");
            tableOpen = false;
        }
        paragraph(level);
        text.setLength(0);
        marker.setLength(0);
        number++;
    }

    /** A cell mark ({@code \cell}): the cell's text joins the row. */
    void cellEnd() {
        if (rowFirst == 0) {
            rowFirst = number;
        }
        String cell = oneLine(text);
        row.add(cell);
        rowChars += cell.length() + 1;
        text.setLength(0);
        marker.setLength(0);
        number++;
    }

    /** A row mark ({@code \row}): the row becomes one line of tab-separated cells. */
    void rowEnd() {
        if (!text.isEmpty() && !text.toString().isBlank()) {
            row.add(oneLine(text)); // text after the last cell mark, which a damaged file may hold
        }
        text.setLength(0);
        lines.at(new TextLocation(
                TextLocation.Unit.PARAGRAPH, rowFirst == 0 ? number : rowFirst, Math.max(rowFirst, number - 1)));
        if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
            String line = String.join("\t", row);
            lines.add(line);
            chars += line.length();
            tableOpen = true;
        }
        row.clear();
        rowChars = 0;
        rowFirst = 0;
    }

    /** The document ends: text after the last paragraph mark is a paragraph of its own. */
    CleanText toCleanText(List<String> runningHeaders) {
        if (!row.isEmpty()) {
            rowEnd();
        }
        if (!text.toString().isBlank()) {
            paragraphEnd(0, false);
        }
        return lines.toCleanText(runningHeaders);
    }

    private void paragraph(int level) {
        String paragraph = text.toString().strip();
        if (paragraph.isEmpty()) {
            return;
        }
        if (level > 0) {
            add("#".repeat(Math.min(level, 6)) + " " + oneLine(paragraph));
            return;
        }
        String shown = marker.toString().replace('\t', ' ').strip();
        if (!shown.isEmpty()) {
            add((NUMBER_MARKER.matcher(shown).matches() ? shown : "-") + " "
                    + paragraph.replace('\n', ' ').strip());
            return;
        }
        for (String line : paragraph.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
                chars += line.length();
            }
        }
        lines.add("");
    }

    private static String oneLine(CharSequence text) {
        return SPACE_RUN
                .matcher(text.toString().replace('\n', ' ').replace('\t', ' '))
                .replaceAll(" ")
                .strip();
    }

    private void add(String line) {
        lines.add(line);
        lines.add("");
        chars += line.length();
    }
}
