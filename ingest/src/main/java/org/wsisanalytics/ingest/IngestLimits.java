package org.wsisanalytics.ingest;

/**
 * Bounds that keep one oversized input from exhausting the run's memory.
 *
 * @param maxFileBytes largest file, in bytes, that is read; larger files are rejected unread
 * @param maxPages most pages a PDF may have; longer PDFs are rejected before their text is extracted
 * @param maxTextChars most characters of text one document may yield (PDF, Word, OpenDocument, HTML); extraction stops
 *     and the document is rejected beyond it, so a small file that expands to a huge text cannot fill the heap
 */
public record IngestLimits(long maxFileBytes, int maxPages, int maxTextChars) {

    /** 50 MB: far above any summary document, far below what would strain a default heap. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** 2,000 pages: a compilation of summaries runs to tens of pages. */
    public static final int DEFAULT_MAX_PAGES = 2_000;
    /** 20 million characters (about 40 MB of heap): some 10,000 pages of dense text. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;

    public IngestLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be at least 1, was " + maxTextChars);
        }
    }

    /** A file size limit with the default page and text limits. */
    public IngestLimits(long maxFileBytes) {
        this(maxFileBytes, DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_CHARS);
    }

    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_FILE_BYTES);
    }
}
