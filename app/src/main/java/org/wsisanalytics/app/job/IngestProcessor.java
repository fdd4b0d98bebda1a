package org.wsisanalytics.app.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.wsisanalytics.app.inputs.Sha256;
import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.model.DocumentSource;

/**
 * Reads one input into sessions. Never throws for a bad document: it becomes a reject with a
 * reason, and the run goes on with the others.
 */
class IngestProcessor implements ItemProcessor<RunInput, IngestOutcome> {

    private static final Logger log = LoggerFactory.getLogger(IngestProcessor.class);

    private final DocumentIngestor ingestor;
    private final ProgressLog progress;

    IngestProcessor(DocumentIngestor ingestor, ProgressLog progress) {
        this.ingestor = ingestor;
        this.progress = progress;
    }

    @Override
    public IngestOutcome process(RunInput input) {
        DocumentSource source = input.source();
        IngestOutcome outcome = read(input, source);
        if (outcome.reject() != null) {
            log.warn("{}", outcome.reject().reason());
        }
        progress.tick("ingest", "documents");
        return outcome;
    }

    private IngestOutcome read(RunInput input, DocumentSource source) {
        Path file = Path.of(source.location());
        try {
            if (!Files.isRegularFile(file) || !Sha256.of(file).equals(source.sha256())) {
                return IngestOutcome.rejected(input, "Cannot read '" + source.name()
                        + "': the file was changed or removed after the run started; run the command again.");
            }
            return IngestOutcome.read(input, ingestor.read(file, source));
        } catch (UnreadableDocumentException e) {
            return IngestOutcome.rejected(input, e.getMessage());
        } catch (IOException e) {
            return IngestOutcome.rejected(input, "Cannot read '" + source.name() + "': " + e.getMessage()
                    + "; check the file and its permissions. It was skipped.");
        } catch (RuntimeException e) {
            log.error("Unexpected failure while reading {}", source.location(), e);
            return IngestOutcome.rejected(input, "Cannot read '" + source.name() + "': unexpected error ("
                    + oneLine(e) + "); it was skipped. Please report this with the file.");
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
