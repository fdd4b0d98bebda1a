package org.wsisanalytics.ingest;

/**
 * Bounds that keep one oversized input from exhausting the run's memory.
 *
 * @param maxFileBytes largest file, in bytes, that is read; larger files are rejected unread
 */
public record IngestLimits(long maxFileBytes) {

    /** 50 MB: far above any summary document, far below what would strain a default heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public IngestLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_FILE_BYTES);
    }
}
