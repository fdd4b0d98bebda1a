package org.wsisanalytics.reports.method;

import java.util.Objects;

import org.wsisanalytics.model.CountryMentionKind;

/**
 * One line of the counting rules ({@code how-we-count.txt}).
 *
 * @param kind what the line is
 * @param text its text as written (for an example, the example sentence)
 * @param actionLine for {@link Kind#COUNTS} and {@link Kind#NAMED} examples, the line the example refers to; else
 *     {@code null}
 * @param country for {@link Kind#COUNTRY} examples, the country the example names and how; else {@code null}
 */
public record MethodLine(Kind kind, String text, String actionLine, CountryExample country) {

    /**
     * What a country example shows: the country it names (ISO 3166-1 alpha-2) and the kind of that mention.
     *
     * @param iso2 the country's code ("RU")
     * @param kind the kind the country detector gives the mention
     */
    public record CountryExample(String iso2, CountryMentionKind kind) {

        public CountryExample {
            Objects.requireNonNull(iso2, "iso2");
            Objects.requireNonNull(kind, "kind");
        }
    }

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
        NO_FIGURE,
        /** An example sentence that names {@code country} once, in the way its kind says. */
        COUNTRY;

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
        if ((kind == Kind.COUNTRY) != (country != null)) {
            throw new IllegalArgumentException(
                    kind + " example '" + text + "' must name a country exactly when it is a country example");
        }
    }

    /** A line that is no country example. */
    public MethodLine(Kind kind, String text, String actionLine) {
        this(kind, text, actionLine, null);
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
            case COUNTRY -> "Example, " + country.iso2() + " " + countryAs(country.kind()) + ": " + quoted;
        };
    }

    private static String countryAs(CountryMentionKind kind) {
        return switch (kind) {
            case NAME -> "by its name, counted";
            case DEMONYM -> "by its demonym, counted";
            case ORG -> "in an organisation's name, not counted";
            case LANGUAGE -> "as a language, not counted";
            case HISTORICAL -> "as a period of the past, not counted";
        };
    }
}
