package org.wsisanalytics.app;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import org.wsisanalytics.ingest.IngestLimits;

/**
 * Settings of the analysis job, under {@code wsis}. The names before the groups ({@code wsis.max-file-bytes},
 * {@code wsis.threads}, ...) still work for one release: {@link RenamedSettings} maps them and warns.
 *
 * @param output folder that receives one sub-folder per run and the latest link (the default of --output)
 * @param dataDir folder for the bundled sample's copies and the run locks
 * @param ingest limits on the inputs, which keep one oversized document from exhausting the run's memory
 * @param job the steps' transactions and threads
 * @param report how the report step reads the store
 * @param reference the user's files that replace or extend the bundled reference data
 */
@ConfigurationProperties("wsis")
@Validated
public record WsisAnalyticsProperties(
        @DefaultValue("reports") Path output,
        @DefaultValue("data") Path dataDir,
        @Valid @DefaultValue Ingest ingest,
        @Valid @DefaultValue Job job,
        @Valid @DefaultValue Report report,
        @DefaultValue Reference reference) {

    /**
     * Limits on the inputs, under {@code wsis.ingest}. The defaults are the ingest module's own
     * ({@link IngestLimits}), written here as constant expressions so that they have one source.
     *
     * @param maxFileSize inputs larger than this are rejected unread (a plain number is bytes, or e.g. 50MB)
     * @param maxPages PDF inputs with more pages than this are rejected before their text is extracted
     * @param maxTextChars documents that yield more characters of text than this are rejected
     */
    public record Ingest(
            @DefaultValue(IngestLimits.DEFAULT_MAX_FILE_BYTES + "B") @PositiveSize
            DataSize maxFileSize,

            @DefaultValue("" + IngestLimits.DEFAULT_MAX_PAGES) @Positive
            int maxPages,

            @DefaultValue("" + IngestLimits.DEFAULT_MAX_TEXT_CHARS) @Positive
            int maxTextChars) {

        /** These limits as the ingest module takes them. */
        public IngestLimits limits() {
            return new IngestLimits(maxFileSize.toBytes(), maxPages, maxTextChars);
        }
    }

    /**
     * The steps' transactions and threads, under {@code wsis.job}.
     *
     * @param chunkSize items per transaction in the ingest and analyze steps
     * @param threads worker threads (and partitions) of the ingest and analyze steps, and threads of the report
     *     step; 0 means one per processor core
     */
    public record Job(
            @DefaultValue("20") @Positive int chunkSize,
            @DefaultValue("0") @PositiveOrZero int threads) {

        /** The number of worker threads to use: {@code threads}, or the number of processor cores when it is 0. */
        public int workerThreads() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * How the report step reads the store, under {@code wsis.report}.
     *
     * @param batchDocuments documents whose mentions and sentences the report step reads from the store at a
     *     time; each walk over the sessions holds one such batch, which bounds the step's memory
     */
    public record Report(@DefaultValue("20") @Positive int batchDocuments) {}

    /**
     * The user's reference files, under {@code wsis.reference}; each is optional, the bundled file is used when it is
     * not set.
     *
     * @param actionLinesFile a file replacing the bundled action-line names (same format)
     * @param countryAliasesFile a file of country names and demonyms added to the bundled gazetteer
     * @param themesFile a file replacing the bundled theme taxonomy (same format)
     * @param eventsFile a file replacing the bundled list of events that documents' titles name (same format)
     */
    public record Reference(Path actionLinesFile, Path countryAliasesFile, Path themesFile, Path eventsFile) {}
}
