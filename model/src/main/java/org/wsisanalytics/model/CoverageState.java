package org.wsisanalytics.model;

/**
 * What one session does with one action line: the state of a cell of the coverage matrix. The one rule for
 * numbered and named references is {@link SessionOverview#state}: a numbered reference counts, a reference by
 * name only is shown and not counted.
 */
public enum CoverageState {
    /** Referred to by number in the session's links-to-action-lines part (counted). */
    LINKS,
    /** Referred to by number elsewhere in the session only (counted). */
    ELSEWHERE,
    /** Named in words only, never by its number (shown, not counted). */
    NAMED_ONLY,
    /** Neither numbered nor named. */
    NONE;

    /** Whether the cell's references are counted in the coverage. */
    public boolean counted() {
        return this == LINKS || this == ELSEWHERE;
    }
}
