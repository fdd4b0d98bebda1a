package org.wsisanalytics.model;

/**
 * Identifies a session within a run: its document and its 1-based position in that document.
 *
 * @param document the document's file name
 * @param index the 1-based position of the session in its document
 */
public record SessionKey(String document, int index) {

    public SessionKey {
        Requires.text(document, "document");
        Requires.positive(index, "index");
    }
}
