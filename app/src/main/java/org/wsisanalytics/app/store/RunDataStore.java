package org.wsisanalytics.app.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.events.EventCatalog;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.ThemeCount;

/** Opens a stored run for the reports as {@link StoredRunData}. */
@Repository
public class RunDataStore {

    private final RunStore runs;
    private final DocumentStore documents;
    private final MentionStore mentions;
    private final FindingStore findings;
    private final SummaryQueries queries;
    private final EventTotals events;

    RunDataStore(
            JdbcClient jdbc, RunStore runs, DocumentStore documents, MentionStore mentions, FindingStore findings) {
        this.runs = runs;
        this.documents = documents;
        this.mentions = mentions;
        this.findings = findings;
        this.queries = new SummaryQueries(jdbc);
        this.events = new EventTotals(queries, mentions);
    }

    /**
     * Reads the summary of the run {@code run.runId()} and returns the run ready to be walked. What is read
     * per session (coverage for the country × action line counts) is read a batch at a time, as the walks do.
     *
     * @param run the run as the reports describe it
     * @param actionLines the action lines C1 to C11
     * @param gazetteer the countries, for frequencies and roll-ups
     * @param themes the taxonomy, whose order the theme totals and counts follow
     * @param eventCatalog the events that documents' titles name, for the run's totals per event and year
     * @param batchDocuments how many documents (with sessions) a walk over the sessions reads at a time
     */
    public StoredRunData open(
            RunInfo run,
            List<ActionLine> actionLines,
            Gazetteer gazetteer,
            ThemeTaxonomy themes,
            EventCatalog eventCatalog,
            int batchDocuments) {
        String runId = run.runId();
        List<RunInput> inputs = runs.inputs(runId);
        Map<Integer, String> mutableNames = new HashMap<>();
        inputs.forEach(
                input -> mutableNames.put(input.position(), input.source().name()));
        Map<Integer, String> names = Map.copyOf(mutableNames);
        List<PositionRange> batches = PositionRange.batches(queries.positionsWithSessions(runId), batchDocuments);
        CountryTally countries = queries.countries(mentions, runId, names, gazetteer, batches);
        Map<Integer, ParsedDocumentSummary> read = documents.documentsByPosition(runId, inputs);
        RunSummary runWide = new RunSummary(
                run,
                actionLines,
                List.copyOf(read.values()),
                queries.sessions(runId),
                queries.lineTotals(runId, names, actionLines, batches),
                countries.frequencies(),
                countries.rollUps(),
                countries.withActionLines(),
                queries.themeTotals(runId, themes, batches),
                themes.reportedTerms(),
                runs.mentionTotals(runId),
                findings.findingCount(runId),
                findings.rejects(runId),
                countries.notCounted(),
                List.of(),
                List.of());
        RunSummary summary = runWide.withEvents(
                events.events(runWide, read, names, eventCatalog, gazetteer, themes, batchDocuments));
        Map<String, Integer> themeOrder = queries.themeOrder(runId, themes, summary.themes());
        return new StoredRunData(
                summary,
                batches,
                range -> overviews(runId, names, themeOrder, range),
                range -> mentions.evidence(runId, names, range, documents.sectionTexts(runId, names, range)),
                visitor -> findings.forEachFinding(runId, names, visitor));
    }

    /** The overviews of the sessions of a range, in position and session order. */
    private List<SessionOverview> overviews(
            String runId, Map<Integer, String> names, Map<String, Integer> themeOrder, PositionRange range) {
        Map<SessionKey, List<ActionLineCoverage>> coverage =
                EvidenceBySession.group(queries.coverage(runId, names, range), ActionLineCoverage::session);
        Map<SessionKey, List<ThemeCount>> themeCounts =
                EvidenceBySession.group(queries.themeCounts(runId, names, themeOrder, range), ThemeCount::session);
        Map<SessionKey, List<String>> named = mentions.namedLines(runId, names, range);
        Map<SessionKey, List<ActionLineLabelConflict>> conflicts =
                EvidenceBySession.group(mentions.labelConflicts(runId, names, range), ActionLineLabelConflict::session);
        return documents.outlines(runId, names, range).stream()
                .map(outline -> new SessionOverview(
                        outline,
                        coverage.getOrDefault(outline.key(), List.of()),
                        themeCounts.getOrDefault(outline.key(), List.of()),
                        ActionLine.codesInOrder(named.getOrDefault(outline.key(), List.of())),
                        conflicts.getOrDefault(outline.key(), List.of())))
                .toList();
    }
}
