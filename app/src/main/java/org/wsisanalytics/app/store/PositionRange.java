package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Ranges that cover the given positions {@code documents} at a time, in order. Each range spans from its
     * first to its last document, so positions that are not given (rejected documents, documents without
     * sessions) may fall inside one; they have no rows to read.
     *
     * @param positions distinct positions in ascending order
     * @param documents how many of them a range covers, at least 1
     */
    public static List<PositionRange> batches(List<Integer> positions, int documents) {
        if (documents < 1) {
            throw new IllegalArgumentException("documents per batch must be positive, was " + documents);
        }
        List<PositionRange> batches = new ArrayList<>();
        for (int start = 0; start < positions.size(); start += documents) {
            int end = Math.min(start + documents, positions.size());
            batches.add(new PositionRange(positions.get(start), positions.get(end - 1)));
        }
        return List.copyOf(batches);
    }
}
