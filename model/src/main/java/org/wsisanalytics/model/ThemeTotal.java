package org.wsisanalytics.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One theme over a whole run: a column total of the themes × sessions matrix.
 *
 * @param theme the theme's name
 * @param sessions number of sessions that touch the theme
 * @param mentions number of matches in all sessions
 */
public record ThemeTotal(String theme, int sessions, int mentions) {

    public ThemeTotal {
        Requires.text(theme, "theme");
        Requires.notNegative(sessions, "sessions");
        Requires.notNegative(mentions, "mentions");
    }

    /**
     * The totals of each theme of the taxonomy, in its order and with zeros for themes no session touches;
     * themes counted but not in the taxonomy (it was edited after the analysis) follow in alphabetical order.
     */
    public static List<ThemeTotal> of(List<String> taxonomy, List<ThemeCount> counts) {
        Map<String, Set<SessionKey>> sessions = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        taxonomy.forEach(theme -> sessions.put(theme, new HashSet<>()));
        Set<String> unknown = new TreeSet<>();
        for (ThemeCount count : counts) {
            if (!sessions.containsKey(count.theme())) {
                unknown.add(count.theme());
            }
        }
        unknown.forEach(theme -> sessions.put(theme, new HashSet<>()));
        for (ThemeCount count : counts) {
            sessions.get(count.theme()).add(count.session());
            mentions.merge(count.theme(), count.mentions(), Integer::sum);
        }
        List<ThemeTotal> totals = new ArrayList<>();
        sessions.forEach((theme, touching) ->
                totals.add(new ThemeTotal(theme, touching.size(), mentions.getOrDefault(theme, 0))));
        return List.copyOf(totals);
    }
}
