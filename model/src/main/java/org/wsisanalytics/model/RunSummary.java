package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * What the reports need of a run in memory at once: the run, its documents and the run-wide aggregates.
 * It holds nothing per session: sessions come one at a time from {@link RunData#forEachOverview} (outline,
 * coverage, theme counts) and {@link RunData#forEachSession} (with the evidence), and so do the consistency
 * findings, which can be several per session ({@link RunData#forEachFinding}). Its size grows with the
 * number of documents and with the reference data (action lines, countries, themes), not with the sessions.
 *
 * @param run the run
 * @param actionLines the action lines C1 to C11 in order, with their official names
 * @param documents the documents that were read, in input order
 * @param sessions the number of sessions of all documents
 * @param lineTotals per action line, in the order of {@code actionLines}: sessions referring to it and mentions
 * @param countries one row per country named or referred to by a demonym (the mentions that count), in
 *                  most sessions first, then most mentions
 * @param rollUps counted country mentions added up by region, sub-region and UN country group
 * @param countryActionLines countries and action lines named in one sentence or list item
 * @param themes per theme, in the taxonomy's order: sessions touching it and mentions
 * @param themeTerms the taxonomy's terms, in its order (what the theme counts look for)
 * @param totals how many items of each kind were found
 * @param findings the number of consistency findings (they come one at a time from {@link RunData#forEachFinding})
 * @param rejects inputs that were skipped, with their reasons
 * @param uncountedCountries mentions that do not count (an organisation's name, a language), per country and kind
 * @param sharedMessages the action lines, themes and countries most sessions share, each with a quote (empty
 *        where none were picked)
 * @param events the run's documents added up per event and year, by name and then year (empty where they were not
 *        added up)
 */
public record RunSummary(
        RunInfo run,
        List<ActionLine> actionLines,
        List<ParsedDocumentSummary> documents,
        int sessions,
        List<ActionLineTotal> lineTotals,
        List<CountryFrequency> countries,
        List<RollUp> rollUps,
        List<CountryActionLine> countryActionLines,
        List<ThemeTotal> themes,
        List<TaxonomyTerm> themeTerms,
        MentionTotals totals,
        int findings,
        List<Reject> rejects,
        List<UncountedCountry> uncountedCountries,
        List<SharedMessage> sharedMessages,
        List<EventSummary> events) {

    public RunSummary {
        Objects.requireNonNull(run, "run");
        actionLines = List.copyOf(Objects.requireNonNull(actionLines, "actionLines"));
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        Requires.notNegative(sessions, "sessions");
        lineTotals = List.copyOf(Objects.requireNonNull(lineTotals, "lineTotals"));
        countries = List.copyOf(Objects.requireNonNull(countries, "countries"));
        rollUps = List.copyOf(Objects.requireNonNull(rollUps, "rollUps"));
        countryActionLines = List.copyOf(Objects.requireNonNull(countryActionLines, "countryActionLines"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        themeTerms = List.copyOf(Objects.requireNonNull(themeTerms, "themeTerms"));
        Objects.requireNonNull(totals, "totals");
        Requires.notNegative(findings, "findings");
        rejects = List.copyOf(Objects.requireNonNull(rejects, "rejects"));
        uncountedCountries = List.copyOf(Objects.requireNonNull(uncountedCountries, "uncountedCountries"));
        sharedMessages = List.copyOf(Objects.requireNonNull(sharedMessages, "sharedMessages"));
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        if (!lineTotals.stream()
                .map(ActionLineTotal::actionLine)
                .toList()
                .equals(actionLines.stream().map(ActionLine::code).toList())) {
            throw new IllegalArgumentException("The line totals " + lineTotals + " do not follow the action lines "
                    + actionLines.stream().map(ActionLine::code).toList());
        }
        for (ActionLineTotal total : lineTotals) {
            if (total.sessions() > sessions) {
                throw new IllegalArgumentException(total + " counts more than the run's " + sessions + " sessions");
            }
        }
    }

    /** This summary with the run's shared messages. */
    public RunSummary withSharedMessages(List<SharedMessage> messages) {
        return with(messages, events);
    }

    /** This summary with the run's events side by side. */
    public RunSummary withEvents(List<EventSummary> perEvent) {
        return with(sharedMessages, perEvent);
    }

    private RunSummary with(List<SharedMessage> messages, List<EventSummary> perEvent) {
        return new RunSummary(
                run,
                actionLines,
                documents,
                sessions,
                lineTotals,
                countries,
                rollUps,
                countryActionLines,
                themes,
                themeTerms,
                totals,
                findings,
                rejects,
                uncountedCountries,
                messages,
                perEvent);
    }

    /** The themes' names, in the order of {@link #themes()}. */
    public List<String> themeNames() {
        return themes.stream().map(ThemeTotal::theme).toList();
    }

    /** Number of action lines at least one session refers to. */
    public int linesReferenced() {
        return (int) lineTotals.stream().filter(total -> total.sessions() > 0).count();
    }

    /** Number of themes at least one session touches. */
    public int themesTouched() {
        return (int) themes.stream().filter(total -> total.sessions() > 0).count();
    }
}
