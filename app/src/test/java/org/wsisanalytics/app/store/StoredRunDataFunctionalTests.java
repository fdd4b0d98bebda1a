package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.countries.CountryTally;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.events.EventCatalog;
import org.wsisanalytics.analytics.oracle.InMemoryAggregation;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.app.WsisAnalyticsApplication;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.EventKey;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.model.ThemeTotal;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.model.oracle.ThemeAnalysis;

/**
 * Runs the whole job on four inputs (the bundled sample twice, its first half titled as another event, and an
 * empty file that is rejected), then reads the stored run as {@link StoredRunData} and compares it with the whole run loaded into
 * an {@link AnalysisResult} and aggregated in memory by the test oracles ({@link InMemoryAggregation},
 * {@link InMemoryRunData}): the store's SQL is held to the same results.
 * The job itself reports with batches of one document.
 */
class StoredRunDataFunctionalTests {

    private static final ActionLineCatalog ACTION_LINES = ActionLineCatalog.loadDefault();
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final ThemeTaxonomy THEMES = ThemeTaxonomy.loadDefault();
    private static final EventCatalog EVENTS = EventCatalog.loadDefault();

    @TempDir
    static Path work;

    private static ConfigurableApplicationContext context;
    private static JdbcClient jdbc;
    private static String runId;
    private static RunInfo info;
    private static AnalysisResult truth;
    /** The bundled taxonomy edited after the run: reordered, some themes dropped, one added. */
    private static ThemeTaxonomy editedThemes;

