package org.wsisanalytics.reports.coverage;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.SessionOverview;

/**
 * One session's row of the session × action-line view that the workbook, the brief and the charts share:
 * one column per action line in C1..C11 order. Rows are made one session at a time; the run's column totals
 * are the summary's {@code lineTotals}.
 */
public final class CoverageRow {

    private final List<ActionLine> actionLines;
    private final int[] mentions;
    private final boolean[] inLinksSection;

    private CoverageRow(List<ActionLine> actionLines) {
        this.actionLines = actionLines;
        this.mentions = new int[actionLines.size()];
        this.inLinksSection = new boolean[actionLines.size()];
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
