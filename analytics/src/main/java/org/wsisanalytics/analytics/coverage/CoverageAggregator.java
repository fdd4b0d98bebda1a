package org.wsisanalytics.analytics.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.SessionKey;

/** Rolls action-line mentions up into the cells of the coverage matrix (session × action line). */
public final class CoverageAggregator {

    private CoverageAggregator() {}

    /**
     * One ActionLineCoverage per (session, action line) with >= 1 mention, ordered by document, session index,
     * action-line number. Documents keep the order in which they first appear in the mentions (the run's input
     * order); a cell is {@code inLinksSection} when any of its mentions is.
     */
    public static List<ActionLineCoverage> aggregate(List<ActionLineMention> mentions) {
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
