package org.wsisanalytics.app.job;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a step's progress at a readable rate: the first chunk, then at most one line every few
 * seconds, and the last, so a thousand documents do not flood the console.
 */
class ProgressLog {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final ConcurrentHashMap<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> lastLogged = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> totals = new ConcurrentHashMap<>();

    /** A step has {@code total} items, of which {@code done} were processed before a restart. */
    void expect(String step, long total, long done) {
        totals.put(step, total);
        counts.put(step, new AtomicLong(done));
        lastLogged.remove(step);
    }

    /** A restarted part of a step had already processed {@code done} items. */
    void add(String step, long done) {
        counts.computeIfAbsent(step, k -> new AtomicLong()).addAndGet(done);
    }

    /** {@code items} more of a step's items are done. */
    void tick(String step, String unit, int items) {
        long n = counts.computeIfAbsent(step, k -> new AtomicLong()).addAndGet(items);
        long now = System.nanoTime();
        Long last = lastLogged.get(step);
        Long total = totals.get(step);
        boolean done = total != null && n == total;
        if (last == null || now - last >= INTERVAL_NANOS || done) {
            lastLogged.put(step, now);
            log.info("{}: {} {}{}", step, n, total == null ? "" : "of " + total + " ", unit);
        }
    }
}
