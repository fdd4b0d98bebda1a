package org.wsisanalytics.app.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The analyze step's detectors, built on a daemon thread of their own from the moment the reference data is loaded.
 *
 * <p>Building them (the gazetteer's alias trie, the action lines' name phrases, the themes' term patterns) takes a
 * few tenths of a second, which the analyze step would otherwise spend before its first session; started with the
 * application, the work runs beside opening and migrating the database, which keeps one core busy. A large run does
 * the same work once either way.
 */
final class DetectorsInBackground {

    private final CompletableFuture<Detectors> detectors = new CompletableFuture<>();

    private DetectorsInBackground() {}

    /** Starts building the detectors of {@code reference}. */
    static DetectorsInBackground start(ReferenceData reference) {
        DetectorsInBackground building = new DetectorsInBackground();
        Thread thread = new Thread(
                () -> {
                    try {
                        building.detectors.complete(Detectors.from(reference));
                    } catch (RuntimeException | Error e) {
                        building.detectors.completeExceptionally(e);
                    }
                },
                "wsis-detectors");
        thread.setDaemon(true);
        thread.start();
        return building;
    }

    /** The detectors, once built; what the build threw, thrown here. */
    Detectors get() {
        try {
            return detectors.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
