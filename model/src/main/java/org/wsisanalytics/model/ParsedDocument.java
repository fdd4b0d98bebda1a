package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * What ingest made of one input file.
 *
 * @param source the input file
 * @param title the document's title, or {@code null} where none was recognised
 * @param facilitators the rows of the facilitators table, in table order (empty if there is none)
 * @param sessions the sessions in document order, indexed from 1
 * @param findings consistency findings about the document's structure (names, titles, missing sections)
 */
public record ParsedDocument(
        DocumentSource source,
        String title,
        List<FacilitatorEntry> facilitators,
        List<Session> sessions,
        List<Finding> findings) {

    public ParsedDocument {
        Objects.requireNonNull(source, "source");
        facilitators = List.copyOf(Objects.requireNonNull(facilitators, "facilitators"));
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            if (session.index() != i + 1 || !session.document().equals(source.name())) {
                throw new IllegalArgumentException(
                        "session " + (i + 1) + " of '" + source.name() + "' has key " + session.key());
            }
        }
    }
}
