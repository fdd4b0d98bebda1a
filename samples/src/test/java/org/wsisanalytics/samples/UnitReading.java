package org.wsisanalytics.samples;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One unit (session, agenda item, segment, whole document) as read by hand or by the job: its title, the action
 * lines it references and the countries it mentions with their number of mentions.
 */
record UnitReading(String title, Set<String> actionLines, Map<String, Integer> countries) {

    UnitReading {
        actionLines = java.util.Collections.unmodifiableSet(new TreeSet<>(actionLines));
        countries = java.util.Collections.unmodifiableMap(new TreeMap<>(countries));
        countries.forEach((iso2, n) -> {
            if (n < 1) {
                throw new IllegalArgumentException("A country is listed with " + n + " mentions: " + iso2);
            }
        });
    }
}
