package org.wsisanalytics.reports.method;

import java.util.Objects;

/**
 * One line of the counting rules ({@code how-we-count.txt}).
 *
 * @param kind what the line is
 * @param text its text as written (for an example, the example sentence)
 * @param actionLine for {@link Kind#COUNTS} and {@link Kind#NAMED} examples, the line the example refers to; else
 *     {@code null}
 */
public record MethodLine(Kind kind, String text, String actionLine) {

    /** What a line of the rules is. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        BULLET,
        /** An example sentence with a numbered reference, counted for {@code actionLine}. */
        COUNTS,
        /** An example sentence that names {@code actionLine} in words only: shown, not counted. */
        NAMED,
        /** An example sentence that refers to no action line. */
        NONE,
        /** An example sentence with a figure. */
        FIGURE,
        /** An example sentence with a number that is not a figure. */
        NO_FIGURE;

        public boolean example() {
            return ordinal() >= COUNTS.ordinal();
        }
    }

    public MethodLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.COUNTS || kind == Kind.NAMED) != (actionLine != null)) {
            throw new IllegalArgumentException(
                    kind + " example '" + text + "' must name an action line exactly when" + " it counts or names one");
        }
    }

    /** The line as printed: examples say what they show ("Counted for C4: “…”"). */
    public String display() {
        String quoted = "\u201C" + text + "\u201D";
        return switch (kind) {
            case HEADING, PARAGRAPH, BULLET -> text;
            case COUNTS -> "Example, counted for " + actionLine + ": " + quoted;
            case NAMED -> "Example, " + actionLine + " named only (shown, not counted): " + quoted;
            case NONE -> "Example, no action line: " + quoted;
            case FIGURE -> "Example, a figure: " + quoted;
            case NO_FIGURE -> "Example, no figure: " + quoted;
        };
    }
}
