package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A document as reports list it.
 *
 * @param source the input file
 * @param title the document's title, or {@code null} where none was recognised
 * @param sessions number of sessions found
 */
public record ParsedDocumentSummary(DocumentSource source, String title, int sessions) {

    public ParsedDocumentSummary {
        Objects.requireNonNull(source, "source");
        Requires.notNegative(sessions, "sessions");
    }
}
