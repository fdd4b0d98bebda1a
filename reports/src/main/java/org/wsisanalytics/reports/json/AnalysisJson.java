package org.wsisanalytics.reports.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What {@code analysis.json} holds: the whole analysis of a run in one file, for tools that would
 * rather not join the CSV files. Serialised with snake_case names, like the manifest. The run-wide parts
 * come first ({@link Header}); {@code sessions} comes last, each session with its own mentions, so that the
 * file is written, and can be read, one session at a time.
 */
final class AnalysisJson {

    private AnalysisJson() {}

    /** Everything before the sessions array, in file order. */
    record Header(
            Run run,
            List<Document> documents,
            List<ActionLine> actionLines,
            Countries countries,
            Themes themes,
            Aggregates aggregates,
            List<Event> events,
            List<SharedMessage> sharedMessages,
            List<Reject> rejects) {}

    /** The run: no start time or duration, so that the same run gives the same file (manifest.json has them). */
    record Run(String runId, String runDate, String version, Map<String, String> parameters, List<Input> inputs) {}

    record Input(String name, String location, long sizeBytes, String sha256) {}

    record Document(String name, String title, int sessions) {}

    record ActionLine(String code, String name) {}

    /** @param structure the layer that read the session's document: "template", "outline" or "whole" */
    record Session(
            String document,
            int sessionIndex,
            String sessionId,
            String title,
            String facilitator,
            String facilitatorListed,
            String facilitatorOrganization,
            String link,
            int words,
            String structure,
            List<Section> sections,
            List<SessionActionLine> actionLines,
            List<Count> countries,
            List<Count> themes,
            List<ActionLineMention> actionLineMentions,
            List<ActionLineName> actionLineNames,
            List<CountryMention> countryMentions,
            List<ThemeMention> themeMentions,
            List<Figure> figures,
            List<KeyMessage> keyMessages) {}

    /** One of a session's key messages, quoted as written (as in {@code key_messages.csv}), with its citation. */
    record KeyMessage(int rank, String part, String section, String sentence, String citation, String location) {}

    /** An action line, theme or country many sessions share, with a quote (as in {@code shared_messages.csv}). */
    record SharedMessage(
            String kind,
            String item,
            String label,
            int sessions,
            String document,
            int sessionIndex,
            String section,
            String quote,
            String citation,
            String location) {}

    record Section(String heading, String type, int words) {}

    /** A line the session numbers or names: its numbered references, and the cell's marks (as in the CSV). */
    record SessionActionLine(
            String actionLine, int mentions, boolean inLinksSection, boolean namedOnly, List<String> labelConflicts) {}

    /** A country (by ISO code) or theme (by name) with its number of mentions in a session. */
    record Count(String key, int mentions) {}

    record ActionLineMention(
            String actionLine,
            String notation,
            String section,
            boolean inLinksSection,
            String sentence,
            int start,
            int end,
            String location) {}

    /** An action line referred to by its name only; not counted in the coverage. */
    record ActionLineName(
            String actionLine,
            String subLine,
            String phrase,
            String section,
            boolean inLinksSection,
            String sentence,
            int start,
            int end,
            String location) {}

    /**
     * @param frequencies countries named or referred to by a demonym, in most sessions first
     * @param withActionLines countries and lines named in one sentence or list item
     * @param notCounted mentions inside an organisation's name or as a language, per country and kind
     */
    record Countries(
            List<CountryFrequency> frequencies,
            List<RollUp> rollUps,
            List<CountryActionLine> withActionLines,
            List<NotCounted> notCounted) {}

    record NotCounted(String iso2, String country, String kind, String reason, int mentions, int sessions) {}

    record CountryMention(
            String iso2,
            String country,
            String surface,
            String kind,
            String section,
            String sentence,
            int start,
            int end,
            String location) {}

    record CountryFrequency(
            String iso2,
            String country,
            String region,
            String subregion,
            List<String> groups,
            int mentions,
            int sessions) {}

    record RollUp(String dimension, String name, int countries, int mentions, int sessions) {}

    record CountryActionLine(String iso2, String actionLine, int sessions, String evidence) {}

    record Themes(List<String> taxonomy) {}

    record ThemeMention(
            String theme, String surface, String section, String sentence, int start, int end, String location) {}

    record Figure(
            String kind,
            String role,
            BigDecimal value,
            String unit,
            String text,
            int occurrences,
            String section,
            String sentence,
            int start,
            int end,
            String location) {}

    /** @param actionLines per line: sessions referencing it, their share, mentions */
    record Aggregates(
            int documents,
            int sessions,
            int actionLineMentions,
            int actionLineNames,
            int countryMentions,
            int countries,
            int themeMentions,
            int figures,
            List<LineTotal> actionLines) {}

    record LineTotal(String actionLine, int sessions, double shareOfSessions, int mentions) {}

    /**
     * An event and year of the run, added up as the run is (as in {@code events.csv} and the other event files).
     *
     * @param year null where the documents give none
     * @param countries the number of countries that count
     * @param byCountry the countries that count, most sessions first
     * @param byTheme the themes mentioned, in the taxonomy's order
     */
    record Event(
            String event,
            Integer year,
            int documents,
            int sessions,
            int actionLineMentions,
            int countryMentions,
            int countries,
            List<LineTotal> actionLines,
            List<EventCount> byCountry,
            List<EventCount> byTheme) {}

    /** A country (by ISO code, with its name) or a theme (name twice) with its mentions and sessions in an event. */
    record EventCount(String key, String name, int mentions, int sessions) {}

    record Finding(
            String document,
            Integer sessionIndex,
            String severity,
            String check,
            String message,
            String evidence,
            String location) {}

    record Reject(String input, String reason) {}
}
