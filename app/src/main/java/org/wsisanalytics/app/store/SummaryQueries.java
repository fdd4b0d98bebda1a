package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeTotal;

/**
 * The run's aggregation: its aggregates counted by the database (GROUP BY over the mention tables), without
 * reading a sentence. The run-wide totals come back as one row per action line or theme, the per-session cells of
 * a range of documents batch by batch; documents come in input position order, sessions in index order. Country
 * mentions need the gazetteer, so they are added up by a {@link CountryTally} fed from the stored rows.
 */
final class SummaryQueries {

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of sessions of all documents. */
    int sessions(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM wa_session WHERE run_id = ?")
                .param(runId)
                .query(Integer.class)
                .single();
    }

    /** The number of sessions of each document that has any, by input position. */
    Map<Integer, Integer> sessionsByPosition(String runId) {
        Map<Integer, Integer> sessions = new HashMap<>();
        jdbc.sql("SELECT position, COUNT(*) AS sessions FROM wa_session WHERE run_id = ? GROUP BY position")
                .param(runId)
                .query(rs -> {
                    sessions.put(rs.getInt("position"), rs.getInt("sessions"));
                });
        return sessions;
    }

    /** The input positions of the documents that have sessions, in ascending order. */
    List<Integer> positionsWithSessions(String runId) {
        return jdbc.sql("SELECT DISTINCT position FROM wa_session WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query(Integer.class)
                .list();
    }

    /**
     * Each line's sessions and references, in the order of {@code actionLines}, with zeros for lines no session
     * refers to; a counted line that is not among {@code actionLines} is an error.
     */
    private static List<ActionLineTotal> lineTotals(Map<String, Total> counted, List<ActionLine> actionLines) {
        Map<String, Total> totals = new HashMap<>(counted);
        List<ActionLineTotal> lines = new ArrayList<>();
        for (ActionLine line : actionLines) {
            Total total = totals.remove(line.code());
            lines.add(
                    total == null
                            ? new ActionLineTotal(line.code(), 0, 0)
                            : new ActionLineTotal(line.code(), total.sessions(), total.mentions()));
        }
        if (!totals.isEmpty()) {
            throw new IllegalStateException(
                    "The run's action-line mentions name " + totals.keySet() + ", which are not among "
                            + actionLines.stream().map(ActionLine::code).toList() + ".");
        }
        return List.copyOf(lines);
    }

    /**
     * Each theme's sessions and mentions: the taxonomy's themes in its order, zeros included, then the themes
     * counted but not in the taxonomy (it was edited after the analysis) in alphabetical order.
     */
    List<ThemeTotal> themeTotals(String runId, ThemeTaxonomy taxonomy, List<PositionRange> batches) {
        Map<String, Total> counted = themeCounts(runId, batches);
        Map<String, Total> ordered = new LinkedHashMap<>();
        taxonomy.themes().forEach(theme -> ordered.put(theme, counted.getOrDefault(theme, Total.NONE)));
        new TreeMap<>(counted).forEach(ordered::putIfAbsent);
        List<ThemeTotal> themes = new ArrayList<>();
        ordered.forEach((theme, total) -> themes.add(new ThemeTotal(theme, total.sessions(), total.mentions())));
        return List.copyOf(themes);
    }

    /**
     * Per theme: the sessions touching it (one per session in the inner GROUP BY) and its mentions. Portable
     * alternative to {@code COUNT(DISTINCT (position, session_index))}. Counted one batch of documents at a time
     * and added up (the batches' sessions are disjoint), so that the database never groups more than a batch's
     * (session, theme) pairs in memory.
     */
    private Map<String, Total> themeCounts(String runId, List<PositionRange> batches) {
        Map<String, Total> totals = new HashMap<>();
        for (PositionRange range : batches) {
            jdbc.sql("SELECT theme, COUNT(*) AS sessions, SUM(mentions) AS mentions FROM (SELECT theme,"
                            + " COUNT(*) AS mentions FROM wa_theme_mention WHERE run_id = ? AND position BETWEEN ? AND ?"
                            + " GROUP BY position, session_index, theme) per_session GROUP BY theme")
                    .params(runId, range.first(), range.last())
                    .query(rs -> {
                        totals.merge(
                                rs.getString("theme"),
                                new Total(rs.getInt("sessions"), rs.getInt("mentions")),
                                Total::plus);
                    });
        }
        return totals;
    }

    /**
     * The order of a session's theme counts: the taxonomy's themes, then themes it does not know in order of their
     * first mention in the run.
     * Read once for the whole run, so that every batch orders its sessions' themes alike; its size is the
     * number of distinct themes.
     *
     * @param themes the run's theme totals ({@link #themeTotals}), which name every theme mentioned
     */
    Map<String, Integer> themeOrder(String runId, ThemeTaxonomy taxonomy, List<ThemeTotal> themes) {
        Map<String, Integer> order = new HashMap<>();
        taxonomy.themes().forEach(theme -> order.putIfAbsent(theme, order.size()));
        // Themes outside the taxonomy are rare (it was edited after the analysis): only they need their first
        // mention, each found by an index-ordered query. A window function over every mention would make the
        // database hold them all (H2 ran a 128 MB heap out on 1.4 million theme mentions).
        List<String> unknown = themes.stream()
                .map(ThemeTotal::theme)
                .filter(theme -> !order.containsKey(theme))
                .toList();
        List<FirstMention> firsts = new ArrayList<>();
        for (String theme : unknown) {
            jdbc.sql("SELECT position, session_index, ordinal FROM wa_theme_mention WHERE run_id = ? AND theme = ?"
                            + " ORDER BY position, session_index, ordinal FETCH FIRST 1 ROWS ONLY")
                    .params(runId, theme)
                    .query((rs, n) -> new FirstMention(
                            theme, rs.getInt("position"), rs.getInt("session_index"), rs.getInt("ordinal")))
                    .list()
                    .forEach(firsts::add);
        }
        firsts.sort(Comparator.comparingInt(FirstMention::position)
                .thenComparingInt(FirstMention::sessionIndex)
                .thenComparingInt(FirstMention::ordinal));
        firsts.forEach(first -> order.putIfAbsent(first.theme(), order.size()));
        return Map.copyOf(order);
    }

    /** Where a theme is first mentioned in the run. */
    private record FirstMention(String theme, int position, int sessionIndex, int ordinal) {}

    /**
     * The coverage cells of the documents of a range: one per (session, action line) with its mentions, in the
     * links section when any of them is; by position, session and line number (ordering codes by length first puts
     * C2 before C10).
     */
    List<ActionLineCoverage> coverage(String runId, Map<Integer, String> names, PositionRange range) {
        return jdbc.sql("SELECT position, session_index, action_line, COUNT(*) AS mentions,"
                        + " MAX(CASE WHEN in_links_section THEN 1 ELSE 0 END) AS in_links FROM wa_action_line_mention"
                        + " WHERE run_id = ? AND position BETWEEN ? AND ? GROUP BY position, session_index, action_line"
                        + " ORDER BY position, session_index, LENGTH(action_line), action_line")
                .params(runId, range.first(), range.last())
                .query((rs, n) -> new ActionLineCoverage(
                        new SessionKey(names.get(rs.getInt("position")), rs.getInt("session_index")),
                        rs.getString("action_line"),
                        rs.getInt("mentions"),
                        rs.getInt("in_links") == 1))
                .list();
    }

    /**
     * The theme counts of the documents of a range: one per (session, theme) with its mentions, by position,
     * session and {@code themeOrder} ({@link #themeOrder}).
     */
    List<ThemeCount> themeCounts(
            String runId, Map<Integer, String> names, Map<String, Integer> themeOrder, PositionRange range) {
        List<ThemeRow> rows = new ArrayList<>(jdbc.sql("SELECT position, session_index, theme, COUNT(*) AS mentions"
                        + " FROM wa_theme_mention WHERE run_id = ? AND position BETWEEN ? AND ?"
                        + " GROUP BY position, session_index, theme")
                .params(runId, range.first(), range.last())
                .query((rs, n) -> new ThemeRow(
                        rs.getInt("position"),
                        new ThemeCount(
                                new SessionKey(names.get(rs.getInt("position")), rs.getInt("session_index")),
                                rs.getString("theme"),
                                rs.getInt("mentions"))))
                .list());
        rows.sort(Comparator.comparingInt(ThemeRow::position)
                .thenComparingInt(row -> row.count().session().index())
                .thenComparingInt(row -> themeOrder.getOrDefault(row.count().theme(), Integer.MAX_VALUE)));
        return rows.stream().map(ThemeRow::count).toList();
    }

    /**
     * The action lines' totals (sessions and references, in the order of the action lines), added up from the
     * coverage cells (one cell per session and line), read one range of {@code batches} at a time, so that only a
     * batch's coverage cells are held, never the run's.
     */
    List<ActionLineTotal> lineTotals(
            String runId, Map<Integer, String> names, List<ActionLine> actionLines, List<PositionRange> batches) {
        Map<String, Total> lineTotals = new HashMap<>();
        for (PositionRange range : batches) {
            coverage(runId, names, range)
                    .forEach(cell -> lineTotals.merge(cell.actionLine(), new Total(1, cell.mentions()), Total::plus));
        }
        return lineTotals(lineTotals, actionLines);
    }

    /**
     * The run's country mentions added up by a {@link CountryTally} (which applies the counting rule), one session
     * at a time, read one range of {@code batches} at a time.
     */
    CountryTally countries(
            MentionStore mentions,
            String runId,
            Map<Integer, String> names,
            Gazetteer gazetteer,
            List<PositionRange> batches) {
        CountryTally tally = new CountryTally(gazetteer);
        for (PositionRange range : batches) {
            EvidenceBySession.group(mentions.countries(runId, names, range), CountryMention::session)
                    .values()
                    .forEach(tally::add);
        }
        return tally;
    }

    /**
     * A value's run-wide count.
     *
     * @param sessions sessions with at least one row of it
     * @param mentions its rows
     */
    private record Total(int sessions, int mentions) {
        static final Total NONE = new Total(0, 0);

        Total plus(Total other) {
            return new Total(sessions + other.sessions, mentions + other.mentions);
        }
    }

    /**
     * A theme count and its document's position.
     *
     * @param position the document's input position
     * @param count the count
     */
    private record ThemeRow(int position, ThemeCount count) {}
}
