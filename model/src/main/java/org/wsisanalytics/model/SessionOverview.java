package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * A session's outline with its coverage and theme counts: its row of the coverage and themes matrices,
 * without a sentence. What the parts of a report that list every session need, handed over one session at a
 * time by {@link RunData#forEachOverview}.
 *
 * @param session the session
 * @param coverage its action lines with their numbers of (numbered) references, in C1..C11 order
 * @param themeCounts its themes with their numbers of mentions, in taxonomy order
 * @param namedLines the action lines it names in words ("the action line on e-environment"), each once, in
 *     C1..C11 order, whether or not it also numbers them
 * @param labelConflicts its numbered references labelled with another line's name, in text order
 */
public record SessionOverview(
        SessionOutline session,
        List<ActionLineCoverage> coverage,
        List<ThemeCount> themeCounts,
        List<String> namedLines,
        List<ActionLineLabelConflict> labelConflicts) {

    public SessionOverview {
        Objects.requireNonNull(session, "session");
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
        themeCounts = List.copyOf(Objects.requireNonNull(themeCounts, "themeCounts"));
        namedLines = List.copyOf(Objects.requireNonNull(namedLines, "namedLines"));
        labelConflicts = List.copyOf(Objects.requireNonNull(labelConflicts, "labelConflicts"));
        SessionKey key = session.key();
        for (ActionLineCoverage cell : coverage) {
            if (!cell.session().equals(key)) {
                throw new IllegalArgumentException("Coverage row " + cell + " is not of session " + key);
            }
        }
        for (ThemeCount count : themeCounts) {
            if (!count.session().equals(key)) {
                throw new IllegalArgumentException("Theme count " + count + " is not of session " + key);
            }
        }
        for (String code : namedLines) {
            if (!ActionLine.isCode(code)) {
                throw new IllegalArgumentException("not an action line code: " + code);
            }
        }
        for (ActionLineLabelConflict conflict : labelConflicts) {
            if (!conflict.session().equals(key)) {
                throw new IllegalArgumentException("Label conflict " + conflict + " is not of session " + key);
            }
        }
    }

    public SessionKey key() {
        return session.key();
    }

    /**
     * The one counting rule for a cell: a line the session refers to by number is counted ({@link
     * CoverageState#LINKS} when one of those references is in its links-to-action-lines part, else {@link
     * CoverageState#ELSEWHERE}); a line it only names in words is {@link CoverageState#NAMED_ONLY}, shown and not
     * counted; otherwise {@link CoverageState#NONE}.
     */
    public CoverageState state(String actionLine) {
        for (ActionLineCoverage cell : coverage) {
            if (cell.actionLine().equals(actionLine)) {
                return cell.inLinksSection() ? CoverageState.LINKS : CoverageState.ELSEWHERE;
            }
        }
        return namedLines.contains(actionLine) ? CoverageState.NAMED_ONLY : CoverageState.NONE;
    }

    /** The labels that conflict with the line's number in this session ("E-Governance" for C11), each once. */
    public List<String> conflictingLabels(String actionLine) {
        return labelConflicts.stream()
                .filter(conflict -> conflict.actionLine().equals(actionLine))
                .map(ActionLineLabelConflict::label)
                .distinct()
                .toList();
    }

    /** The lines the session names in words only, never by number: shown, not counted. */
    public List<String> namedOnly() {
        return namedLines.stream()
                .filter(code -> state(code) == CoverageState.NAMED_ONLY)
                .toList();
    }
}
