package org.wsisanalytics.app.run;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a user can do about a failed run beyond running it again, found from its failures' causes. Running the
 * same command again resumes a run, but a run that ran out of heap would only run out again.
 */
final class FailureAdvice {

    private FailureAdvice() {}

    /**
     * Advice for the failures of a run, if any applies.
     *
     * @param failures the job's failure exceptions, each with its chain of causes
     * @param maxHeapBytes the heap the JVM may use ({@code Runtime.maxMemory()})
     */
    static Optional<String> of(List<Throwable> failures, long maxHeapBytes) {
        for (Throwable failure : failures) {
            long mb = maxHeapBytes / (1024 * 1024);
            if (outOfMemory(failure)) {
                return Optional.of("The Java heap (" + mb + " MB) was too small for this run. " + largerHeap(mb));
            }
            if (embeddedDatabaseClosed(failure)) {
                return Optional.of("The embedded database closed during the run, as it does when the Java heap (" + mb
                        + " MB) runs out. " + largerHeap(mb));
            }
        }
        return Optional.empty();
    }

    private static String largerHeap(long mb) {
        // The next power of two at or above twice the heap that failed, and at least 1 GB.
        long suggested = Math.max(1024, Long.highestOneBit(Math.max(1, 2 * mb - 1)) << 1);
        return "Start the same command with a larger heap, e.g. java -Xmx" + suggested + "m -jar wsis-analytics.jar"
                + " ...; the run resumes from the step that failed. See \"Performance\" in the README for the heap"
                + " that measured corpora needed.";
    }

    private static boolean outOfMemory(Throwable failure) {
        return anyInChain(failure, t -> t instanceof OutOfMemoryError);
    }

    /**
     * H2's "database is closed" (90098) and "out of memory" (90108): when the heap runs out inside the embedded
     * database, it closes itself, and the exception that reaches the job often names only the closed database,
     * the OutOfMemoryError having been thrown on H2's own thread or in an exception the rollback replaced.
     */
    private static boolean embeddedDatabaseClosed(Throwable failure) {
        return anyInChain(
                failure,
                t -> t instanceof SQLException sql
                        && (sql.getErrorCode() == H2_DATABASE_IS_CLOSED || sql.getErrorCode() == H2_OUT_OF_MEMORY));
    }

    private static final int H2_DATABASE_IS_CLOSED = 90098;
    private static final int H2_OUT_OF_MEMORY = 90108;

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (anyInChain(suppressed, test)) {
                    return true;
                }
            }
        }
        return false;
    }
}
