package org.wsisanalytics.ingest.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.ingest.clean.LocatedLines;
import org.wsisanalytics.model.TextLocation;

/**
 * Collects the main text of a Word 97-2003 document as lines, in document order: a paragraph per line with
 * a blank line after it; paragraphs in a Title or Heading N style (also through the style they are based
 * on), or with an outline level, as "#" x level headings (at most six); list paragraphs with the marker Word
 * shows; a table row as one line of tab-separated cells, a hyperlink whose text does not show its address
 * followed by {@code <address>}. Fields show their results; deleted revisions and hidden text are left
 * out, and footnotes, comments and text boxes are stories of their own that never reach the main text.
 * Not thread-safe: one per document.
 */
final class DocLines {

    /** Built-in style names are stored in English ("heading 1", "Title") by Word and LibreOffice alike. */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading\\s*([1-9])|title)");

    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    private static final char CELL_END = '\u0007';
    private static final int BODY_TEXT = 9;
    private static final int NO_STYLE = 4095;
    private static final int MAX_STYLE_DEPTH = 10;
    /** Word's number formats (nfc) that {@link #number} writes other than in digits. */
    private static final int UPPER_ROMAN = 1;

    private static final int LOWER_ROMAN = 2;
    private static final int UPPER_LETTER = 3;
    private static final int LOWER_LETTER = 4;
    private static final int BULLET = 23;
    private static final int NO_NUMBER = 255;

    private final StyleSheet styles;
    private final int maxChars;
    private final LocatedLines lines = new LocatedLines();
    private final DocFields fields = new DocFields();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<String> row = new ArrayList<>();
    private StringBuilder cell = new StringBuilder();
    private boolean inTable;
    /** The paragraph number (from 1) of the paragraph being read, and of the first one of the table row being read. */
    private int number;

    private int rowFirst;
    private long chars;

    DocLines(HWPFDocument document, int maxChars) {
        this.styles = document.getStyleSheet();
        this.maxChars = maxChars;
    }

    List<String> lines() {
        return lines.lines();
    }

    /** The lines, each with its paragraph number in the range read (every paragraph counts, table cells' too). */
    CleanText toCleanText(List<String> runningHeaders) {
        return lines.toCleanText(runningHeaders);
    }

    boolean tooLong() {
        return chars + cell.length() > maxChars;
    }

    void read(Range range) {
        for (int i = 0; i < range.numParagraphs() && !tooLong(); i++) {
            number = i + 1;
            lines.at(TextLocation.paragraph(number));
            paragraph(range.getParagraph(i));
        }
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.isInTable()) {
            inTable = true;
            tableParagraph(paragraph);
            return;
        }
        if (inTable) {
            lines.add("");
            inTable = false;
        }
        String text =
                visibleText(paragraph, new StringBuilder(), false).toString().strip();
        if (text.isEmpty()) {
            return;
        }
        int level = headingLevel(paragraph);
        if (level > 0) {
            add("#".repeat(Math.min(level, 6)) + " "
                    + SPACE_RUN
                            .matcher(text.replace('\n', ' ').replace('\t', ' '))
                            .replaceAll(" ")
                            .strip());
            return;
        }
        String marker = paragraph.isInList() ? listMarker(paragraph) : null;
        if (marker != null) {
            add(marker + " " + text.replace('\n', ' ').strip());
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
                chars += line.length();
            }
        }
        lines.add("");
    }

    /**
     * A cell's last paragraph ends with the cell mark, and a row with a paragraph of its own that holds only
     * the row mark. Cells of a table nested in a cell (table level 2 and more) are read into the outer cell.
     */
    private void tableParagraph(Paragraph paragraph) {
        boolean nested = paragraph.getTableLevel() > 1;
        if (rowFirst == 0) {
            rowFirst = number;
        }
        if (paragraph.isTableRowEnd()) {
            if (nested) {
                cell.append(' ');
                return;
            }
            lines.at(new TextLocation(TextLocation.Unit.PARAGRAPH, rowFirst, number));
            rowFirst = 0;
            if (row.stream().anyMatch(text -> !text.isEmpty())) {
                String line = String.join("\t", row);
                lines.add(line);
                chars += line.length();
            }
            row.clear();
            cell = new StringBuilder();
            return;
        }
        if (!cell.isEmpty()) {
            cell.append(' ');
        }
        visibleText(paragraph, cell, true);
        String raw = paragraph.text();
        if (!nested && !raw.isEmpty() && raw.charAt(raw.length() - 1) == CELL_END) {
            row.add(SPACE_RUN
                    .matcher(cell.toString().replace('\n', ' ').replace('\t', ' '))
                    .replaceAll(" ")
                    .strip());
            cell = new StringBuilder();
        }
    }

    /** The paragraph's text as Word shows it: field results, not codes; no deleted or hidden runs. */
    private StringBuilder visibleText(Paragraph paragraph, StringBuilder out, boolean linkTargets) {
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            boolean dropped = run.isMarkedDeleted() || run.isVanished();
            String text = run.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (fields.take(c, out, linkTargets) || dropped) {
                    continue;
                }
                switch (c) {
                    case '\u000b' -> out.append('\n'); // a line break within the paragraph
                    case '\t' -> out.append('\t');
                    case '\u001e' -> out.append('-'); // a non-breaking hyphen
                    case '\u00a0', '\u202f' -> out.append(' ');
                    case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> {}
                    default -> {
                        if (c >= ' ') {
                            out.append(c); // control marks (pictures, note references, breaks) carry no text
                        }
                    }
                }
            }
        }
        return out;
    }

    /** 1 for Title and Heading 1, N for Heading N (also through the base style), else the outline level + 1. */
    private int headingLevel(Paragraph paragraph) {
        int index = paragraph.getStyleIndex();
        for (int depth = 0; index != NO_STYLE && depth < MAX_STYLE_DEPTH; depth++) {
            StyleDescription style = index < styles.numStyles() ? styles.getStyleDescription(index) : null;
            if (style == null) {
                break;
            }
            Matcher matcher = style.getName() == null
                    ? null
                    : HEADING_STYLE.matcher(style.getName().strip());
            if (matcher != null && matcher.matches()) {
                return matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            }
            index = style.getBaseStyle();
        }
        int outline = paragraph.getLvl();
        return outline >= 0 && outline < BODY_TEXT ? outline + 1 : 0;
    }

    /**
     * The marker Word shows: "-" for bullets, else the level's number text with each level's count in its
     * format ("3.", "b)", "2.1"); counted per list (each list override, as Word's numbering instances) and
     * level, a deeper level restarting when a higher one moves on.
     */
    private String listMarker(Paragraph paragraph) {
        HWPFList list = paragraph.getList();
        int level = Math.max(0, Math.min(8, paragraph.getIlvl()));
        int format = list.getNumberFormat((char) level);
        if (format == BULLET || format == NO_NUMBER) {
            return "-";
        }
        String key = paragraph.getIlfo() + "/";
        int count = counters.merge(key + level, list.getStartAt((char) level), (old, start) -> old + 1);
        for (int deeper = level + 1; deeper <= 8; deeper++) {
            counters.remove(key + deeper);
        }
        String pattern = list.getNumberText((char) level);
        StringBuilder marker = new StringBuilder();
        for (char c : (pattern == null ? "" : pattern).toCharArray()) {
            if (c < 9) {
                int shown = c == level ? count : counters.getOrDefault(key + (int) c, list.getStartAt(c));
                marker.append(number(shown, list.getNumberFormat(c)));
            } else {
                marker.append(c);
            }
        }
        String text = marker.toString().strip();
        return text.isEmpty() ? count + "." : text;
    }

    private static String number(int count, int format) {
        return switch (format) {
            case LOWER_LETTER -> letters(count).toLowerCase(Locale.ROOT);
            case UPPER_LETTER -> letters(count);
            case LOWER_ROMAN -> roman(count).toLowerCase(Locale.ROOT);
            case UPPER_ROMAN -> roman(count);
            default -> Integer.toString(count);
        };
    }

    /** Word counts letters a..z, aa..zz, aaa.. (the letter repeated). */
    private static String letters(int count) {
        return count < 1
                ? Integer.toString(count)
                : String.valueOf((char) ('A' + (count - 1) % 26)).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder result = new StringBuilder();
        int rest = Math.max(0, count);
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                result.append(symbols[i]);
            }
        }
        return result.isEmpty() ? Integer.toString(count) : result.toString();
    }

    private void add(String line) {
        lines.add(line);
        lines.add("");
        chars += line.length();
    }
}
