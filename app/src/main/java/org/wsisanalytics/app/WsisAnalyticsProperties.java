package org.wsisanalytics.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analysis job, under {@code wsis}.
 *
 * @param output folder that receives one sub-folder per run and the {@code latest} link
 * @param dataDir folder for the embedded database's companions (bundled sample copies, run locks)
 * @param maxFileBytes inputs larger than this many bytes are rejected unread
 * @param maxPages PDF inputs with more pages than this are rejected before their text is extracted
 * @param maxTextChars documents that yield more characters of text than this are rejected
 * @param chunkSize items per transaction in the ingest and analyze steps
 * @param threads worker threads (and partitions) of the ingest and analyze steps; 0 means one per processor core
 * @param reportBatchDocuments documents whose mentions and sentences the report step reads from the store at a
 *     time; each walk over the sessions holds one such batch, which bounds the step's memory
 * @param actionLinesFile a file replacing the bundled action-line names (same format), or none
 * @param countryAliasesFile a file of country names and demonyms added to the bundled gazetteer, or none
 * @param themesFile a file replacing the bundled theme taxonomy (same format), or none
 */
@ConfigurationProperties("wsis")
public record WsisAnalyticsProperties(
        @DefaultValue("reports") Path output,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("52428800") long maxFileBytes,
        @DefaultValue("2000") int maxPages,
        @DefaultValue("20000000") int maxTextChars,
        @DefaultValue("20") int chunkSize,
        @DefaultValue("0") int threads,
        @DefaultValue("20") int reportBatchDocuments,
        Path actionLinesFile,
        Path countryAliasesFile,
        Path themesFile) {

    public WsisAnalyticsProperties {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("wsis.max-file-bytes must be positive, was " + maxFileBytes);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("wsis.chunk-size must be positive, was " + chunkSize);
        }
        if (reportBatchDocuments < 1) {
            throw new IllegalArgumentException("wsis.report-batch-documents must be positive, was "
                    + reportBatchDocuments);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("wsis.threads must be 0 (one per core) or positive, was " + threads);
        }
    }

    /** The number of worker threads to use: {@code threads}, or the number of processor cores when it is 0. */
    public int workerThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
