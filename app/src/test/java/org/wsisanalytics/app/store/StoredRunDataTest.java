package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.MentionTotals;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.StructureLayer;

/** How StoredRunData cuts a walk into batches of documents and reads one batch at a time, without a database. */
class StoredRunDataTest {

    /** Documents at positions 1, 3, 4 and 7 (2, 5 and 6 were rejected) with 2, 1, 3 and 1 sessions. */
    private static final Map<String, Integer> POSITIONS = Map.of("a.txt", 1, "c.txt", 3, "d.txt", 4, "g.txt", 7);

    private static final List<Integer> DOCUMENTS = List.of(1, 3, 4, 7);
    private static final List<SessionOutline> SESSIONS = List.of(
            outline("a.txt", 1),
            outline("a.txt", 2),
            outline("c.txt", 1),
            outline("d.txt", 1),
            outline("d.txt", 2),
            outline("d.txt", 3),
            outline("g.txt", 1));
    private static final List<ActionLineCoverage> COVERAGE = List.of(
            new ActionLineCoverage(new SessionKey("a.txt", 1), "C2", 3, true),
            new ActionLineCoverage(new SessionKey("d.txt", 3), "C7", 1, false));
    private static final List<CountryMention> MENTIONS = List.of(
            mention("a.txt", 2, "KE"), mention("d.txt", 3, "FJ"), mention("d.txt", 3, "FR"), mention("g.txt", 1, "BT"));

    /** What the fake store was asked for and what the visitors saw, in the order it happened. */
    private final List<String> log = new ArrayList<>();

    @Test
    void batchesCoverTheGivenNumberOfDocumentsWithTheRejectedPositionsBetween() {
        assertThat(PositionRange.batches(DOCUMENTS, 1))
                .containsExactly(
                        new PositionRange(1, 1),
                        new PositionRange(3, 3),
                        new PositionRange(4, 4),
                        new PositionRange(7, 7));
        assertThat(PositionRange.batches(DOCUMENTS, 2))
                .containsExactly(new PositionRange(1, 3), new PositionRange(4, 7));
        assertThat(PositionRange.batches(DOCUMENTS, 3))
                .containsExactly(new PositionRange(1, 4), new PositionRange(7, 7));
        assertThat(PositionRange.batches(DOCUMENTS, 50)).containsExactly(new PositionRange(1, 7));
        assertThat(PositionRange.batches(List.of(), 5)).isEmpty();
        assertThatThrownBy(() -> PositionRange.batches(DOCUMENTS, 0))
                .hasMessage("documents per batch must be positive, was 0");
    }

    @Test
    void aBatchOfOneReadsEachDocumentOnItsOwnJustBeforeItsSessionsAreVisited() throws IOException {
        data(1).forEachSession(this::visit);

        assertThat(log)
                .containsExactly(
                        "evidence 1..1",
                        "overviews 1..1",
                        "a.txt/1 C2 -",
                        "a.txt/2 - KE",
                        "evidence 3..3",
                        "overviews 3..3",
                        "c.txt/1 - -",
                        "evidence 4..4",
                        "overviews 4..4",
                        "d.txt/1 - -",
                        "d.txt/2 - -",
                        "d.txt/3 C7 FJ,FR",
                        "evidence 7..7",
                        "overviews 7..7",
                        "g.txt/1 - BT");
    }

    @Test
    void aSecondWalkReadsEveryBatchAgainForNothingOfTheFirstIsKept() throws IOException {
        StoredRunData data = data(3);
        data.forEachOverview(overview -> log.add(overview.key().toString()));
        log.clear();

        data.forEachOverview(overview ->
                log.add(overview.key().document() + "/" + overview.key().index()));

        assertThat(log)
                .containsExactly(
                        "overviews 1..4",
                        "a.txt/1",
                        "a.txt/2",
                        "c.txt/1",
                        "d.txt/1",
                        "d.txt/2",
                        "d.txt/3",
                        "overviews 7..7",
                        "g.txt/1");
    }

    @Test
    void anOverviewWalkReadsNoEvidence() throws IOException {
        List<SessionOverview> visited = new ArrayList<>();
        data(2).forEachOverview(visited::add);

        assertThat(log).containsExactly("overviews 1..3", "overviews 4..7");
        assertThat(visited).extracting(SessionOverview::session).containsExactlyElementsOf(SESSIONS);
        assertThat(visited.get(0).coverage()).containsExactly(COVERAGE.get(0));
        assertThat(visited.get(5).coverage()).containsExactly(COVERAGE.get(1));
        assertThat(visited.get(1).coverage()).isEmpty();
    }

