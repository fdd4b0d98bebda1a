package org.wsisanalytics.app.store;

import static org.wsisanalytics.app.store.Table.column;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.TextLocation;

/** Consistency findings and rejects of a run. */
@Repository
public class FindingStore {

    /** Findings about a document's structure, made while reading it: origin_session is NULL. */
    private static final String INGEST = "ingest";
    /** Findings of the detectors, one batch per session (origin_session). */
    private static final String ANALYZE = "analyze";

    /** Findings, read with the documents' names by input position. */
    private static final Table<Finding, Map<Integer, String>> FINDINGS = new Table<>(
            "wa_finding",
            List.of("run_id", "position", "origin", "origin_session", "ordinal"),
            List.of(
                    column("session_index", Finding::sessionIndex),
                    column("severity", f -> f.severity().name()),
                    column("check_id", Finding::check),
                    column("message", Finding::message),
                    column("evidence", Finding::evidence),
                    column("location", f -> ColumnValues.label(f.location()))),
            (rs, documentNames) -> new Finding(
                    documentNames.get(rs.getInt("position")),
                    rs.getObject("session_index", Integer.class),
                    Severity.valueOf(rs.getString("severity")),
                    rs.getString("check_id"),
                    rs.getString("message"),
                    rs.getString("evidence"),
                    TextLocation.parse(rs.getString("location"))));

    /**
     * Inputs, documents and sessions that were skipped. position is NULL for an --input path that did not exist
     * (missing_input is then its place among such paths, 1, 2, ...); session_index is NULL where a whole input was
     * skipped.
     */
    static final Table<Reject, Void> REJECTS = new Table<>(
            "wa_reject",
            List.of("run_id", "position", "missing_input", "session_index"),
            List.of(column("input", Reject::input), column("reason", Reject::reason)),
            (rs, nothing) -> new Reject(rs.getString("input"), rs.getString("reason")));

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the findings made while reading a document. */
    void replaceDocumentFindings(String runId, int position, List<Finding> findings) {
        jdbc.sql("DELETE FROM wa_finding WHERE run_id = ? AND position = ? AND origin = ? AND origin_session IS NULL")
                .params(runId, position, INGEST)
                .update();
        insert(runId, position, INGEST, null, findings);
    }

    /** Replaces the findings the detectors made for one session. */
    public void replaceSessionFindings(String runId, int position, int sessionIndex, List<Finding> findings) {
        jdbc.sql("DELETE FROM wa_finding WHERE run_id = ? AND position = ? AND origin = ? AND origin_session = ?")
                .params(runId, position, ANALYZE, sessionIndex)
                .update();
        insert(runId, position, ANALYZE, sessionIndex, findings);
    }

    private void insert(String runId, int position, String origin, Integer originSession, List<Finding> findings) {
        int ordinal = 0;
        for (Finding f : findings) {
            jdbc.sql(FINDINGS.insert())
                    .params(FINDINGS.row(f, runId, position, origin, originSession, ++ordinal))
                    .update();
        }
    }

    void deleteDocument(String runId, int position) {
        jdbc.sql("DELETE FROM wa_finding WHERE run_id = ? AND position = ?")
                .params(runId, position)
                .update();
        jdbc.sql("DELETE FROM wa_reject WHERE run_id = ? AND position = ?")
                .params(runId, position)
                .update();
    }

    /** Records that a whole input was skipped, replacing an earlier record. */
    public void rejectDocument(String runId, int position, Reject reject) {
        jdbc.sql("DELETE FROM wa_reject WHERE run_id = ? AND position = ? AND session_index IS NULL")
                .params(runId, position)
                .update();
        jdbc.sql(REJECTS.insert())
                .params(REJECTS.row(reject, runId, position, null, null))
                .update();
    }

    /** Records that one session was skipped, replacing an earlier record. */
    public void rejectSession(String runId, int position, int sessionIndex, Reject reject) {
        jdbc.sql("DELETE FROM wa_reject WHERE run_id = ? AND position = ? AND session_index = ?")
                .params(runId, position, sessionIndex)
                .update();
        jdbc.sql(REJECTS.insert())
                .params(REJECTS.row(reject, runId, position, null, sessionIndex))
                .update();
    }

    /**
     * Hands the run's findings to the visitor one row at a time, in document order, a document's own findings
     * first, then by session, so that a run with many findings is never held in memory; the visitor's IOException
     * is thrown from here.
     */
    public void forEachFinding(String runId, Map<Integer, String> documentNames, RunData.FindingVisitor visitor)
            throws IOException {
        try {
            jdbc.sql(FINDINGS.select() + " WHERE run_id = ? ORDER BY position, session_index NULLS FIRST,"
                            + " origin DESC, origin_session NULLS FIRST, ordinal")
                    .param(runId)
                    .query(rs -> {
                        try {
                            visitor.visit(FINDINGS.read(rs, documentNames));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public int findingCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_finding WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /** Rejects: the --input paths that did not exist first, in the order given, then by document and session. */
    public List<Reject> rejects(String runId) {
        return jdbc.sql(REJECTS.select()
                        + " WHERE run_id = ? ORDER BY position NULLS FIRST, missing_input, session_index NULLS FIRST")
                .param(runId)
                .query((rs, n) -> REJECTS.read(rs, null))
                .list();
    }
}
