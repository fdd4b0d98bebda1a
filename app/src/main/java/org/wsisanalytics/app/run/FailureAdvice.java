package org.wsisanalytics.app.run;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user can do about a failed run beyond running it again, found from its failures' causes. Running the
 * same command again resumes a run, but a run that ran out of heap would only run out again.
 */
final class FailureAdvice {

    private FailureAdvice() {
    }

    /**
     * Advice for the failures of a run, if any applies.
     *
     * @param failures the job's failure exceptions, each with its chain of causes
     * @param maxHeapBytes the heap the JVM may use ({@code Runtime.maxMemory()})
     */
    static Optional<String> of(List<Throwable> failures, long maxHeapBytes) {
        for (Throwable failure : failures) {
            if (outOfMemory(failure)) {
                long mb = maxHeapBytes / (1024 * 1024);
                // The next power of two at or above twice the heap that failed, and at least 1 GB.
                long suggested = Math.max(1024, Long.highestOneBit(Math.max(1, 2 * mb - 1)) << 1);
                return Optional.of("The Java heap (" + mb + " MB) was too small for this run. Start the same command"
                        + " with a larger heap, e.g. java -Xmx" + suggested + "m -jar wsis-analytics.jar ...; the run"
                        + " resumes from the step that failed. See \"Performance\" in the README for the heap that"
                        + " measured corpora needed.");
            }
        }
        return Optional.empty();
    }

    private static boolean outOfMemory(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (outOfMemory(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
