package org.wsisanalytics.reports.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;

/**
 * The session × action-line view that the workbook, the brief and the charts share: one row per
 * session in result order, one column per action line in C1..C11 order.
 */
public final class CoverageMatrix {

    private final List<SessionOutline> sessions;
    private final List<ActionLine> actionLines;
    private final int[][] mentions;
    private final boolean[][] inLinksSection;
    private final Map<SessionKey, Integer> rows = new HashMap<>();

    private CoverageMatrix(List<SessionOutline> sessions, List<ActionLine> actionLines) {
        this.sessions = sessions;
        this.actionLines = actionLines;
        this.mentions = new int[sessions.size()][actionLines.size()];
        this.inLinksSection = new boolean[sessions.size()][actionLines.size()];
    }

    /** Builds the matrix; fails if a coverage row names a session or action line the result does not have. */
    public static CoverageMatrix of(RunSummary result) {
        CoverageMatrix matrix = new CoverageMatrix(result.sessions(), result.actionLines());
        Map<SessionKey, Integer> rows = matrix.rows;
        for (int i = 0; i < result.sessions().size(); i++) {
            rows.put(result.sessions().get(i).key(), i);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int j = 0; j < result.actionLines().size(); j++) {
            columns.put(result.actionLines().get(j).code(), j);
        }
        for (ActionLineCoverage cell : result.coverage()) {
            Integer row = rows.get(cell.session());
            Integer column = columns.get(cell.actionLine());
            if (row == null || column == null) {
                throw new IllegalArgumentException("Coverage row " + cell + " refers to a session or action line"
                        + " that is not part of the result; the analysis result is inconsistent.");
            }
            matrix.mentions[row][column] += cell.mentions();
            matrix.inLinksSection[row][column] |= cell.inLinksSection();
        }
        return matrix;
    }

    public List<SessionOutline> sessions() {
        return sessions;
    }

    /** The row of a session of the summary; fails for a session the summary does not have. */
    public int row(SessionKey session) {
        Integer row = rows.get(session);
        if (row == null) {
            throw new IllegalArgumentException("Session " + session + " is not part of the run's summary.");
        }
        return row;
    }

    public List<ActionLine> actionLines() {
        return actionLines;
    }

    public int mentions(int sessionRow, int lineColumn) {
        return mentions[sessionRow][lineColumn];
    }

    /** Whether the session names the line in its links-to-action-lines part (not only in passing). */
    public boolean inLinksSection(int sessionRow, int lineColumn) {
        return inLinksSection[sessionRow][lineColumn];
    }

    /** Mentions of all lines in one session. */
    public int sessionTotal(int sessionRow) {
        int total = 0;
        for (int count : mentions[sessionRow]) {
            total += count;
        }
        return total;
    }

    /** Mentions of one line in all sessions. */
    public int lineTotal(int lineColumn) {
        int total = 0;
        for (int[] row : mentions) {
            total += row[lineColumn];
        }
        return total;
    }

    /** Number of sessions that refer to the line at least once. */
    public int sessionsReferencing(int lineColumn) {
        int count = 0;
        for (int[] row : mentions) {
            if (row[lineColumn] > 0) {
                count++;
            }
        }
        return count;
    }

    /** The codes of the lines a session refers to, in C1..C11 order. */
    public List<String> linesOf(int sessionRow) {
        List<String> codes = new ArrayList<>();
        for (int j = 0; j < actionLines.size(); j++) {
            if (mentions[sessionRow][j] > 0) {
                codes.add(actionLines.get(j).code());
            }
        }
        return List.copyOf(codes);
    }
}
