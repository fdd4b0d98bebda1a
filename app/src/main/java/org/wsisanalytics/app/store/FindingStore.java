package org.wsisanalytics.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    /** Findings about a document's structure, made while reading it. */
    public static final String INGEST = "ingest";
    /** Findings of the detectors, one batch per session. */
    public static final String ANALYZE = "analyze";

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the findings that one origin made for a document (originSession 0) or one of its sessions. */
    public void replace(String runId, int position, String origin, int originSession, List<Finding> findings) {
        jdbc.sql("DELETE FROM wa_finding WHERE run_id = ? AND position = ? AND origin = ? AND origin_session = ?")
                .params(runId, position, origin, originSession)
                .update();
        int ordinal = 0;
        for (Finding f : findings) {
            jdbc.sql("INSERT INTO wa_finding (run_id, position, origin, origin_session, ordinal, session_index,"
                            + " severity, check_id, message, evidence, location)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            runId,
                            position,
                            origin,
                            originSession,
                            ++ordinal,
                            f.sessionIndex(),
                            f.severity().name(),
                            f.check(),
                            f.message(),
                            f.evidence(),
                            label(f.location()))
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

    /** Records that a document (sessionIndex 0) or one session was skipped, replacing an earlier record. */
    public void reject(String runId, int position, int sessionIndex, Reject reject) {
        jdbc.sql("DELETE FROM wa_reject WHERE run_id = ? AND position = ? AND session_index = ?")
                .params(runId, position, sessionIndex)
                .update();
        jdbc.sql("INSERT INTO wa_reject (run_id, position, session_index, input, reason) VALUES (?, ?, ?, ?, ?)")
                .params(runId, position, sessionIndex, reject.input(), reject.reason())
                .update();
    }

    /** Findings in document, origin and session order, all at once (tests; the reports use {@link #forEachFinding}). */
    public List<Finding> findings(String runId, Map<Integer, String> documentNames) {
        List<Finding> findings = new ArrayList<>();
        try {
            forEachFinding(runId, documentNames, findings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /**
     * Hands the run's findings to the visitor one row at a time, in document, origin and session order, so that
     * a run with many findings is never held in memory; the visitor's IOException is thrown from here.
     */
    public void forEachFinding(String runId, Map<Integer, String> documentNames, RunData.FindingVisitor visitor)
            throws IOException {
        try {
            jdbc.sql("SELECT position, session_index, severity, check_id, message, evidence, location FROM wa_finding"
                            + " WHERE run_id = ? ORDER BY position, COALESCE(session_index, 0), origin DESC,"
                            + " origin_session, ordinal")
                    .param(runId)
                    .query(rs -> {
                        try {
                            visitor.visit(new Finding(
                                    documentNames.get(rs.getInt(1)),
                                    (Integer) rs.getObject(2),
                                    Severity.valueOf(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    TextLocation.parse(rs.getString(7))));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A location as its column value: its label, or NULL where it is unknown. */
    static String label(TextLocation location) {
        return location == null ? null : location.label();
    }

    public int findingCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_finding WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /** Rejects: missing inputs first, then by document and session. */
    public List<Reject> rejects(String runId) {
        return jdbc.sql("SELECT input, reason FROM wa_reject WHERE run_id = ?"
                        + " ORDER BY CASE WHEN position < 0 THEN 0 ELSE 1 END, ABS(position), session_index")
                .param(runId)
                .query((rs, n) -> new Reject(rs.getString(1), rs.getString(2)))
                .list();
    }

    public int rejectCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_reject WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }
}
