package org.wsisanalytics.app.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;

/** Opens a stored run for the reports as {@link StoredRunData}. */
@Repository
public class RunDataStore {

    private final RunStore runs;
    private final DocumentStore documents;
    private final MentionStore mentions;
    private final FindingStore findings;
    private final SummaryQueries queries;

    RunDataStore(JdbcClient jdbc, RunStore runs, DocumentStore documents, MentionStore mentions,
                 FindingStore findings) {
        this.runs = runs;
        this.documents = documents;
        this.mentions = mentions;
        this.findings = findings;
        this.queries = new SummaryQueries(jdbc);
    }

    /**
     * Reads the summary of the run {@code run.runId()} and returns the run ready to be walked.
     *
     * @param run the run as the reports describe it
     * @param actionLines the action lines C1 to C11
     * @param gazetteer the countries, for frequencies and roll-ups
     * @param themes the taxonomy, whose order the theme counts follow
     * @param batchDocuments how many documents' evidence a walk over the sessions reads at a time
     */
    public StoredRunData open(RunInfo run, List<ActionLine> actionLines, Gazetteer gazetteer, ThemeTaxonomy themes,
                              int batchDocuments) {
        String runId = run.runId();
        List<RunInput> inputs = runs.inputs(runId);
        Map<Integer, String> names = new HashMap<>();
        inputs.forEach(input -> names.put(input.position(), input.source().name()));
        List<PositionedOutline> outlines = documents.outlines(runId, names, PositionRange.ALL);
        List<ActionLineCoverage> coverage = queries.coverage(runId, names);
        CountryTally countries = queries.countries(runId, names, gazetteer, coverage);
        RunSummary summary = new RunSummary(run, actionLines, documents.documents(runId, inputs),
                outlines.stream().map(PositionedOutline::outline).toList(), coverage, countries.frequencies(),
                countries.rollUps(), countries.withActionLines(), themes.themes(),
                queries.themeCounts(runId, names, themes), runs.mentionTotals(runId), findings.findings(runId, names),
                findings.rejects(runId));
        Map<Integer, String> documentNames = Map.copyOf(names);
        return new StoredRunData(summary, outlines.stream().mapToInt(PositionedOutline::position).toArray(),
                batchDocuments, range -> mentions.evidence(runId, documentNames, range));
    }
}
