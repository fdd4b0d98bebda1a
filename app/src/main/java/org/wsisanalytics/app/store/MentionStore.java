package org.wsisanalytics.app.store;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.SessionKey;

/** What the detectors found in each session. A session's rows are replaced as a whole. */
@Repository
public class MentionStore {

    private final JdbcClient jdbc;

    MentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceActionLines(String runId, int position, int sessionIndex, List<ActionLineMention> mentions) {
        jdbc.sql("DELETE FROM wa_action_line_mention WHERE run_id = ? AND position = ? AND session_index = ?")
                .params(runId, position, sessionIndex).update();
        int ordinal = 0;
        for (ActionLineMention m : mentions) {
            jdbc.sql("INSERT INTO wa_action_line_mention (run_id, position, session_index, ordinal, action_line,"
                            + " notation, section, in_links_section, sentence, start_offset, end_offset)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(runId, position, sessionIndex, ++ordinal, m.actionLine(), m.notation(), m.section(),
                            m.inLinksSection(), m.sentence(), m.start(), m.end())
                    .update();
        }
    }

    /** Every action-line mention of the run, in document, session and text order. */
    public List<ActionLineMention> actionLines(String runId, Map<Integer, String> documentNames) {
        return jdbc.sql("SELECT position, session_index, action_line, notation, section, in_links_section, sentence,"
                        + " start_offset, end_offset FROM wa_action_line_mention WHERE run_id = ?"
                        + " ORDER BY position, session_index, ordinal")
                .param(runId)
                .query((rs, n) -> new ActionLineMention(new SessionKey(documentNames.get(rs.getInt(1)), rs.getInt(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        rs.getInt(8), rs.getInt(9)))
                .list();
    }
}
