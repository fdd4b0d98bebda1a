package org.wsisanalytics.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.wsisanalytics.model.SessionEvidence;

/**
 * Runs a sink on a thread of its own: {@link #add} queues the session (waiting while {@code capacity}
 * sessions are queued, so memory stays bounded) and the thread opens the sink, writes the sessions and
 * finishes it. A failure on that thread is thrown from the next {@code add} or from {@code finish}.
 */
final class AsyncSink implements SessionSink {

    /** Marks the end of the sessions in the queue. */
    private static final Object END = new Object();

    private final String name;
    private final BlockingQueue<Object> queue;
    private final ExecutorService thread;
    private final Future<List<Path>> result;
    private boolean finished;

    AsyncSink(String name, int capacity, Opener opener) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "wsis-report-" + name));
        this.result = thread.submit(() -> {
            try (SessionSink sink = opener.open()) {
                while (true) {
                    Object item = queue.take();
                    if (item == END) {
                        return sink.finish();
                    }
                    sink.add((SessionEvidence) item);
                }
            }
        });
    }

    @Override
    public void add(SessionEvidence session) throws IOException {
        put(session);
    }

    @Override
    public List<Path> finish() throws IOException {
        put(END);
        finished = true;
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing " + name, e);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            thread.shutdown();
        }
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            result.cancel(true);
        }
        thread.shutdownNow();
    }

    /** Queues an item, giving up as soon as the sink's thread has stopped (it failed: it takes nothing more). */
    private void put(Object item) throws IOException {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (result.isDone()) {
                    break;
                }
            }
            if (result.isDone() && item != END) {
                result.get();
                throw new IOException("The writer of " + name + " stopped before the last session.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing " + name, e);
        } catch (ExecutionException e) {
            throw failure(e);
        }
    }

    private IOException failure(ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
            return io;
        }
        return new IOException("Cannot write " + name + ": " + e.getCause(), e.getCause());
    }
}
