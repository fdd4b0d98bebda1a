package org.wsisanalytics.app.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.wsisanalytics.app.store.PositionRange;
import org.wsisanalytics.app.store.PositionWeight;

/**
 * Splits a run's documents into contiguous ranges of input positions of about equal work, one per
 * partition. The work of a document is the weight the store gives its position (file size for reading,
 * number of sessions for analysis). Each partition's execution context holds its range
 * under {@link #MIN_POSITION} and {@link #MAX_POSITION}, which the worker step's reader is bounded by;
 * Spring Batch stores the contexts, so a restarted step re-runs exactly the partitions that failed.
 */
class PositionRangePartitioner implements Partitioner {

    static final String MIN_POSITION = "minPosition";
    static final String MAX_POSITION = "maxPosition";
    /** Partitions are named partition0, partition1, ...; a worker step execution is "<worker step>:partitionN". */
    static final String PARTITION = "partition";

    private final Supplier<List<PositionWeight>> weights;

    /** {@code weights} gives the run's positions and their work, in position order. */
    PositionRangePartitioner(Supplier<List<PositionWeight>> weights) {
        this.weights = weights;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        return split(weights.get(), gridSize);
    }

    /** The range of positions a partition's execution context holds. */
    static PositionRange range(ExecutionContext partition) {
        return new PositionRange(partition.getInt(MIN_POSITION), partition.getInt(MAX_POSITION));
    }

    /** Cuts positions with their weights, in position order, into at most gridSize ranges of about equal weight. */
    static Map<String, ExecutionContext> split(List<PositionWeight> weights, int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        if (weights.isEmpty()) {
            partitions.put(PARTITION + 0, range(0, 0));
            return partitions;
        }
        long total = weights.stream().mapToLong(PositionWeight::weight).sum();
        List<long[]> ranges = new ArrayList<>();
        long first = weights.get(0).position();
        long sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i).weight();
            boolean last = i == weights.size() - 1;
            boolean full = sum * gridSize >= total * (ranges.size() + 1L);
            if (last || (full && ranges.size() < gridSize - 1)) {
                ranges.add(new long[] {first, weights.get(i).position()});
                if (!last) {
                    first = weights.get(i + 1).position();
                }
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            partitions.put(PARTITION + i, range(ranges.get(i)[0], ranges.get(i)[1]));
        }
        return partitions;
    }

    private static ExecutionContext range(long min, long max) {
        ExecutionContext context = new ExecutionContext();
        context.putInt(MIN_POSITION, (int) min);
        context.putInt(MAX_POSITION, (int) max);
        return context;
    }
}
