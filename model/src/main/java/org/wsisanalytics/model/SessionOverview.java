package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * A session's outline with its coverage and theme counts: its row of the coverage and themes matrices,
 * without a sentence. What the parts of a report that list every session need, handed over one session at a
 * time by {@link RunData#forEachOverview}.
 *
 * @param session the session
 * @param coverage its action lines with their numbers of references, in C1..C11 order
 * @param themeCounts its themes with their numbers of mentions, in taxonomy order
 */
public record SessionOverview(SessionOutline session, List<ActionLineCoverage> coverage,
                              List<ThemeCount> themeCounts) {

    public SessionOverview {
        Objects.requireNonNull(session, "session");
        coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
        themeCounts = List.copyOf(Objects.requireNonNull(themeCounts, "themeCounts"));
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
    }

    public SessionKey key() {
        return session.key();
    }
}
