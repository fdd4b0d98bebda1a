package org.wsisanalytics.app.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to tell the user when a run stopped so badly that Spring Batch could not record how it ended: the job
 * repository's own update failed, most often because the heap ran out inside the database and the database
 * closed. The run is still marked as running in the repository; the next start of the same command finds it,
 * marks it failed and resumes it, so the message says that instead of showing the database's stack trace.
 */
final class UnrecordedFailure {

    private UnrecordedFailure() {}

    static String message(String runId, Throwable failure, long maxHeapBytes) {
        return "Run " + runId + " stopped and could not record its state: " + rootCause(failure) + "."
                + System.lineSeparator()
                + "Nothing was published. Run the same command again to resume it: the next start marks this run"
                + " failed and resumes it from the step that stopped."
                + FailureAdvice.of(List.of(failure), maxHeapBytes)
                        .map(a -> System.lineSeparator() + a)
                        .orElse("");
    }

    /** The innermost cause, which names what went wrong (e.g. {@code java.lang.OutOfMemoryError: Java heap space}). */
    static String rootCause(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Throwable root = failure;
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.toString();
    }
}
