package org.wsisanalytics.ingest.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.wsisanalytics.ingest.clean.LocatedLines;
import org.wsisanalytics.model.TextLocation;

/**
 * Collects one Word document's body as lines, in document order, each with its paragraph number: every paragraph
 * of the body counts, empty ones and those in table cells included (a table row spans its cells' paragraphs), as
 * the document's XML lists them. Not thread-safe: one per document.
 */
final class DocxLines {

    /** Built-in style names are stored in English whatever the user's language ("heading 1", "Title"). */
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading\\s*([1-9])|title)");

    private static final Pattern LIST_STYLE = Pattern.compile("(?i)list\\s*(?:bullet|number).*");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final int MAX_STYLE_DEPTH = 10;
    private static final int BODY_TEXT_OUTLINE_LEVEL = 9;

    private final XWPFDocument document;
    private final int maxChars;
    private final LocatedLines lines = new LocatedLines();
    private final Map<String, Integer> counters = new HashMap<>();
    private int paragraphs;
    private long chars;

    DocxLines(XWPFDocument document, int maxChars) {
        this.document = document;
        this.maxChars = maxChars;
    }

    LocatedLines lines() {
        return lines;
    }

    boolean tooLong() {
        return chars > maxChars;
    }

    void paragraph(XWPFParagraph paragraph) {
        lines.at(TextLocation.paragraph(++paragraphs));
        String text = normalise(paragraph.getText()).strip();
        if (text.isEmpty()) {
            return;
        }
        int level = headingLevel(paragraph);
        if (level > 0) {
            add("#".repeat(level) + " " + text.replace('\n', ' ').replace('\t', ' '));
        } else {
            String marker = listMarker(paragraph);
            add(marker == null ? text : marker + " " + text.replace('\n', ' '));
        }
    }

    /** Every row becomes one line of tab-separated cells; a cell's paragraphs are joined with spaces. */
    void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            int first = paragraphs + 1;
            for (XWPFTableCell cell : row.getTableCells()) {
                paragraphs += cell.getParagraphs().size();
                String text = cellText(cell);
                any |= !text.isEmpty();
                cells.add(text);
            }
            lines.at(new TextLocation(TextLocation.Unit.PARAGRAPH, first, Math.max(first, paragraphs)));
            if (any) {
                lines.add(String.join("\t", cells));
                chars += cells.stream().mapToInt(String::length).sum();
            }
        }
        lines.add("");
    }

    /** A content control (Word puts its generated table of contents in one): one line per line of text. */
    void contentControl(String text) {
        for (String line : normalise(text).split("\n")) {
            lines.at(TextLocation.paragraph(++paragraphs));
            if (!line.isBlank()) {
                add(line.strip());
            }
        }
    }

    private void add(String line) {
        lines.add(line);
        lines.add("");
        chars += line.length();
    }

    /**
     * A cell's text with the target of each hyperlink whose visible text does not show it, written as
     * "&lt;url&gt;" after the link text: the facilitators table links a session's title to its page, and the
     * session number is the last segment of that address.
     */
    private String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            StringBuilder text = new StringBuilder();
            for (IRunElement run : paragraph.getIRuns()) {
                text.append(run.toString());
                if (run instanceof XWPFHyperlinkRun link) {
                    XWPFHyperlink target = link.getHyperlink(document);
                    String url = target == null ? null : target.getURL();
                    if (url != null
                            && url.matches("(?i)https?://.*")
                            && !link.text().contains(url)) {
                        text.append(" <").append(url).append('>');
                    }
                }
            }
            String line = normalise(text.toString()).replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The paragraph's heading level: 1 for Title and Heading 1, N for Heading N (also through a custom style
     * based on one), outline level + 1 where the paragraph or its style sets one; 0 for body text.
     */
    private int headingLevel(XWPFParagraph paragraph) {
        int own = outlineLevel(paragraph.getCTP().getPPr());
        if (own < BODY_TEXT_OUTLINE_LEVEL) {
            return own + 1;
        }
        XWPFStyles styles = document.getStyles();
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < MAX_STYLE_DEPTH; depth++) {
            int byId = styleLevel(styleId);
            if (byId > 0) {
                return byId;
            }
            XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
            if (style == null) {
                return 0;
            }
            int byName = style.getName() == null ? 0 : styleLevel(style.getName());
            if (byName > 0) {
                return byName;
            }
            int outline = outlineLevel(style.getCTStyle().getPPr());
            if (outline < BODY_TEXT_OUTLINE_LEVEL) {
                return outline + 1;
            }
            styleId = style.getBasisStyleID();
        }
        return 0;
    }

    private static int styleLevel(String style) {
        Matcher matcher = HEADING_STYLE.matcher(style);
        if (!matcher.matches()) {
            return 0;
        }
        return matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
    }

    private static int outlineLevel(CTPPr properties) {
        return properties != null && properties.isSetOutlineLvl()
                ? properties.getOutlineLvl().getVal().intValue()
                : BODY_TEXT_OUTLINE_LEVEL;
    }

    private static int outlineLevel(CTPPrGeneral properties) {
        return properties != null && properties.isSetOutlineLvl()
                ? properties.getOutlineLvl().getVal().intValue()
                : BODY_TEXT_OUTLINE_LEVEL;
    }

    /**
     * The marker Word shows before a list item, as the text path writes it: "-" for bullets, "3." or
     * "c)" for numbered items (counted per list and level), or {@code null} when the paragraph is no list item.
     */
    private String listMarker(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null) {
            String style = paragraph.getStyle() == null ? null : styleName(paragraph.getStyle());
            return style != null && LIST_STYLE.matcher(style).matches() ? "-" : null;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        String format = paragraph.getNumFmt() == null ? "bullet" : paragraph.getNumFmt();
        if (format.equals("bullet") || format.equals("none")) {
            return "-";
        }
        String key = numId + "/" + level;
        int count = counters.merge(key, 1, Integer::sum);
        counters.keySet().removeIf(other -> other.startsWith(numId + "/") && levelOf(other) > level);
        String pattern = paragraph.getNumLevelText() == null ? "%1." : paragraph.getNumLevelText();
        return pattern.replaceAll("%\\d", number(format, count)).strip();
    }

    private String styleName(String styleId) {
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        return style == null ? styleId : style.getName();
    }

    private static int levelOf(String key) {
        return Integer.parseInt(key.substring(key.indexOf('/') + 1));
    }

    private static String number(String format, int count) {
        return switch (format) {
            case "lowerLetter" -> letters(count).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(count);
            case "lowerRoman" -> roman(count).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(count);
            default -> Integer.toString(count);
        };
    }

    private static String letters(int count) {
        return String.valueOf((char) ('A' + (count - 1) % 26)).repeat((count - 1) / 26 + 1);
    }

    private static String roman(int count) {
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder result = new StringBuilder();
        int rest = count;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                result.append(symbols[i]);
            }
        }
        return result.toString();
    }

    static String normalise(String text) {
        String result = text == null ? "" : text;
        result = result.replace('\u00A0', ' ').replace('\u202F', ' ').replace("\r", "");
        return INVISIBLE.matcher(result).replaceAll("");
    }
}
