package org.wsisanalytics.app.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeMention;

/**
 * What the detectors found in each session: action-line, country and theme mentions and figures.
 * A session's rows of one kind are replaced as a whole, in one batch.
 */
@Repository
public class MentionStore {

    static final List<String> TABLES = List.of(
            "wa_action_line_mention",
            "wa_action_line_name_ref",
            "wa_action_line_label_conflict",
            "wa_country_mention",
            "wa_theme_mention",
            "wa_figure");
    private static final String FIGURE_COLUMNS = "kind, role, figure_value, unit, figure_text, occurrences, section,"
            + " sentence, start_offset, end_offset, location";
    private static final String COUNTRY_COLUMNS =
            "iso2, surface, kind, section, sentence, start_offset, end_offset," + " location, action_lines";

    private final JdbcTemplate jdbc;

    MentionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceActionLines(String runId, int position, int sessionIndex, List<ActionLineMention> mentions) {
        replace(
                "wa_action_line_mention",
                "action_line, notation, section, in_links_section, sentence," + " start_offset, end_offset, location",
                runId,
                position,
                sessionIndex,
                mentions,
                m -> new Object[] {
                    m.actionLine(),
                    m.notation(),
                    m.section(),
                    m.inLinksSection(),
                    m.sentence(),
                    m.start(),
                    m.end(),
                    FindingStore.label(m.location())
                });
    }

    public void replaceActionLineNames(
            String runId, int position, int sessionIndex, List<ActionLineNameReference> references) {
        replace(
                "wa_action_line_name_ref",
                "action_line, sub_line, phrase, section, in_links_section, sentence,"
                        + " start_offset, end_offset, location",
                runId,
                position,
                sessionIndex,
                references,
                r -> new Object[] {
                    r.actionLine(),
                    r.subLine(),
                    r.phrase(),
                    r.section(),
                    r.inLinksSection(),
                    r.sentence(),
                    r.start(),
                    r.end(),
                    FindingStore.label(r.location())
                });
    }

    public void replaceLabelConflicts(
            String runId, int position, int sessionIndex, List<ActionLineLabelConflict> conflicts) {
        replace(
                "wa_action_line_label_conflict",
                "action_line, label, fits",
                runId,
                position,
                sessionIndex,
                conflicts,
                c -> new Object[] {c.actionLine(), c.label(), c.fits()});
    }

    public void replaceCountries(String runId, int position, int sessionIndex, List<CountryMention> mentions) {
        replace("wa_country_mention", COUNTRY_COLUMNS, runId, position, sessionIndex, mentions, m -> new Object[] {
            m.iso2(),
            m.surface(),
            m.kind().name(),
            m.section(),
            m.sentence(),
            m.start(),
            m.end(),
            FindingStore.label(m.location()),
            m.actionLines().isEmpty() ? null : String.join(" ", m.actionLines())
        });
    }

    public void replaceThemes(String runId, int position, int sessionIndex, List<ThemeMention> mentions) {
        replace(
                "wa_theme_mention",
                "theme, surface, section, sentence, start_offset, end_offset, location",
                runId,
                position,
                sessionIndex,
                mentions,
                m -> new Object[] {
                    m.theme(),
                    m.surface(),
                    m.section(),
                    m.sentence(),
                    m.start(),
                    m.end(),
                    FindingStore.label(m.location())
                });
    }

    public void replaceFigures(String runId, int position, int sessionIndex, List<Figure> figures) {
        replace("wa_figure", FIGURE_COLUMNS, runId, position, sessionIndex, figures, f -> new Object[] {
            f.kind().name(),
            f.role().name(),
            f.value(),
            f.unit(),
            f.text(),
            f.occurrences(),
            f.section(),
            f.sentence(),
            f.start(),
            f.end(),
            FindingStore.label(f.location())
        });
    }

