package org.wsisanalytics.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a piece of text is in its input file, in the unit a reader of that file would look it up by: the page of
 * a PDF, the paragraph of a Word or OpenDocument file (counted from the start of the body, empty paragraphs and
 * table cells' paragraphs included), the line of a text or HTML file.
 *
 * @param unit what is counted
 * @param first the first page, paragraph or line, from 1
 * @param last the last one, at least {@code first}
 */
public record TextLocation(Unit unit, int first, int last) {

    private static final Pattern LABEL = Pattern.compile("(pp?\\.|paras?\\.|lines?) (\\d+)(?:–(\\d+))?");

    /** The unit a location counts in, with its label's abbreviations. */
    public enum Unit {
        PAGE("p.", "pp."),
        PARAGRAPH("para.", "paras."),
        LINE("line", "lines");

        private final String one;
        private final String many;

        Unit(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    public TextLocation {
        Objects.requireNonNull(unit, "unit");
        Requires.positive(first, "first");
        if (last < first) {
            throw new IllegalArgumentException("last " + last + " must not be before first " + first);
        }
    }

    public static TextLocation page(int page) {
        return new TextLocation(Unit.PAGE, page, page);
    }

    public static TextLocation paragraph(int paragraph) {
        return new TextLocation(Unit.PARAGRAPH, paragraph, paragraph);
    }

    public static TextLocation line(int line) {
        return new TextLocation(Unit.LINE, line, line);
    }

    public static TextLocation lines(int first, int last) {
        return new TextLocation(Unit.LINE, first, last);
    }

    /** The location from this one's start to the other's end (or the other's start to this one's end). */
    public TextLocation through(TextLocation other) {
        if (other == null || other.equals(this)) {
            return this;
        }
        if (other.unit != unit) {
            throw new IllegalArgumentException("cannot join " + this + " and " + other);
        }
        return new TextLocation(unit, Math.min(first, other.first), Math.max(last, other.last));
    }

    /** The label a citation uses: "p. 35", "pp. 35–36", "para. 399", "line 840", "lines 2061–2063" (an en dash). */
    public String label() {
        return first == last ? unit.one + " " + first : unit.many + " " + first + "–" + last;
    }

    /** The location a {@link #label()} names, or {@code null} for an empty or {@code null} label. */
    public static TextLocation parse(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Matcher matcher = LABEL.matcher(label.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a text location: '" + label + "'");
        }
        Unit unit = switch (matcher.group(1)) {
            case "p.", "pp." -> Unit.PAGE;
            case "para.", "paras." -> Unit.PARAGRAPH;
            default -> Unit.LINE;
        };
        int first = Integer.parseInt(matcher.group(2));
        return new TextLocation(unit, first, matcher.group(3) == null ? first : Integer.parseInt(matcher.group(3)));
    }

    /** The label of a location that may be unknown: empty for {@code null}. */
    public static String labelOf(TextLocation location) {
        return location == null ? "" : location.label();
    }

    @Override
    public String toString() {
        return label();
    }
}
