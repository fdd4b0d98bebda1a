package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;

/**
 * A run's aggregates counted by the database (GROUP BY over the mention tables), without reading a sentence.
 * Each gives what the analytics aggregators give for the whole run's mentions, in the same order; documents
 * come in input position order, which is the order in which the aggregators first see them.
 */
final class SummaryQueries {

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * As {@code CoverageAggregator.aggregate}: one cell per (session, action line), by position, session
     * and line number; ordering codes by length first puts C2 before C10.
     */
    List<ActionLineCoverage> coverage(String runId, Map<Integer, String> names) {
        return jdbc.sql("SELECT position, session_index, action_line, COUNT(*),"
                        + " MAX(CASE WHEN in_links_section THEN 1 ELSE 0 END) FROM wa_action_line_mention"
                        + " WHERE run_id = ? GROUP BY position, session_index, action_line"
                        + " ORDER BY position, session_index, LENGTH(action_line), action_line")
                .param(runId)
                .query((rs, n) -> new ActionLineCoverage(new SessionKey(names.get(rs.getInt(1)), rs.getInt(2)),
                        rs.getString(3), rs.getInt(4), rs.getInt(5) == 1))
                .list();
    }

    /**
     * As {@code ThemeAggregator.perSession(mentions, taxonomy)}: one count per (session, theme), by position,
     * session and the taxonomy's order; a theme the taxonomy does not know follows, in order of its first
     * mention in the run (the smallest ordinal of its earliest session).
     */
    List<ThemeCount> themeCounts(String runId, Map<Integer, String> names, ThemeTaxonomy taxonomy) {
        Map<String, Integer> themeOrder = new HashMap<>();
        taxonomy.themes().forEach(theme -> themeOrder.putIfAbsent(theme, themeOrder.size()));
        List<ThemeRow> rows = jdbc.sql("SELECT position, session_index, theme, COUNT(*),"
                        + " MIN(ordinal) AS first_ordinal FROM wa_theme_mention WHERE run_id = ?"
                        + " GROUP BY position, session_index, theme ORDER BY position, session_index, first_ordinal")
                .param(runId)
                .query((rs, n) -> new ThemeRow(rs.getInt(1), new ThemeCount(
                        new SessionKey(names.get(rs.getInt(1)), rs.getInt(2)), rs.getString(3), rs.getInt(4))))
                .list();
        rows.forEach(row -> themeOrder.putIfAbsent(row.count().theme(), themeOrder.size()));
        List<ThemeRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(ThemeRow::position)
                .thenComparingInt(row -> row.count().session().index())
                .thenComparingInt(row -> themeOrder.get(row.count().theme())));
        return sorted.stream().map(ThemeRow::count).toList();
    }

    /**
     * The run's country mentions counted per (session, country), fed to a {@link CountryTally} one session
     * at a time together with the action lines the session references (taken from its coverage cells).
     */
    CountryTally countries(String runId, Map<Integer, String> names, Gazetteer gazetteer,
                           List<ActionLineCoverage> coverage) {
        Map<SessionKey, Set<String>> lines = new HashMap<>();
        coverage.forEach(cell -> lines.computeIfAbsent(cell.session(), k -> new HashSet<>()).add(cell.actionLine()));
        SessionCountries sessions = new SessionCountries(new CountryTally(gazetteer), lines);
        jdbc.sql("SELECT position, session_index, iso2, COUNT(*) FROM wa_country_mention WHERE run_id = ?"
                        + " GROUP BY position, session_index, iso2 ORDER BY position, session_index, iso2")
                .param(runId)
                .query(rs -> {
                    sessions.add(new SessionKey(names.get(rs.getInt(1)), rs.getInt(2)), rs.getString(3), rs.getInt(4));
                });
        return sessions.finish();
    }

    /**
     * A theme count and its document's position.
     *
     * @param position the document's input position
     * @param count the count
     */
    private record ThemeRow(int position, ThemeCount count) {
    }

    /** Hands the (session, country, count) rows to the tally one session at a time. */
    private static final class SessionCountries {
        private final CountryTally tally;
        private final Map<SessionKey, Set<String>> lines;
        private SessionKey session;
        private Map<String, Integer> counts = new HashMap<>();

        SessionCountries(CountryTally tally, Map<SessionKey, Set<String>> lines) {
            this.tally = tally;
            this.lines = lines;
        }

        void add(SessionKey key, String iso2, int count) {
            if (!key.equals(session)) {
                flush();
                session = key;
            }
            counts.put(iso2, count);
        }

        CountryTally finish() {
            flush();
            return tally;
        }

        private void flush() {
            if (session != null) {
                tally.add(counts, lines.getOrDefault(session, Set.of()));
                counts = new HashMap<>();
                session = null;
            }
        }
    }
}
