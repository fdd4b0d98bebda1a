package org.wsisanalytics.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;

/**
 * A stored run read whole into memory, which only the tests need: they compare it with what the store hands the
 * reports a batch at a time.
 */
final class WholeRun {

    private WholeRun() {}

    /** The run's findings in the order of {@link FindingStore#forEachFinding}, all at once. */
    static List<Finding> findings(FindingStore store, String runId, Map<Integer, String> documentNames) {
        List<Finding> findings = new ArrayList<>();
        try {
            store.forEachFinding(runId, documentNames, findings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** Every session of the run with its sections' texts, in input and session order. */
    static List<Session> sessions(JdbcClient jdbc, String runId, Map<Integer, String> documentNames) {
        Map<SessionKey, List<Section>> sections = new HashMap<>();
        jdbc.sql(DocumentStore.SECTIONS.select() + " WHERE run_id = ? ORDER BY position, session_index, section_index")
                .param(runId)
                .query(rs -> {
                    sections.computeIfAbsent(
                                    new SessionKey(
                                            documentNames.get(rs.getInt("position")), rs.getInt("session_index")),
                                    k -> new ArrayList<>())
                            .add(DocumentStore.SECTIONS.read(rs, null));
                });
        DocumentStore.SessionParts parts = new DocumentStore.SessionParts(documentNames, sections);
        return jdbc.sql(DocumentStore.SESSIONS.select() + " WHERE run_id = ? ORDER BY position, session_index")
                .param(runId)
                .query((rs, n) -> DocumentStore.SESSIONS.read(rs, parts))
                .list();
    }
}