    @Test
    void aBatchOfTwoSpansTwoDocumentsWithSessionsAndThePositionsBetween() throws IOException {
        data(2).forEachSession(this::visit);

        assertThat(log)
                .containsExactly(
                        "evidence 1..3",
                        "overviews 1..3",
                        "a.txt/1 C2 -",
                        "a.txt/2 - KE",
                        "c.txt/1 - -",
                        "evidence 4..7",
                        "overviews 4..7",
                        "d.txt/1 - -",
                        "d.txt/2 - -",
                        "d.txt/3 C7 FJ,FR",
                        "g.txt/1 - BT");
    }

    @Test
    void aBatchLargerThanTheRunReadsItOnce() throws IOException {
        data(50).forEachSession(this::visit);

        assertThat(log)
                .containsExactly(
                        "evidence 1..7",
                        "overviews 1..7",
                        "a.txt/1 C2 -",
                        "a.txt/2 - KE",
                        "c.txt/1 - -",
                        "d.txt/1 - -",
                        "d.txt/2 - -",
                        "d.txt/3 C7 FJ,FR",
                        "g.txt/1 - BT");
    }

    @Test
    void aVisitorsExceptionStopsTheWalkAndIsThrown() {
        StoredRunData data = data(1);
        List<SessionKey> visited = new ArrayList<>();

        assertThatThrownBy(() -> data.forEachSession(session -> {
                    visited.add(session.key());
                    if (visited.size() == 2) {
                        throw new IOException("disk full");
                    }
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(visited).containsExactly(new SessionKey("a.txt", 1), new SessionKey("a.txt", 2));
        assertThat(log).containsExactly("evidence 1..1", "overviews 1..1");
    }

    @Test
    void aRunWithoutSessionsReadsNothing() throws IOException {
        List<SessionEvidence> visited = new ArrayList<>();
        StoredRunData data = new StoredRunData(
                summary(0), PositionRange.batches(List.of(), 3), this::overviews, this::evidence, visitor -> {});

        data.forEachSession(visited::add);
        data.forEachOverview(overview -> visited.add(null));

        assertThat(visited).isEmpty();
        assertThat(log).isEmpty();
    }

    private void visit(SessionEvidence session) {
        log.add(session.key().document() + "/" + session.key().index() + " "
                + text(session.coverage().stream()
                        .map(ActionLineCoverage::actionLine)
                        .toList()) + " "
                + text(session.countries().stream().map(CountryMention::iso2).toList()));
    }

    private static String text(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    /** A run whose batches hold the rows of their range only, as the store's would. */
    private StoredRunData data(int batchDocuments) {
        return new StoredRunData(
                summary(SESSIONS.size()),
                PositionRange.batches(DOCUMENTS, batchDocuments),
                this::overviews,
                this::evidence,
                visitor -> {});
    }

    private List<SessionOverview> overviews(PositionRange range) {
        log.add("overviews " + range.first() + ".." + range.last());
        return SESSIONS.stream()
                .filter(session -> in(range, session.key()))
                .map(session -> new SessionOverview(
                        session,
                        COVERAGE.stream()
                                .filter(cell -> cell.session().equals(session.key()))
                                .toList(),
                        List.of(),
                        List.of(),
                        List.of()))
                .toList();
    }

    private EvidenceBySession evidence(PositionRange range) {
        log.add("evidence " + range.first() + ".." + range.last());
        return new EvidenceBySession(
                List.of(),
                List.of(),
                MENTIONS.stream().filter(m -> in(range, m.session())).toList(),
                List.of(),
                List.of(),
                Map.of());
    }

    private static boolean in(PositionRange range, SessionKey session) {
        int position = POSITIONS.get(session.document());
        return position >= range.first() && position <= range.last();
    }

    private static RunSummary summary(int sessions) {
        RunInfo run = new RunInfo(
                "2025-07-11-0123456789",
                LocalDate.of(2025, 7, 11),
                Instant.parse("2025-07-11T08:00:00Z"),
                "test",
                List.of(),
                Map.of());
        return new RunSummary(
                run,
                List.of(),
                List.of(),
                sessions,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                MentionTotals.NONE,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static SessionOutline outline(String document, int index) {
        return new SessionOutline(
                document, index, null, "Session " + index, null, null, null, null, StructureLayer.TEMPLATE, List.of());
    }

    private static CountryMention mention(String document, int index, String iso2) {
        return new CountryMention(
                new SessionKey(document, index), iso2, iso2, CountryMentionKind.NAME, "", "A sentence.", 0, 2);
    }
}
