package org.wsisanalytics.app.store;

import static org.wsisanalytics.app.store.Table.column;

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

    /** The run's inputs, at positions 1, 2, ... in processing order. */
    static final Table<RunInput, Void> INPUTS = new Table<>(
            "wa_run_input",
            List.of("run_id"),
            List.of(
                    column("position", RunInput::position),
                    column("name", input -> input.source().name()),
                    column("location", input -> input.source().location()),
                    column("sha256", input -> input.source().sha256()),
                    column("size_bytes", input -> input.source().sizeBytes())),
            (rs, nothing) -> new RunInput(
                    rs.getInt("position"),
                    new DocumentSource(
                            rs.getString("name"),
                            rs.getString("location"),
                            rs.getString("sha256"),
                            rs.getLong("size_bytes"))));

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
            jdbc.sql(INPUTS.insert())
                    .params(INPUTS.row(new RunInput(++position, source), runId))
                    .update();
        }
        int missing = 0;
        for (Reject reject : request.missingInputs()) {
            jdbc.sql(FindingStore.REJECTS.insert())
                    .params(FindingStore.REJECTS.row(reject, runId, null, ++missing, null))
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
        return jdbc.sql(INPUTS.select() + " WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query((rs, n) -> INPUTS.read(rs, null))
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