    @BeforeAll
    static void runTheJobAndLoadTheRunTheOldWay() throws IOException {
        String sample;
        try (InputStream in = StoredRunDataFunctionalTests.class.getResourceAsStream(
                "/bundled-samples/wsis20-hltf-summaries-2025.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        Files.writeString(inputs.resolve("a-summaries.txt"), sample);
        Files.writeString(inputs.resolve("b-empty.txt"), "");
        // The first half reports on another event, as its title says: the run has two events side by side.
        Files.writeString(
                inputs.resolve("c-first-half.txt"),
                sample.substring(0, sample.length() / 2).replace("WSIS+20 High-Level Event 2025", "WSIS Forum 2024"));
        Files.writeString(inputs.resolve("d-summaries-again.txt"), sample);
        context = SpringApplication.run(
                WsisAnalyticsApplication.class,
                "--spring.datasource.url=jdbc:h2:mem:stored-run-data;DB_CLOSE_DELAY=-1",
                "--wsis.data-dir=" + work.resolve("data"),
                "--wsis.threads=2",
                "--wsis.report-batch-documents=1",
                "--input=" + inputs,
                "--output=" + work.resolve("reports"),
                "--run-date=2025-07-11");
        jdbc = context.getBean(JdbcClient.class);
        runId = jdbc.sql("SELECT run_id FROM wa_run").query(String.class).single();
        info = new RunInfo(
                runId,
                LocalDate.of(2025, 7, 11),
                Instant.parse("2025-07-11T08:00:00Z"),
                "test",
                context.getBean(RunStore.class).inputs(runId).stream()
                        .map(RunInput::source)
                        .toList(),
                Map.of("input", "test"));
        truth = loadWhole(THEMES);
        Path edited = work.resolve("edited-themes.tsv");
        Files.writeString(
                edited,
                "Environment and climate\tclimate\nNot in any summary\tzyxwvut\n" + "AI\tAI\texact\nGender\tgender\n");
        editedThemes = ThemeTaxonomy.load(edited);
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theJobCompletedOnAllThreeReadableDocuments() throws IOException {
        assertThat(jdbc.sql("SELECT status FROM batch_job_execution")
                        .query(String.class)
                        .list())
                .containsExactly("COMPLETED");
        assertThat(truth.documents()).hasSize(3);
        assertThat(truth.sessions()).as("13 + the first half's 8 + 13").hasSize(34);
        assertThat(truth.rejects())
                .extracting(r -> r.input())
                .containsExactly(work.resolve("inputs/b-empty.txt").toString());
        assertThat(truth.countries().mentions()).hasSizeGreaterThan(2 * 251);
        assertThat(truth.coverage()).isNotEmpty();
        assertThat(truth.themes().counts()).isNotEmpty();
        assertThat(truth.documents())
                .extracting(ParsedDocumentSummary::sessions)
                .containsExactly(13, 8, 13);
        assertThat(truth.figures()).isNotEmpty();
        assertThat(Files.readAllLines(work.resolve("reports/latest/data/sessions.csv")))
                .as("header and sessions")
                .hasSize(1 + 34);
    }

    @Test
    void theSummaryEqualsTheSummaryOfTheWholeResultFieldByField() {
        RunSummary actual = open(1).summary();
        // The oracle does not add up events (eachEventIsAddedUp... holds them to it); here they must only not depend
        // on the batch size.
        RunSummary expected = InMemoryRunData.summary(truth).withEvents(actual.events());

        Map<String, Function<RunSummary, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("run", RunSummary::run);
        fields.put("actionLines", RunSummary::actionLines);
        fields.put("documents", RunSummary::documents);
        fields.put("sessions", RunSummary::sessions);
        fields.put("lineTotals", RunSummary::lineTotals);
        fields.put("countries", RunSummary::countries);
        fields.put("rollUps", RunSummary::rollUps);
        fields.put("countryActionLines", RunSummary::countryActionLines);
        fields.put("themes", RunSummary::themes);
        fields.put("totals", RunSummary::totals);
        fields.put("findings", RunSummary::findings);
        fields.put("rejects", RunSummary::rejects);
        fields.put("uncountedCountries", RunSummary::uncountedCountries);
        fields.forEach((name, field) -> assertThat(field.apply(actual)).as(name).isEqualTo(field.apply(expected)));
        assertThat(actual).isEqualTo(expected);
        assertThat(open(2).summary()).as("with batches of two documents").isEqualTo(expected);
        assertThat(open(1000).summary()).as("with the whole run in one batch").isEqualTo(expected);
        assertThat(actual.sessions()).isEqualTo(34);
        assertThat(actual.lineTotals()).hasSize(11);
        assertThat(actual.lineTotals().get(1))
                .as("C2 in 11 of the 34 sessions")
                .isEqualTo(new ActionLineTotal("C2", 11, 13));
        assertThat(actual.lineTotals().get(9)).isEqualTo(new ActionLineTotal("C10", 5, 5));
        assertThat(actual.lineTotals().stream()
                        .mapToInt(ActionLineTotal::mentions)
                        .sum())
                .isEqualTo(truth.actionLineMentions().size());
        assertThat(actual.themeNames()).isEqualTo(THEMES.themes());
        assertThat(actual.themes().stream().mapToInt(ThemeTotal::mentions).sum())
                .isEqualTo(truth.themes().mentions().size());
        assertThat(actual.countryActionLines()).isNotEmpty();
        assertThat(actual.totals().countryMentions())
                .isEqualTo(truth.countries().mentions().size());
    }

    @Test
    void everyOverviewEqualsTheWholeResultsWithAnyBatchSize() throws IOException {
        List<SessionOverview> expected = overviews(InMemoryRunData.of(truth));

        assertThat(expected).hasSize(34);
        assertThat(expected)
                .filteredOn(overview -> !overview.coverage().isEmpty())
                .isNotEmpty();
        assertThat(expected)
                .filteredOn(overview -> !overview.themeCounts().isEmpty())
                .isNotEmpty();
        assertThat(overviews(open(1))).as("one document per batch").isEqualTo(expected);
        assertThat(overviews(open(2)))
                .as("two documents per batch, the rejected one between")
                .isEqualTo(expected);
        assertThat(overviews(open(1000))).as("the whole run in one batch").isEqualTo(expected);
    }

    @Test
    void aTaxonomyEditedAfterTheRunOrdersThemesAsTheAggregatorsDo() throws IOException {
        AnalysisResult edited = loadWhole(editedThemes);
        RunData expected = InMemoryRunData.of(edited);
        StoredRunData actual =
                context.getBean(RunDataStore.class).open(info, ACTION_LINES.all(), GAZETTEER, editedThemes, EVENTS, 2);

        assertThat(actual.summary().themes()).isEqualTo(expected.summary().themes());
        assertThat(actual.summary().themeNames())
                .as("the taxonomy's order, then the others alphabetically")
                .startsWith("Environment and climate", "Not in any summary", "AI", "Gender")
                .hasSize(4
                        + (int) edited.themes().mentions().stream()
                                .map(ThemeMention::theme)
                                .distinct()
                                .filter(theme -> !editedThemes.themes().contains(theme))
                                .count());
        assertThat(actual.summary().themes().get(1)).isEqualTo(new ThemeTotal("Not in any summary", 0, 0));
        assertThat(overviews(actual)).isEqualTo(overviews(expected));
    }

    @Test
    void everySessionsEvidenceEqualsTheWholeResultsWithAnyBatchSize() throws IOException {
        List<SessionEvidence> expected = walk(InMemoryRunData.of(truth));

        assertThat(expected).hasSize(truth.sessions().size());
        assertThat(walk(open(1))).as("one document per batch").isEqualTo(expected);
        assertThat(walk(open(2)))
                .as("two documents per batch, the rejected one between")
                .isEqualTo(expected);
        assertThat(walk(open(1000))).as("the whole run in one batch").isEqualTo(expected);
    }

    @Test
    void theFindingsComeOneAtATimeInTheOrderOfTheWholeResult() throws IOException {
        List<Finding> walked = new ArrayList<>();
        StoredRunData data = open(1);
        data.forEachFinding(walked::add);
        assertThat(walked)
                .isNotEmpty()
                .isEqualTo(truth.findings())
                .hasSize(data.summary().findings());
        assertThat(walked)
                .extracting(Finding::document)
                .first()
                .isEqualTo(truth.documents().get(0).source().name());
    }

    @Test
    void aRunDataCanBeWalkedSeveralTimesAndOnTwoThreadsAtOnce() throws Exception {
        StoredRunData data = open(1);
        List<SessionEvidence> expected = walk(InMemoryRunData.of(truth));
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<SessionEvidence>>> walks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                walks.add(threads.submit(() -> {
                    List<SessionEvidence> seen = new ArrayList<>();
                    data.forEachSession(session -> {
                        if (seen.isEmpty()) {
                            await(bothStarted);
                        }
                        seen.add(session);
                    });
                    return seen;
                }));
            }
            assertThat(walks.get(0).get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            assertThat(walks.get(1).get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        } finally {
            threads.shutdownNow();
        }
        assertThat(walk(data)).as("a third walk").isEqualTo(expected);
        assertThat(overviews(data))
                .as("an overview walk after them")
                .isEqualTo(expected.stream().map(SessionEvidence::overview).toList());
    }

    @Test
    void sectionsStoredWithoutAWordCountAreCountedFromTheirBody() {
        DocumentStore documents = context.getBean(DocumentStore.class);
        Map<Integer, String> names = names();
        inRolledBackTransaction(() -> {
            jdbc.sql("INSERT INTO wa_section (run_id, position, session_index, section_index, heading, section_type,"
                            + " body) VALUES (?, 1, 1, 99, 'Old row', 'OTHER', 'Three short words, and two-fold more')")
                    .param(runId)
                    .update();
            jdbc.sql("INSERT INTO wa_section (run_id, position, session_index, section_index, heading, section_type,"
                            + " body, words) VALUES (?, 1, 1, 100, 'New row', 'CONCLUSION', 'Two words', 42)")
                    .param(runId)
                    .update();

            SessionOutline first =
                    documents.outlines(runId, names, new PositionRange(1, 1)).get(0);

            assertThat(first.sections())
                    .endsWith(
                            new SectionOutline("Old row", SectionType.OTHER, 6),
                            new SectionOutline("New row", SectionType.CONCLUSION, 42));
        });
    }

    @Test
    void eachSessionIsReadBackWithTheLayerThatReadItsDocument() {
        DocumentStore documents = context.getBean(DocumentStore.class);
        Map<Integer, String> names = names();
        assertThat(truth.sessions()).extracting(Session::structure).containsOnly(StructureLayer.TEMPLATE);
        inRolledBackTransaction(() -> {
            jdbc.sql("UPDATE wa_session SET structure = 'outline' WHERE run_id = ? AND position = 3")
                    .param(runId)
                    .update();

            assertThat(documents.outlines(runId, names, PositionRange.ALL))
                    .filteredOn(outline -> outline.structure() == StructureLayer.OUTLINE)
                    .extracting(SessionOutline::document)
                    .hasSize(8)
                    .containsOnly("c-first-half.txt");
            assertThat(WholeRun.sessions(jdbc, runId, names))
                    .filteredOn(session -> session.structure() == StructureLayer.OUTLINE)
                    .extracting(Session::document)
                    .hasSize(8)
                    .containsOnly("c-first-half.txt");
            assertThat(documents.session(runId, 3, "c-first-half.txt", 2).structure())
                    .isEqualTo(StructureLayer.OUTLINE);
            assertThat(documents.session(runId, 4, "d-summaries-again.txt", 2).structure())
                    .isEqualTo(StructureLayer.TEMPLATE);
        });
    }

    @Test
    void aRunStoredBeforeWordCountsReportsTheSameOutlines() {
        inRolledBackTransaction(() -> {
            int updated = jdbc.sql("UPDATE wa_section SET words = NULL WHERE run_id = ?")
                    .param(runId)
                    .update();

            assertThat(updated).isGreaterThan(100);
            try {
                assertThat(overviews(open(20)))
                        .extracting(SessionOverview::session)
                        .isEqualTo(overviews(InMemoryRunData.of(truth)).stream()
                                .map(SessionOverview::session)
                                .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static StoredRunData open(int batchDocuments) {
        return context.getBean(RunDataStore.class)
                .open(info, ACTION_LINES.all(), GAZETTEER, THEMES, EVENTS, batchDocuments);
    }

    private static List<SessionOverview> overviews(RunData data) throws IOException {
        List<SessionOverview> sessions = new ArrayList<>();
        data.forEachOverview(sessions::add);
        return sessions;
    }

    @Test
    void eachEventIsAddedUpByTheRunsRulesOverItsOwnDocuments() throws IOException {
        List<EventSummary> events = open(2).summary().events();

        assertThat(events)
                .extracting(EventSummary::key, EventSummary::documents)
                .containsExactly(
                        tuple(new EventKey("WSIS Forum", 2024), 1),
                        tuple(new EventKey("WSIS+20 High-Level Event", 2025), 2));
        assertThat(events.get(1).sessions()).isEqualTo(26);
        for (EventSummary event : events) {
            Set<String> documents = event.documents() == 1
                    ? Set.of("c-first-half.txt")
                    : Set.of("a-summaries.txt", "d-summaries-again.txt");
            List<ActionLineMention> lines = truth.actionLineMentions().stream()
                    .filter(m -> documents.contains(m.session().document()))
                    .toList();
            List<CountryMention> countries = truth.countries().mentions().stream()
                    .filter(m -> documents.contains(m.session().document()))
                    .toList();
            List<ThemeMention> themes = truth.themes().mentions().stream()
                    .filter(m -> documents.contains(m.session().document()))
                    .toList();
            assertThat(event.sessions()).isEqualTo((int) truth.sessions().stream()
                    .filter(s -> documents.contains(s.document()))
                    .count());
            assertThat(event.lineTotals())
                    .isEqualTo(InMemoryRunData.lineTotals(ACTION_LINES.all(), InMemoryAggregation.coverage(lines)));
            assertThat(event.countries())
                    .isEqualTo(
                            InMemoryAggregation.countries(countries, GAZETTEER).frequencies());
            assertThat(event.themes())
                    .isEqualTo(InMemoryRunData.themeTotals(
                            THEMES.themes(), InMemoryAggregation.themeCounts(themes, THEMES)));
        }
        assertThat(events.get(0).actionLineMentions() + events.get(1).actionLineMentions())
                .isEqualTo(truth.actionLineMentions().size());
    }

    private static List<SessionEvidence> walk(RunData data) throws IOException {
        List<SessionEvidence> sessions = new ArrayList<>();
        data.forEachSession(sessions::add);
        return sessions;
    }

    /** The run as ReportTasklet loaded it before StoredRunData: every text and sentence in memory. */
    private static AnalysisResult loadWhole(ThemeTaxonomy taxonomy) {
        DocumentStore documents = context.getBean(DocumentStore.class);
        MentionStore mentions = context.getBean(MentionStore.class);
        FindingStore findings = context.getBean(FindingStore.class);
        Map<Integer, String> names = names();
        List<ActionLineMention> actionLines = mentions.actionLines(runId, names, PositionRange.ALL);
        List<CountryMention> countries = mentions.countries(runId, names, PositionRange.ALL);
        List<ThemeMention> themes = mentions.themes(runId, names, PositionRange.ALL);
        CountryTally tally = InMemoryAggregation.countries(countries, GAZETTEER);
        return new AnalysisResult(
                info,
                ACTION_LINES.all(),
                documents.documents(runId, context.getBean(RunStore.class).inputs(runId)),
                WholeRun.sessions(jdbc, runId, names),
                actionLines,
                mentions.actionLineNames(runId, names, PositionRange.ALL),
                InMemoryAggregation.coverage(actionLines),
                mentions.labelConflicts(runId, names, PositionRange.ALL),
                new CountryAnalysis(
                        countries, tally.frequencies(), tally.rollUps(), tally.withActionLines(), tally.notCounted()),
                new ThemeAnalysis(
                        taxonomy.themes(),
                        themes,
                        InMemoryAggregation.themeCounts(themes, taxonomy),
                        taxonomy.reportedTerms()),
                mentions.figures(runId, names, PositionRange.ALL),
                WholeRun.findings(findings, runId, names),
                findings.rejects(runId));
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        context.getBean(RunStore.class)
                .inputs(runId)
                .forEach(i -> names.put(i.position(), i.source().name()));
        return names;
    }

    private static void inRolledBackTransaction(Runnable body) {
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            status.setRollbackOnly();
            body.run();
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other walk did not start", e);
        }
    }
}
