package org.wsisanalytics.app.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.FindingStore;

/** Stores each parsed document with its sessions, or the reject, in the chunk's transaction. */
class IngestWriter implements ItemWriter<IngestOutcome> {

    private final String runId;
    private final DocumentStore documents;
    private final FindingStore findings;

    IngestWriter(String runId, DocumentStore documents, FindingStore findings) {
        this.runId = runId;
        this.documents = documents;
        this.findings = findings;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) {
        for (IngestOutcome outcome : chunk) {
            int position = outcome.input().position();
            if (outcome.document() != null) {
                documents.save(runId, position, outcome.document());
            } else {
                findings.rejectDocument(runId, position, outcome.reject());
            }
        }
    }
}
