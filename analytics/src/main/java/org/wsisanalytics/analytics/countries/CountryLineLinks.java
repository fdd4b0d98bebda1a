package org.wsisanalytics.analytics.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.wsisanalytics.analytics.text.TextUnits;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Section;

/**
 * Links a section's country mentions to its action-line references: a country is linked to a line only where the
 * same sentence, or the same list item, names both. A session that names a country in its introduction and lists
 * eleven lines at its end says nothing about that country and those lines; "Costa Rica ... (C2)" does.
 * Only mentions that count ({@link org.wsisanalytics.model.CountryMentionKind#counted()}) are linked.
 */
public final class CountryLineLinks {

    private CountryLineLinks() {}

    /**
     * The country mentions with the action lines they are linked to.
     *
     * @param section the section both kinds of mention were found in
     * @param countries its country mentions
     * @param lines its action-line references
     */
    public static List<CountryMention> link(
            Section section, List<CountryMention> countries, List<ActionLineMention> lines) {
        if (lines.isEmpty() || countries.isEmpty()) {
            return countries;
        }
        TextUnits units = new TextUnits(section.text());
        List<CountryMention> linked = new ArrayList<>(countries.size());
        for (CountryMention country : countries) {
            if (!country.kind().counted()) {
                linked.add(country);
                continue;
            }
            TextUnits.Unit unit = units.at(country.start());
            TreeSet<String> codes = new TreeSet<>(ActionLine.BY_NUMBER);
            for (ActionLineMention line : lines) {
                if (unit.contains(line.start())) {
                    codes.add(line.actionLine());
                }
            }
            linked.add(codes.isEmpty() ? country : country.withActionLines(List.copyOf(codes)));
        }
        return linked;
    }
}
