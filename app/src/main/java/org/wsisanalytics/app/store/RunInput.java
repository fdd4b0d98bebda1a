package org.wsisanalytics.app.store;

import java.util.Objects;

import org.wsisanalytics.model.DocumentSource;

/**
 * An input document of a run and its 1-based position among the run's inputs.
 *
 * @param position the position, which keys all of the document's rows in the analysis store
 * @param source the document
 */
public record RunInput(int position, DocumentSource source) {

    public RunInput {
        if (position < 1) {
            throw new IllegalArgumentException("position must be at least 1, was " + position);
        }
        Objects.requireNonNull(source, "source");
    }
}
