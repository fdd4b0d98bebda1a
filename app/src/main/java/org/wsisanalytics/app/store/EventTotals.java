package org.wsisanalytics.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.events.EventCatalog;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.EventKey;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunSummary;

/**
 * The run's aggregates per event and year, for documents of several events side by side. Each document's title
 * names its event ({@link EventCatalog}); each event's documents are added up by the run's own queries
 * ({@link SummaryQueries}), over position ranges that hold only that event's documents, so an event's figures
 * follow the same rules as the run's. A run of one event and year takes the run's own totals.
 */
final class EventTotals {

    private final SummaryQueries queries;
    private final MentionStore mentions;

    EventTotals(SummaryQueries queries, MentionStore mentions) {
        this.queries = queries;
        this.mentions = mentions;
    }

    /**
     * The events of a run, by name and then year.
     *
     * @param run the run's summary, whose totals a run of one event takes
     * @param documents the documents read, by input position
     * @param names the documents' names by input position
     * @param batchDocuments how many documents a range covers at most
     */
    List<EventSummary> events(
            RunSummary run,
            Map<Integer, ParsedDocumentSummary> documents,
            Map<Integer, String> names,
            EventCatalog catalog,
            Gazetteer gazetteer,
            ThemeTaxonomy themes,
            int batchDocuments) {
        String runId = run.run().runId();
        Map<Integer, EventKey> eventOf = new TreeMap<>();
        Map<EventKey, Integer> documentCounts = new TreeMap<>();
        documents.forEach((position, document) -> {
            EventKey key = catalog.of(document.title(), document.source().name());
            eventOf.put(position, key);
            documentCounts.merge(key, 1, Integer::sum);
        });
        if (documentCounts.size() == 1) {
            EventKey only = documentCounts.keySet().iterator().next();
            return List.of(new EventSummary(
                    only, documents.size(), run.sessions(), run.lineTotals(), run.countries(), run.themes()));
        }
        Map<Integer, Integer> sessions = queries.sessionsByPosition(runId);
        Map<EventKey, List<PositionRange>> ranges =
                ranges(queries.positionsWithSessions(runId), eventOf, batchDocuments);
        List<ActionLine> actionLines = run.actionLines();
        List<EventSummary> events = new ArrayList<>();
        Map<EventKey, Integer> eventSessions = new TreeMap<>();
        eventOf.forEach((position, key) -> eventSessions.merge(key, sessions.getOrDefault(position, 0), Integer::sum));
        documentCounts.forEach((key, count) -> {
            List<PositionRange> own = ranges.getOrDefault(key, List.of());
            events.add(new EventSummary(
                    key,
                    count,
                    eventSessions.get(key),
                    queries.lineTotals(runId, names, actionLines, own),
                    queries.countries(mentions, runId, names, gazetteer, own).frequencies(),
                    queries.themeTotals(runId, themes, own)));
        });
        return List.copyOf(events);
    }

    /**
     * Ranges over the documents with sessions, each holding consecutive documents of one event and at most
     * {@code batchDocuments} of them: a range never takes in another event's document.
     */
    static Map<EventKey, List<PositionRange>> ranges(
            List<Integer> positionsWithSessions, Map<Integer, EventKey> eventOf, int batchDocuments) {
        Map<EventKey, List<PositionRange>> ranges = new TreeMap<>();
        int first = -1;
        int last = -1;
        int inRange = 0;
        EventKey current = null;
        for (int position : positionsWithSessions) {
            EventKey key = eventOf.get(position);
            if (key == null) {
                throw new IllegalStateException("Document " + position + " has sessions but no row of its own");
            }
            if (current != null && (!key.equals(current) || inRange == batchDocuments)) {
                ranges.computeIfAbsent(current, k -> new ArrayList<>()).add(new PositionRange(first, last));
                current = null;
            }
            if (current == null) {
                current = key;
                first = position;
                inRange = 0;
            }
            last = position;
            inRange++;
        }
        if (current != null) {
            ranges.computeIfAbsent(current, k -> new ArrayList<>()).add(new PositionRange(first, last));
        }
        return ranges;
    }
}
