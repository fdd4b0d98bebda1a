package org.wsisanalytics.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunSummary;

/**
 * Numbers the run's documents that have sessions 1, 2, ... in input order, as the reports show them in front of
 * a session when a run has several documents ("2·5. Local to global", {@code 02-05-local-to-global.pdf}).
 */
public final class DocumentNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final int largestSessionCount;

    public DocumentNumbers(RunSummary summary) {
        this(summary.documents());
    }

    /** @param documents the run's documents in input order */
    public DocumentNumbers(List<ParsedDocumentSummary> documents) {
        int largest = 0;
        for (ParsedDocumentSummary document : documents) {
            if (document.sessions() > 0) {
                numbers.putIfAbsent(document.source().name(), numbers.size() + 1);
                largest = Math.max(largest, document.sessions());
            }
        }
        this.largestSessionCount = largest;
    }

    /** The document's number; fails for a document of no session of the run. */
    public int of(String document) {
        Integer number = numbers.get(document);
        if (number == null) {
            throw new IllegalArgumentException("Document " + document + " has no session in the run's summary.");
        }
        return number;
    }

    /** How many documents have sessions. */
    public int count() {
        return numbers.size();
    }

    /** Whether sessions are to be told apart by their document (more than one document has sessions). */
    public boolean several() {
        return numbers.size() > 1;
    }

    /** The most sessions a document has. */
    public int largestSessionCount() {
        return largestSessionCount;
    }
}
