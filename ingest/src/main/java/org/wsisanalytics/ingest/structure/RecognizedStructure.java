package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Session;

/**
 * What the text of one document turned out to contain.
 *
 * @param title the document's title, or {@code null}
 * @param facilitators the facilitators table's rows, in table order
 * @param sessions the sessions in document order, indexed from 1
 * @param findings consistency findings about names, titles and sections
 */
public record RecognizedStructure(
        String title, List<FacilitatorEntry> facilitators, List<Session> sessions, List<Finding> findings) {

    public RecognizedStructure {
        facilitators = List.copyOf(Objects.requireNonNull(facilitators, "facilitators"));
        sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }
}
