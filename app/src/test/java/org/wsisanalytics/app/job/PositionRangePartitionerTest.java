package org.wsisanalytics.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.wsisanalytics.app.store.PositionWeight;

class PositionRangePartitionerTest {

    @Test
    void documentsOfEqualWeightAreSplitIntoEqualRanges() {
        Map<String, ExecutionContext> partitions = PositionRangePartitioner.split(weights(1, 1, 1, 1, 1, 1), 2);

        assertThat(ranges(partitions)).containsExactly("partition0=1..3", "partition1=4..6");
    }

    @Test
    void aHeavyDocumentGetsARangeOfItsOwn() {
        Map<String, ExecutionContext> partitions = PositionRangePartitioner.split(weights(10, 1, 1, 1, 1, 1, 1), 2);

        assertThat(ranges(partitions)).containsExactly("partition0=1..1", "partition1=2..7");
    }

    @Test
    void neverMorePartitionsThanDocumentsOrThanTheGridSize() {
        assertThat(ranges(PositionRangePartitioner.split(weights(5, 5), 4)))
                .containsExactly("partition0=1..1", "partition1=2..2");
        assertThat(ranges(PositionRangePartitioner.split(weights(1, 1, 1, 1, 1), 1)))
                .containsExactly("partition0=1..5");
    }

    @Test
    void aRunWithoutDocumentsHasOneEmptyPartition() {
        assertThat(ranges(PositionRangePartitioner.split(List.of(), 2))).containsExactly("partition0=0..0");
    }

    /** Positions 1, 2, ... with the given weights. */
    private static List<PositionWeight> weights(long... weights) {
        return IntStream.range(0, weights.length)
                .mapToObj(i -> new PositionWeight(i + 1, weights[i]))
                .toList();
    }

    private static List<String> ranges(Map<String, ExecutionContext> partitions) {
        return partitions.entrySet().stream()
                .map(e -> e.getKey() + "="
                        + e.getValue().getInt(PositionRangePartitioner.MIN_POSITION) + ".."
                        + e.getValue().getInt(PositionRangePartitioner.MAX_POSITION))
                .toList();
    }
}