    private <T> void replace(
            String table,
            String columns,
            String runId,
            int position,
            int sessionIndex,
            List<T> items,
            Function<T, Object[]> values) {
        jdbc.update(
                "DELETE FROM " + table + " WHERE run_id = ? AND position = ? AND session_index = ?",
                runId,
                position,
                sessionIndex);
        if (items.isEmpty()) {
            return;
        }
        int columnCount = columns.split(",").length;
        String sql = "INSERT INTO " + table + " (run_id, position, session_index, ordinal, " + columns
                + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columnCount) + ")";
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object[] own = values.apply(items.get(i));
            Object[] row = new Object[4 + own.length];
            row[0] = runId;
            row[1] = position;
            row[2] = sessionIndex;
            row[3] = i + 1;
            System.arraycopy(own, 0, row, 4, own.length);
            rows.add(row);
        }
        jdbc.batchUpdate(sql, rows);
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
        return load(
                "wa_action_line_mention",
                "action_line, notation, section, in_links_section, sentence," + " start_offset, end_offset, location",
                runId,
                documentNames,
                range,
                (rs, key) -> new ActionLineMention(
                        key,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        TextLocation.parse(rs.getString(10))));
    }

    /** References to an action line by name only in a range of documents, in document, session and text order. */
    public List<ActionLineNameReference> actionLineNames(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(
                "wa_action_line_name_ref",
                "action_line, sub_line, phrase, section, in_links_section, sentence,"
                        + " start_offset, end_offset, location",
                runId,
                documentNames,
                range,
                (rs, key) -> new ActionLineNameReference(
                        key,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        TextLocation.parse(rs.getString(11))));
    }

    /** The label conflicts of a range of documents, in document, session and text order. */
    public List<ActionLineLabelConflict> labelConflicts(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(
                "wa_action_line_label_conflict",
                "action_line, label, fits",
                runId,
                documentNames,
                range,
                (rs, key) -> new ActionLineLabelConflict(key, rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /**
     * The lines each session of a range of documents names in words, each once per session (in no particular
     * order: {@code SessionOverview} takes them in C1..C11 order).
     */
    public Map<SessionKey, List<String>> namedLines(
            String runId, Map<Integer, String> documentNames, PositionRange range) {
        Map<SessionKey, List<String>> named = new HashMap<>();
        jdbc.query(
                "SELECT DISTINCT position, session_index, action_line FROM wa_action_line_name_ref"
                        + " WHERE run_id = ? AND position BETWEEN ? AND ?",
                rs -> {
                    named.computeIfAbsent(
                                    new SessionKey(documentNames.get(rs.getInt(1)), rs.getInt(2)),
                                    k -> new ArrayList<>())
                            .add(rs.getString(3));
                },
                runId,
                range.first(),
                range.last());
        return named;
    }

    /** The country mentions of a range of documents, in document, session and text order. */
    public List<CountryMention> countries(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(
                "wa_country_mention",
                COUNTRY_COLUMNS,
                runId,
                documentNames,
                range,
                (rs, key) -> new CountryMention(
                        key,
                        rs.getString(3),
                        rs.getString(4),
                        CountryMentionKind.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        TextLocation.parse(rs.getString(10)),
                        codes(rs.getString(11))));
    }

    /** The theme mentions of a range of documents, in document, session and text order. */
    public List<ThemeMention> themes(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(
                "wa_theme_mention",
                "theme, surface, section, sentence, start_offset, end_offset, location",
                runId,
                documentNames,
                range,
                (rs, key) -> new ThemeMention(
                        key,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        TextLocation.parse(rs.getString(9))));
    }

    /** The figures of a range of documents, in document, session and text order. */
    public List<Figure> figures(String runId, Map<Integer, String> documentNames, PositionRange range) {
        return load(
                "wa_figure",
                FIGURE_COLUMNS,
                runId,
                documentNames,
                range,
                (rs, key) -> new Figure(
                        key,
                        FigureKind.valueOf(rs.getString("kind")),
                        FigureRole.valueOf(rs.getString("role")),
                        plain(rs.getBigDecimal("figure_value")),
                        rs.getString("unit"),
                        rs.getString("figure_text"),
                        rs.getInt("occurrences"),
                        rs.getString("section"),
                        rs.getString("sentence"),
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        TextLocation.parse(rs.getString("location"))));
    }

    /** The action-line codes of a column written as "C2 C7", or none for NULL. */
    private static List<String> codes(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(" "));
    }

    /** The database pads decimals to the column's scale; give back the number as it was written. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private <T> List<T> load(
            String table,
            String columns,
            String runId,
            Map<Integer, String> documentNames,
            PositionRange range,
            MentionMapper<T> mapper) {
        RowMapper<T> rows = (rs, n) -> mapper.map(rs, new SessionKey(documentNames.get(rs.getInt(1)), rs.getInt(2)));
        return jdbc.query(
                "SELECT position, session_index, " + columns + " FROM " + table
                        + " WHERE run_id = ? AND position BETWEEN ? AND ? ORDER BY position, session_index, ordinal",
                rows,
                runId,
                range.first(),
                range.last());
    }

    @FunctionalInterface
    private interface MentionMapper<T> {
        T map(ResultSet rs, SessionKey session) throws SQLException;
    }
}
