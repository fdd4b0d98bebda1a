package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.EventKey;

class EventTotalsTest {

    private static final EventKey FORUM = new EventKey("WSIS Forum", 2025);
    private static final EventKey IGF = new EventKey("Internet Governance Forum", 2025);

    @Test
    void aRangeHoldsConsecutiveDocumentsOfOneEventAndNoMoreThanABatch() {
        // Positions 4 and 6 are documents without sessions (or rejected): they may fall inside a range.
        Map<Integer, EventKey> eventOf =
                Map.of(1, FORUM, 2, FORUM, 3, IGF, 4, IGF, 5, FORUM, 6, FORUM, 7, FORUM, 8, FORUM, 9, FORUM);

        assertThat(EventTotals.ranges(List.of(1, 2, 3, 5, 7, 8, 9), eventOf, 3))
                .isEqualTo(Map.of(
                        IGF,
                        List.of(new PositionRange(3, 3)),
                        FORUM,
                        List.of(new PositionRange(1, 2), new PositionRange(5, 8), new PositionRange(9, 9))));
    }

    @Test
    void aDocumentWithSessionsButNoRowIsAnError() {
        assertThatThrownBy(() -> EventTotals.ranges(List.of(1, 2), Map.of(1, FORUM), 20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Document 2");
    }
}
