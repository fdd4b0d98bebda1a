package org.wsisanalytics.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class UnrecordedFailureTest {

    private static final long MB = 1024 * 1024;

    /** The chain H2 gave when the heap ran out in its store thread: the repository's next update found it closed. */
    private static Throwable databaseClosedByOutOfMemory() {
        Throwable oom = new OutOfMemoryError("Java heap space");
        Throwable store = new IllegalStateException("java.lang.OutOfMemoryError: Java heap space [2.4.240/3]", oom);
        Throwable closed = new SQLException("The database has been closed [90098-240]", store);
        return new DataAccessResourceFailureException(
                "JDBC rollback; The database has been closed [90098-240]", closed);
    }

    @Test
    void aDatabaseClosedByOutOfMemoryIsReportedByItsCauseWithHowToResume() {
        String message = UnrecordedFailure.message("2025-07-11-abc", databaseClosedByOutOfMemory(), 48 * MB);

        assertThat(message)
                .startsWith("Run 2025-07-11-abc stopped and could not record its state:"
                        + " java.lang.OutOfMemoryError: Java heap space.");
        assertThat(message)
                .contains("Nothing was published. Run the same command again to resume it")
                .contains("The Java heap (48 MB) was too small for this run", "-Xmx1024m")
                .doesNotContain("90098", "\tat ");
    }

    @Test
    void anotherUnrecordedFailureIsNamedWithoutHeapAdvice() {
        Throwable failure =
                new DataAccessResourceFailureException("could not update", new SQLException("Connection refused"));

        assertThat(UnrecordedFailure.message("r", failure, 1024 * MB))
                .startsWith("Run r stopped and could not record its state: java.sql.SQLException: Connection refused.")
                .doesNotContain("heap");
    }
}
