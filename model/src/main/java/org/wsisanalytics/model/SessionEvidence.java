package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * One session with everything found in it, each item with the sentence it came from: the unit in which a
 * run's evidence is handed to the reports, one session at a time.
 *
 * @param overview the session's outline, coverage and theme counts
 * @param actionLines its action-line references, in text order
 * @param actionLineNames its references to an action line by name only, in text order
 * @param countries its country mentions, in text order
 * @param themes its theme mentions, in text order
 * @param figures its quantitative statements, in text order
 * @param sections each of its sections in full, in the order of the outline's sections: the body text the
 *        mentions' offsets count in (the REFI-QDA project writes them out as the session's source text) and its
 *        anchors, which locate a sentence picked at report time (a key message) in the input file
 * @param keyMessages its key messages, first ranked first (empty where none were picked)
 */
public record SessionEvidence(
        SessionOverview overview,
        List<ActionLineMention> actionLines,
        List<ActionLineNameReference> actionLineNames,
        List<CountryMention> countries,
        List<ThemeMention> themes,
        List<Figure> figures,
        List<Section> sections,
        List<KeyMessage> keyMessages) {

    public SessionEvidence {
        Objects.requireNonNull(overview, "overview");
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        actionLineNames = List.copyOf(Objects.requireNonNull(actionLineNames, "actionLineNames"));
        countries = List.copyOf(Objects.requireNonNull(countries, "countries"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        keyMessages = List.copyOf(Objects.requireNonNull(keyMessages, "keyMessages"));
        for (KeyMessage message : keyMessages) {
            if (!message.session().equals(overview.key())) {
                throw new IllegalArgumentException("Key message " + message + " is not of session " + overview.key());
            }
        }
        if (sections.size() != overview.session().sections().size()) {
            throw new IllegalArgumentException("Session " + overview.key() + " has "
                    + overview.session().sections().size() + " sections but " + sections.size() + " section texts");
        }
    }

    /** This evidence with the session's key messages. */
    public SessionEvidence withKeyMessages(List<KeyMessage> messages) {
        return new SessionEvidence(
                overview, actionLines, actionLineNames, countries, themes, figures, sections, messages);
    }

    /** The body text of each of its sections, in section order. */
    public List<String> sectionTexts() {
        return sections.stream().map(Section::text).toList();
    }

    public SessionOutline session() {
        return overview.session();
    }

    /** The session's action lines with their numbers of references, in C1..C11 order. */
    public List<ActionLineCoverage> coverage() {
        return overview.coverage();
    }

    /** The session's themes with their numbers of mentions, in taxonomy order. */
    public List<ThemeCount> themeCounts() {
        return overview.themeCounts();
    }

    public SessionKey key() {
        return overview.key();
    }
}
