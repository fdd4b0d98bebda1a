package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class FailureAdviceTest {

    private static final long MB = 1024 * 1024;

    @Test
    void anOutOfMemoryErrorDeepInTheCausesAsksForALargerHeap() {
        Throwable failure = new RuntimeException(
                "step failed",
                new IOException("Cannot write wsis-analytics-brief.pdf", new OutOfMemoryError("Java heap space")));
        assertThat(FailureAdvice.of(List.of(failure), 256 * MB))
                .hasValueSatisfying(advice -> assertThat(advice)
                        .startsWith("The Java heap (256 MB) was too small for this run.")
                        .contains("java -Xmx1024m -jar wsis-analytics.jar", "resumes from the step that failed"));
    }

    @Test
    void theSuggestedHeapIsAtLeastTwiceTheOneThatFailed() {
        Throwable failure = new IllegalStateException("x");
        failure.addSuppressed(new OutOfMemoryError("Java heap space"));
        assertThat(FailureAdvice.of(List.of(new IOException("first"), failure), 1500 * MB))
                .hasValueSatisfying(advice -> assertThat(advice).contains("(1500 MB)", "-Xmx4096m"));
    }

    @Test
    void otherFailuresGetNoAdvice() {
        Throwable cycle = new IOException("disk full");
        assertThat(FailureAdvice.of(List.of(cycle, new IllegalArgumentException("bad", cycle)), 1024 * MB))
                .isEmpty();
    }

    @Test
    void anEmbeddedDatabaseClosedUnderTheRunAsksForALargerHeapAndSaysWhy() {
        Throwable closed = new IllegalStateException(
                "JDBC rollback", new java.sql.SQLException("The database has been closed [90098-240]", "90098", 90098));
        assertThat(FailureAdvice.of(List.of(closed), 28 * MB))
                .hasValueSatisfying(advice -> assertThat(advice)
                        .startsWith(
                                "The embedded database closed during the run, as it does when the Java heap (28 MB) runs"
                                        + " out.")
                        .contains("-Xmx1024m"));
        assertThat(FailureAdvice.of(List.of(new java.sql.SQLException("Connection refused", "08001", 0)), 28 * MB))
                .isEmpty();
    }
}
