package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeMention;

/**
 * What the detectors found in each session: action-line, country and theme mentions and figures, in the tables of
 * {@link MentionTables}. A session's rows of one kind are replaced as a whole, in one batch.
 */
@Repository
public class MentionStore {

    private final JdbcTemplate jdbc;

    MentionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceActionLines(String runId, int position, int sessionIndex, List<ActionLineMention> mentions) {
        replace(MentionTables.ACTION_LINES, runId, position, sessionIndex, mentions);
    }

    public void replaceActionLineNames(
            String runId, int position, int sessionIndex, List<ActionLineNameReference> references) {
        replace(MentionTables.ACTION_LINE_NAMES, runId, position, sessionIndex, references);
    }

    public void replaceLabelConflicts(
            String runId, int position, int sessionIndex, List<ActionLineLabelConflict> conflicts) {
        replace(MentionTables.LABEL_CONFLICTS, runId, position, sessionIndex, conflicts);
    }

    public void replaceCountries(String runId, int position, int sessionIndex, List<CountryMention> mentions) {
        replace(MentionTables.COUNTRIES, runId, position, sessionIndex, mentions);
    }

    public void replaceThemes(String runId, int position, int sessionIndex, List<ThemeMention> mentions) {
        replace(MentionTables.THEMES, runId, position, sessionIndex, mentions);
    }

    public void replaceFigures(String runId, int position, int sessionIndex, List<Figure> figures) {
        replace(MentionTables.FIGURES, runId, position, sessionIndex, figures);
    }

    private <T> void replace(Table<T, SessionKey> table, String runId, int position, int sessionIndex, List<T> items) {
        jdbc.update(
                "DELETE FROM " + table.name() + " WHERE run_id = ? AND position = ? AND session_index = ?",
                runId,
                position,
                sessionIndex);
        if (items.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(table.row(items.get(i), runId, position, sessionIndex, i + 1));
        }
        jdbc.batchUpdate(table.insert(), rows);
    }

    /**
     * Everything found in the sessions of a range of documents: the five mention tables' rows, by session, with
     * the sections (texts and anchors) the mentions' offsets count in.
     */
    public EvidenceBySession evidence(
            String runId,
            Map<Integer, String> documentNames,
            PositionRange range,
            Map<SessionKey, List<Section>> sectionTexts) {
        return new EvidenceBySession(
                actionLines(runId, documentNames, range),
                actionLineNames(runId, documentNames, range),
                countries(runId, documentNames, range),
                themes(runId, documentNames, range),
                figures(runId, documentNames, range),
                sectionTexts);
    }

    /** The action-line mentions of a range of documents, in document, session and text order. */
    public List<ActionLineMention> actionLines(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.ACTION_LINES, runId, documentNames, range);
    }

    /** References to an action line by name only in a range of documents, in document, session and text order. */
    public List<ActionLineNameReference> actionLineNames(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.ACTION_LINE_NAMES, runId, documentNames, range);
    }

    /** The label conflicts of a range of documents, in document, session and text order. */
    public List<ActionLineLabelConflict> labelConflicts(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.LABEL_CONFLICTS, runId, documentNames, range);
    }

    /**
     * The lines each session of a range of documents names in words, each once per session (in no particular
     * order: {@code SessionOverview} takes them in C1..C11 order).
     */
    public Map<SessionKey, List<String>> namedLines(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        Map<SessionKey, List<String>> named = new HashMap<>();
        jdbc.query(
                "SELECT DISTINCT position, session_index, action_line FROM " + MentionTables.ACTION_LINE_NAMES.name()
                        + " WHERE run_id = ? AND position BETWEEN ? AND ?",
                rs -> {
                    named.computeIfAbsent(
                                    new SessionKey(
                                            documentNames.get(rs.getInt("position")), rs.getInt("session_index")),
                                    k -> new ArrayList<>())
                            .add(rs.getString("action_line"));
                },
                runId,
                range.first(),
                range.last());
        return named;
    }

    /** The country mentions of a range of documents, in document, session and text order. */
    public List<CountryMention> countries(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.COUNTRIES, runId, documentNames, range);
    }

    /** The theme mentions of a range of documents, in document, session and text order. */
    public List<ThemeMention> themes(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.THEMES, runId, documentNames, range);
    }

    /** The figures of a range of documents, in document, session and text order. */
    public List<Figure> figures(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(MentionTables.FIGURES, runId, documentNames, range);
    }

    private <T> List<T> load(
            Table<T, SessionKey> table, String runId, Map<Integer, String> documentNames, PositionRange range) {
        return jdbc.query(
                table.select()
                        + " WHERE run_id = ? AND position BETWEEN ? AND ? ORDER BY position, session_index, ordinal",
                (rs, n) -> table.read(
                        rs, new SessionKey(documentNames.get(rs.getInt("position")), rs.getInt("session_index"))),
                runId,
                range.first(),
                range.last());
    }
}
