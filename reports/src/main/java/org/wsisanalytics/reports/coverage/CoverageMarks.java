package org.wsisanalytics.reports.coverage;

import java.util.List;

import org.wsisanalytics.model.CoverageState;

/**
 * The marks of a coverage cell, the same in the brief's table and heat map and in the workbook, and their legend.
 */
public final class CoverageMarks {

    /** Numbered in the session's links-to-action-lines part (counted). */
    public static final String LINKED = "\u25CF";
    /** Numbered elsewhere in the session only (counted). */
    public static final String ELSEWHERE = "\u25CB";
    /** Named in words only (shown, not counted): a word, so that it cannot be taken for a count's mark. */
    public static final String NAMED_ONLY = "named";
    /** The named-only mark in the heat map, whose cells are too narrow for the word. */
    public static final String NAMED_ONLY_IN_HEAT_MAP = "n";
    /** Numbered with a label that names another line (counted for the number; the note gives the label). */
    public static final String LABEL_CONFLICT = "\u2020";

    private CoverageMarks() {}

    /** The mark of a cell's state, empty for {@link CoverageState#NONE}. */
    public static String of(CoverageState state) {
        return switch (state) {
            case LINKS -> LINKED;
            case ELSEWHERE -> ELSEWHERE;
            case NAMED_ONLY -> NAMED_ONLY;
            case NONE -> "";
        };
    }

    /** One entry per mark, "● numbered in the session's links to the WSIS Action Lines (counted)". */
    public static List<String> legend() {
        return List.of(
                LINKED + " numbered in the session's links to the WSIS Action Lines (counted)",
                ELSEWHERE + " numbered elsewhere in the session only (counted)",
                NAMED_ONLY + " (in the heat map " + NAMED_ONLY_IN_HEAT_MAP + "): the line is named in words only,"
                        + " without its number (shown, not counted)",
                LABEL_CONFLICT + " numbered, but labelled with another line's name (counted for the number; the"
                        + " note gives the label)");
    }

    /** The legend on one line, entries separated by semicolons. */
    public static String legendLine() {
        return String.join("; ", legend()) + ".";
    }
}
