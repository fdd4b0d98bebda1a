package org.wsisanalytics.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One action line's coverage over a whole run: a column total of the coverage matrix.
 *
 * @param actionLine "C1" to "C11"
 * @param sessions number of sessions that refer to the line at least once
 * @param mentions number of references in all sessions
 */
public record ActionLineTotal(String actionLine, int sessions, int mentions) {

    public ActionLineTotal {
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.notNegative(sessions, "sessions");
        Requires.notNegative(mentions, "mentions");
        if (sessions > mentions) {
            throw new IllegalArgumentException(
                    actionLine + ": " + sessions + " sessions but only " + mentions + " mentions");
        }
    }

    /**
     * The totals of each line, in the order of {@code actionLines} and with zeros for lines no cell names.
     * Fails on a cell whose line is not one of {@code actionLines}.
     */
    public static List<ActionLineTotal> of(List<ActionLine> actionLines, List<ActionLineCoverage> coverage) {
        Map<String, Set<SessionKey>> sessions = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        actionLines.forEach(line -> sessions.put(line.code(), new HashSet<>()));
        for (ActionLineCoverage cell : coverage) {
            Set<SessionKey> referencing = sessions.get(cell.actionLine());
            if (referencing == null) {
                throw new IllegalArgumentException(
                        "Coverage row " + cell + " names an action line that is not" + " one of "
                                + actionLines.stream().map(ActionLine::code).toList() + ".");
            }
            referencing.add(cell.session());
            mentions.merge(cell.actionLine(), cell.mentions(), Integer::sum);
        }
        List<ActionLineTotal> totals = new ArrayList<>();
        for (ActionLine line : actionLines) {
            totals.add(new ActionLineTotal(
                    line.code(), sessions.get(line.code()).size(), mentions.getOrDefault(line.code(), 0)));
        }
        return List.copyOf(totals);
    }
}
