package org.wsisanalytics.app.job;

import java.util.Objects;

import org.wsisanalytics.app.store.RunInput;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Reject;

/**
 * What reading one input gave: the parsed document, or the reason it was skipped.
 *
 * @param input the input
 * @param document the parsed document, or {@code null} when rejected
 * @param reject why the input was skipped, or {@code null} when it was read
 */
record IngestOutcome(RunInput input, ParsedDocument document, Reject reject) {

    IngestOutcome {
        Objects.requireNonNull(input, "input");
        if ((document == null) == (reject == null)) {
            throw new IllegalArgumentException("an outcome is either a document or a reject");
        }
    }

    static IngestOutcome read(RunInput input, ParsedDocument document) {
        return new IngestOutcome(input, document, null);
    }

    static IngestOutcome rejected(RunInput input, String reason) {
        return new IngestOutcome(input, null, new Reject(input.source().location(), reason));
    }
}
