package org.wsisanalytics.analytics.oracle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

/**
 * Test oracle: a run's mentions aggregated in memory, all at once. The application aggregates in the analysis
 * store (its SQL, and {@link CountryTally} fed from stored rows one session at a time); the tests on the sample
 * aggregate with this and the store's tests compare the two.
 */
public final class InMemoryAggregation {

    private InMemoryAggregation() {}

    /**
     * One cell per (session, action line) with at least one mention, ordered by document, session index and
     * action-line number (C2 before C10). Documents keep the order in which they first appear in the mentions (the
     * run's input order); a cell is {@code inLinksSection} when any of its mentions is.
     */
    public static List<ActionLineCoverage> coverage(List<ActionLineMention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        Map<String, Integer> documentOrder = new HashMap<>();
        Map<Cell, Tally> tallies = new LinkedHashMap<>();
        for (ActionLineMention mention : mentions) {
            documentOrder.putIfAbsent(mention.session().document(), documentOrder.size());
            tallies.computeIfAbsent(new Cell(mention.session(), mention.actionLine()), cell -> new Tally())
                    .add(mention.inLinksSection());
        }
        Comparator<Cell> order = Comparator.comparingInt(
                        (Cell cell) -> documentOrder.get(cell.session().document()))
                .thenComparingInt(cell -> cell.session().index())
                .thenComparingInt(Cell::number);
        List<ActionLineCoverage> coverage = new ArrayList<>();
        tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order))
                .forEach(e -> coverage.add(new ActionLineCoverage(
                        e.getKey().session(),
                        e.getKey().actionLine(),
                        e.getValue().mentions,
                        e.getValue().inLinksSection)));
        return List.copyOf(coverage);
    }

    /** As {@link #themeCounts(List, ThemeTaxonomy)} with the bundled taxonomy. */
    public static List<ThemeCount> themeCounts(List<ThemeMention> mentions) {
        return themeCounts(mentions, ThemeTaxonomy.loadDefault());
    }

    /**
     * One count per (session, theme) with at least one mention, ordered by document (in order of first
     * appearance), session index, and the taxonomy's theme order; themes it does not know follow in order of first
     * appearance.
     */
    public static List<ThemeCount> themeCounts(List<ThemeMention> mentions, ThemeTaxonomy taxonomy) {
        Objects.requireNonNull(mentions, "mentions");
        Map<String, Integer> themeOrder = new HashMap<>();
        taxonomy.themes().forEach(theme -> themeOrder.putIfAbsent(theme, themeOrder.size()));
        Map<String, Integer> documentOrder = new HashMap<>();
        Map<SessionKey, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ThemeMention mention : mentions) {
            documentOrder.putIfAbsent(mention.session().document(), documentOrder.size());
            themeOrder.putIfAbsent(mention.theme(), themeOrder.size());
            counts.computeIfAbsent(mention.session(), key -> new HashMap<>()).merge(mention.theme(), 1, Integer::sum);
        }
        List<ThemeCount> out = new ArrayList<>();
        counts.forEach((session, byTheme) ->
                byTheme.forEach((theme, count) -> out.add(new ThemeCount(session, theme, count))));
        out.sort(Comparator.comparingInt(
                        (ThemeCount c) -> documentOrder.get(c.session().document()))
                .thenComparingInt(c -> c.session().index())
                .thenComparingInt(c -> themeOrder.get(c.theme())));
        return List.copyOf(out);
    }

    /** The country mentions of a whole run, grouped by session and fed to a {@link CountryTally}. */
    public static CountryTally countries(List<CountryMention> mentions, Gazetteer gazetteer) {
        Objects.requireNonNull(mentions, "mentions");
        Map<SessionKey, List<CountryMention>> bySession = new LinkedHashMap<>();
        for (CountryMention mention : mentions) {
            bySession.computeIfAbsent(mention.session(), k -> new ArrayList<>()).add(mention);
        }
        CountryTally tally = new CountryTally(gazetteer);
        bySession.values().forEach(tally::add);
        return tally;
    }

    private record Cell(SessionKey session, String actionLine) {

        int number() {
            return Integer.parseInt(actionLine.substring(1));
        }
    }

    private static final class Tally {

        private int mentions;
        private boolean inLinksSection;

        void add(boolean inLinks) {
            mentions++;
            inLinksSection |= inLinks;
        }
    }
}
