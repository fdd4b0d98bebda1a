package org.wsisanalytics.analytics.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

/** Counts theme mentions per session: the cells of the themes × sessions matrix. */
public final class ThemeAggregator {

    private ThemeAggregator() {}

    /**
     * One count per (session, theme) with at least one mention, ordered by document (in order of first
     * appearance), session index, and the theme order of the bundled taxonomy; themes it does not know (from a
     * user's taxonomy) follow in order of first appearance. Use {@link #perSession(List, ThemeTaxonomy)} to order
     * by a user's taxonomy.
     */
    public static List<ThemeCount> perSession(List<ThemeMention> mentions) {
        return perSession(mentions, ThemeTaxonomy.loadDefault());
    }

    /** As {@link #perSession(List)}, with themes in the order of the given taxonomy. */
    public static List<ThemeCount> perSession(List<ThemeMention> mentions, ThemeTaxonomy taxonomy) {
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
}
