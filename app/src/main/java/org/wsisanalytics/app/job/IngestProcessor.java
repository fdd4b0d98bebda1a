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

    IngestProcessor(DocumentIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public IngestOutcome process(RunInput input) {
        DocumentSource source = input.source();
        IngestOutcome outcome = read(input, source);
        if (outcome.reject() != null) {
            log.warn("{}", outcome.reject().reason());
        }
        return outcome;
    }

    private IngestOutcome read(RunInput input, DocumentSource source) {
        Path file = Path.of(source.location());
        try {
            if (!Files.isRegularFile(file) || !Sha256.of(file).equals(source.sha256())) {
                return IngestOutcome.rejected(
                        input,
                        "Cannot read '" + source.name()
                                + "': the file was changed or removed after the run started; run the command again.");
            }
            return IngestOutcome.read(input, ingestor.read(file, source));
        } catch (UnreadableDocumentException e) {
            // The reason is ours and goes to the console; the library's own words and stack trace only to the
            // debug log (--verbose), since they mean nothing to the user and say nothing the reason does not.
            if (e.getCause() != null) {
                log.debug("What the library said about {}", source.location(), e.getCause());
            }
            return IngestOutcome.rejected(input, e.getMessage());
        } catch (IOException e) {
            log.debug("Reading {} failed", source.location(), e);
            return IngestOutcome.rejected(
                    input,
                    "Cannot read '" + source.name() + "': the file could not be read;"
                            + " it was skipped. Check that it is not locked and that its permissions let you read it.");
        } catch (RuntimeException e) {
            log.debug("Unexpected failure while reading {}", source.location(), e);
            return IngestOutcome.rejected(
                    input,
                    "Cannot read '" + source.name() + "': an unexpected error stopped"
                            + " its reading; it was skipped. Run again with --verbose to see the error, and report it with"
                            + " the file.");
        }
    }
}
