package org.wsisanalytics.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.SessionEvidence;

/**
 * An output being written from a run's sessions, handed over one at a time in run order: whatever comes from
 * the run's summary is written when the sink is opened, each session by {@link #add}, the rest by
 * {@link #finish}. One walk over the sessions can feed several sinks.
 */
public interface SessionSink extends AutoCloseable {

    /** Writes one session's part of the output. */
    void add(SessionEvidence session) throws IOException;

    /** Completes the output after the last session and returns the files written, relative to the run folder. */
    List<Path> finish() throws IOException;

    /** Releases what the sink holds; after {@link #finish} it does nothing, before it the output is abandoned. */
    @Override
    void close() throws IOException;

    /** Walks the run's sessions into the sink, finishes it and returns its files. */
    static List<Path> walk(RunData data, SessionSink sink) throws IOException {
        try (sink) {
            data.forEachSession(sink::add);
            return sink.finish();
        }
    }

    /** Opens a sink: what a writer does before the first session. */
    @FunctionalInterface
    interface Opener {
        SessionSink open() throws IOException;
    }
}
