package org.wsisanalytics.app.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.MentionTotals;
import org.wsisanalytics.model.Reject;

/** A run and its inputs, registered once before the job starts and read by every step. */
@Repository
public class RunStore {

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the run unless it is already known (a rerun of the same command), and returns its creation time. */
    @Transactional
    public Instant register(RunRegistration request) {
        String runId = request.runId();
        List<String> known = jdbc.sql("SELECT fingerprint FROM wa_run WHERE run_id = ?")
                .param(runId)
                .query(String.class)
                .list();
        if (!known.isEmpty()) {
            if (!known.get(0).equals(request.fingerprint())) {
                throw new IllegalStateException(
                        "Run id " + runId + " is already used by other inputs; " + "give a different --run-date.");
            }
            return createdAt(runId);
        }
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO wa_run (run_id, run_date, fingerprint, created_at) VALUES (?, ?, ?, ?)")
                .params(runId, request.runDate(), request.fingerprint(), Timestamp.from(now))
                .update();
        int position = 0;
        for (DocumentSource source : request.inputs()) {
            position++;
            jdbc.sql("INSERT INTO wa_run_input (run_id, position, name, location, sha256, size_bytes)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(runId, position, source.name(), source.location(), source.sha256(), source.sizeBytes())
                    .update();
        }
        int missing = 0;
        for (Reject reject : request.missingInputs()) {
            missing--;
            jdbc.sql("INSERT INTO wa_reject (run_id, position, session_index, input, reason) VALUES (?, ?, 0, ?, ?)")
                    .params(runId, missing, reject.input(), reject.reason())
                    .update();
        }
        return now;
    }

    public Instant createdAt(String runId) {
        return jdbc.sql("SELECT created_at FROM wa_run WHERE run_id = ?")
                .param(runId)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    public LocalDate runDate(String runId) {
        return jdbc.sql("SELECT run_date FROM wa_run WHERE run_id = ?")
                .param(runId)
                .query(java.sql.Date.class)
                .single()
                .toLocalDate();
    }

    public List<RunInput> inputs(String runId) {
        return jdbc.sql("SELECT position, name, location, sha256, size_bytes FROM wa_run_input"
                        + " WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query((rs, n) -> new RunInput(
                        rs.getInt(1),
                        new DocumentSource(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))))
                .list();
    }

    /** How many of the run's inputs were read into a document. */
    public int documentCount(String runId) {
        return count("wa_document", runId);
    }

    /** Counts for the end-of-run summary. */
    public RunTotals totals(String runId) {
        return new RunTotals(
                count("wa_run_input", runId),
                count("wa_document", runId),
                count("wa_session", runId),
                mentionTotals(runId),
                countedCountries(runId),
                count("wa_finding", runId),
                count("wa_reject", runId));
    }

    /** Distinct countries among the mentions that count ({@link CountryMentionKind#counted()}). */
    private int countedCountries(String runId) {
        String kinds = Arrays.stream(CountryMentionKind.values())
                .filter(CountryMentionKind::counted)
                .map(kind -> "'" + kind.name() + "'")
                .collect(Collectors.joining(", "));
        return jdbc.sql("SELECT COUNT(DISTINCT iso2) FROM wa_country_mention WHERE run_id = ? AND kind IN (" + kinds
                        + ")")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /** How many rows each mention table holds for the run. */
    public MentionTotals mentionTotals(String runId) {
        return new MentionTotals(
                count("wa_action_line_mention", runId),
                count("wa_action_line_name_ref", runId),
                count("wa_country_mention", runId),
                count("wa_theme_mention", runId),
                count("wa_figure", runId));
    }

    private int count(String table, String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /**
     * What a run holds in the store.
     *
     * @param inputs input documents
     * @param documents documents read
     * @param sessions sessions found
     * @param mentions the mention tables' row counts
     * @param countries distinct countries mentioned by name or demonym (the mentions that count)
     * @param findings consistency findings
     * @param rejects skipped inputs and sessions
     */
    public record RunTotals(
            int inputs,
            int documents,
            int sessions,
            MentionTotals mentions,
            int countries,
            int findings,
            int rejects) {}
}
