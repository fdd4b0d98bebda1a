package org.wsisanalytics.reports.coverage;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.CoverageState;
import org.wsisanalytics.model.SessionOverview;

/**
 * One session's row of the session × action-line view that the workbook, the brief and the charts share:
 * one column per action line in C1..C11 order, each cell with its count, its state (numbered in the links part,
 * numbered elsewhere, named only, none) and the labels that conflict with its number. Rows are made one session at a time; the run's column totals
 * are the summary's {@code lineTotals}.
 */
public final class CoverageRow {

    private final List<ActionLine> actionLines;
    private final int[] mentions;
    private final boolean[] inLinksSection;
    private final CoverageState[] states;
    private final List<List<ActionLineLabelConflict>> conflicts;

    private CoverageRow(List<ActionLine> actionLines) {
        this.actionLines = actionLines;
        this.mentions = new int[actionLines.size()];
        this.inLinksSection = new boolean[actionLines.size()];
        this.states = new CoverageState[actionLines.size()];
        this.conflicts = new ArrayList<>();
    }

    /** The session's row; fails if its coverage names an action line that is not one of {@code actionLines}. */
    public static CoverageRow of(SessionOverview session, List<ActionLine> actionLines) {
        CoverageRow row = new CoverageRow(actionLines);
        for (ActionLineCoverage cell : session.coverage()) {
            int column = column(actionLines, cell.actionLine());
            if (column < 0) {
                throw new IllegalArgumentException("Coverage row " + cell + " refers to an action line that is"
                        + " not part of the run; the analysis result is inconsistent.");
            }
            row.mentions[column] += cell.mentions();
            row.inLinksSection[column] |= cell.inLinksSection();
        }
        for (int j = 0; j < actionLines.size(); j++) {
            String code = actionLines.get(j).code();
            row.states[j] = session.state(code);
            row.conflicts.add(session.labelConflicts().stream()
                    .filter(conflict -> conflict.actionLine().equals(code))
                    .toList());
        }
        return row;
    }

    private static int column(List<ActionLine> actionLines, String code) {
        for (int j = 0; j < actionLines.size(); j++) {
            if (actionLines.get(j).code().equals(code)) {
                return j;
            }
        }
        return -1;
    }

    public List<ActionLine> actionLines() {
        return actionLines;
    }

    public int mentions(int lineColumn) {
        return mentions[lineColumn];
    }

    /** Whether the session names the line in its links-to-action-lines part (not only in passing). */
    public boolean inLinksSection(int lineColumn) {
        return inLinksSection[lineColumn];
    }

    /** The cell's state under the one counting rule ({@code SessionOverview.state}). */
    public CoverageState state(int lineColumn) {
        return states[lineColumn];
    }

    /** Whether the session names the line in words only: shown, not counted. */
    public boolean namedOnly(int lineColumn) {
        return states[lineColumn] == CoverageState.NAMED_ONLY;
    }

    /** The distinct labels that conflict with the line's number in this session ("E-Governance" for C11). */
    public List<String> conflictingLabels(int lineColumn) {
        return conflicts.get(lineColumn).stream()
                .map(ActionLineLabelConflict::label)
                .distinct()
                .toList();
    }

    /**
     * One sentence per conflicting label, for a note on the cell: "Labelled “E-Governance” in the text, a name
     * that fits C7 (ICT applications, sub-line E-government); counted for C11, the number written."
     */
    public String labelNote(int lineColumn) {
        String code = actionLines.get(lineColumn).code();
        List<String> sentences = new ArrayList<>();
        for (ActionLineLabelConflict conflict : conflicts.get(lineColumn)) {
            String sentence = "Labelled \u201C" + conflict.label() + "\u201D in the text, a name that fits "
                    + conflict.fits() + "; counted for " + code + ", the number written.";
            if (!sentences.contains(sentence)) {
                sentences.add(sentence);
            }
        }
        return String.join(" ", sentences);
    }

    /** Mentions of all lines in the session. */
    public int total() {
        int total = 0;
        for (int count : mentions) {
            total += count;
        }
        return total;
    }

    /** The codes of the lines the session refers to, in C1..C11 order. */
    public List<String> lines() {
        List<String> codes = new ArrayList<>();
        for (int j = 0; j < actionLines.size(); j++) {
            if (mentions[j] > 0) {
                codes.add(actionLines.get(j).code());
            }
        }
        return List.copyOf(codes);
    }
}
