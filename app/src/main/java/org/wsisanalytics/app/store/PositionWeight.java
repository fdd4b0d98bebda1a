package org.wsisanalytics.app.store;

/**
 * How much work one input position holds for a stage, for cutting a run into partitions of about equal work.
 *
 * @param position the input's position in the run
 * @param weight the work it holds (bytes to read, sessions to analyse), at least 1
 */
public record PositionWeight(int position, long weight) {

    public PositionWeight {
        weight = Math.max(1, weight);
    }
}
