package org.wsisanalytics.app.store;

/**
 * Input positions {@code first} to {@code last} of a run, both included: the unit in which the store reads
 * documents' rows.
 *
 * @param first the first position
 * @param last the last position, not before {@code first}
 */
public record PositionRange(int first, int last) {

    /** Every document of a run. */
    public static final PositionRange ALL = new PositionRange(1, Integer.MAX_VALUE);

    public PositionRange {
        if (last < first) {
            throw new IllegalArgumentException("position range " + first + ".." + last + " is empty");
        }
    }
}
