package org.wsisanalytics.app.store;

import java.util.List;
import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the two partitioned stages read: the run's inputs (ingest) and its stored sessions (analysis), each as
 * the work per input position (to cut the run into partitions), as a total (for the progress log) and as a
 * cursor over one range of positions (a worker step's reader). The reader names are the keys under which
 * Spring Batch keeps a reader's position in its step's execution context, so they must not change.
 */
@Repository
public class StageInputs {

    public static final String INPUT_READER = "inputReader";
    public static final String SESSION_READER = "sessionReader";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    StageInputs(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Every input's size in bytes, in position order: reading grows with the file. */
    public List<PositionWeight> inputWeights(String runId) {
        return jdbc.sql("SELECT position, size_bytes FROM wa_run_input WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query((rs, n) -> new PositionWeight(rs.getInt("position"), rs.getLong("size_bytes")))
                .list();
    }

    public long inputCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_run_input WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }

    /** The run's inputs at positions {@code range}, in position order. */
    public JdbcCursorItemReader<RunInput> inputReader(String runId, PositionRange range) {
        return new JdbcCursorItemReaderBuilder<RunInput>()
                .name(INPUT_READER)
                .dataSource(dataSource)
                .sql(RunStore.INPUTS.select() + " WHERE run_id = ? AND position BETWEEN ? AND ? ORDER BY position")
                .queryArguments(runId, range.first(), range.last())
                .rowMapper((rs, n) -> RunStore.INPUTS.read(rs, null))
                .build();
    }

    /** How many sessions each document that has any holds, in position order. */
    public List<PositionWeight> sessionWeights(String runId) {
        return jdbc.sql("SELECT position, COUNT(*) AS sessions FROM wa_session WHERE run_id = ?"
                        + " GROUP BY position ORDER BY position")
                .param(runId)
                .query((rs, n) -> new PositionWeight(rs.getInt("position"), rs.getLong("sessions")))
                .list();
    }

    public long sessionCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_session WHERE run_id = ?")
                .param(runId)
                .query(Long.class)
                .single();
    }

    /** The stored sessions of the documents at positions {@code range}, in document and session order. */
    public JdbcCursorItemReader<SessionToAnalyze> sessionReader(String runId, PositionRange range) {
        return new JdbcCursorItemReaderBuilder<SessionToAnalyze>()
                .name(SESSION_READER)
                .dataSource(dataSource)
                .sql("SELECT s.position, s.session_index, i.name FROM wa_session s"
                        + " JOIN wa_run_input i ON i.run_id = s.run_id AND i.position = s.position"
                        + " WHERE s.run_id = ? AND s.position BETWEEN ? AND ? ORDER BY s.position, s.session_index")
                .queryArguments(runId, range.first(), range.last())
                .rowMapper((rs, n) ->
                        new SessionToAnalyze(rs.getInt("position"), rs.getInt("session_index"), rs.getString("name")))
                .build();
    }
}
