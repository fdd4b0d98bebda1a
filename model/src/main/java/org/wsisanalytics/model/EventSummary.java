package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * A run's documents of one event and year, added up by the same rules as the whole run, so that runs holding
 * several events or years can show them side by side.
 *
 * @param key the event and year
 * @param documents the documents read of that event and year
 * @param sessions their sessions
 * @param lineTotals per action line C1 to C11, in order: sessions referring to it and its numbered references
 * @param countries the countries named or referred to by a demonym (the mentions that count), most sessions first
 * @param themes per theme, in the taxonomy's order: sessions touching it and mentions
 */
public record EventSummary(
        EventKey key,
        int documents,
        int sessions,
        List<ActionLineTotal> lineTotals,
        List<CountryFrequency> countries,
        List<ThemeTotal> themes) {

    public EventSummary {
        Objects.requireNonNull(key, "key");
        Requires.positive(documents, "documents");
        Requires.notNegative(sessions, "sessions");
        lineTotals = List.copyOf(Objects.requireNonNull(lineTotals, "lineTotals"));
        countries = List.copyOf(Objects.requireNonNull(countries, "countries"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        for (ActionLineTotal total : lineTotals) {
            if (total.sessions() > sessions) {
                throw new IllegalArgumentException(
                        key + ": " + total + " counts more than the event's " + sessions + " sessions");
            }
        }
    }

    /** The numbered action-line references of the event's sessions. */
    public int actionLineMentions() {
        return lineTotals.stream().mapToInt(ActionLineTotal::mentions).sum();
    }

    /** The country mentions that count (names and demonyms). */
    public int countryMentions() {
        return countries.stream().mapToInt(CountryFrequency::mentions).sum();
    }

    /** The share of the event's sessions that refer to a line: its sessions over the event's, 0 when it has none. */
    public double share(ActionLineTotal line) {
        return sessions == 0 ? 0 : (double) line.sessions() / sessions;
    }
}
