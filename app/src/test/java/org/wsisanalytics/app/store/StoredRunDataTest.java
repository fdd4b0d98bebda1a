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
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.MentionTotals;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.EvidenceBySession;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;

/** How StoredRunData cuts a walk into batches of documents, without a database. */
class StoredRunDataTest {

    /** Documents at positions 1, 3, 4 and 7 (2, 5 and 6 were rejected) with 2, 1, 3 and 1 sessions. */
    private static final Map<String, Integer> POSITIONS = Map.of("a.txt", 1, "c.txt", 3, "d.txt", 4, "g.txt", 7);
    private static final List<SessionOutline> SESSIONS = List.of(outline("a.txt", 1), outline("a.txt", 2),
            outline("c.txt", 1), outline("d.txt", 1), outline("d.txt", 2), outline("d.txt", 3), outline("g.txt", 1));
    private static final List<CountryMention> MENTIONS = List.of(mention("a.txt", 2, "KE"),
            mention("d.txt", 3, "FJ"), mention("d.txt", 3, "FR"), mention("g.txt", 1, "BT"));

    private final List<String> ranges = new ArrayList<>();

    @Test
    void aBatchOfOneReadsEachDocumentOnItsOwn() throws IOException {
        List<String> visited = walk(1);

        assertThat(ranges).containsExactly("1..1", "3..3", "4..4", "7..7");
        assertThat(visited).containsExactly("a.txt/1:", "a.txt/2:KE", "c.txt/1:", "d.txt/1:", "d.txt/2:",
                "d.txt/3:FJ,FR", "g.txt/1:BT");
    }

    @Test
    void aBatchSpansTheGivenNumberOfDocumentsWithSessionsAndThePositionsBetween() throws IOException {
        List<String> visited = walk(2);

        assertThat(ranges).containsExactly("1..3", "4..7");
        assertThat(visited).containsExactly("a.txt/1:", "a.txt/2:KE", "c.txt/1:", "d.txt/1:", "d.txt/2:",
                "d.txt/3:FJ,FR", "g.txt/1:BT");
    }

    @Test
    void aBatchLargerThanTheRunReadsItOnce() throws IOException {
        List<String> visited = walk(50);

        assertThat(ranges).containsExactly("1..7");
        assertThat(visited).hasSize(7).startsWith("a.txt/1:", "a.txt/2:KE");
    }

    @Test
    void aVisitorsExceptionStopsTheWalkAndIsThrown() {
        StoredRunData data = data(SESSIONS, 1);
        List<SessionKey> visited = new ArrayList<>();

        assertThatThrownBy(() -> data.forEachSession(session -> {
            visited.add(session.key());
            if (visited.size() == 2) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(visited).containsExactly(new SessionKey("a.txt", 1), new SessionKey("a.txt", 2));
        assertThat(ranges).containsExactly("1..1");
    }

    @Test
    void aRunWithoutSessionsReadsNothing() throws IOException {
        List<SessionEvidence> visited = new ArrayList<>();
        data(List.of(), 3).forEachSession(visited::add);

        assertThat(visited).isEmpty();
        assertThat(ranges).isEmpty();
    }

    @Test
    void positionsMustMatchTheSessions() {
        assertThatThrownBy(() -> new StoredRunData(summary(SESSIONS), new int[] {1, 1}, 1, range -> null))
                .hasMessage("2 positions for 7 sessions");
    }

    private List<String> walk(int batchDocuments) throws IOException {
        List<String> visited = new ArrayList<>();
        data(SESSIONS, batchDocuments).forEachSession(session -> visited.add(session.key().document() + "/"
                + session.key().index() + ":" + String.join(",",
                session.countries().stream().map(CountryMention::iso2).toList())));
        return visited;
    }

    /** A run whose batches hold the mentions of their range only, as the store's would. */
    private StoredRunData data(List<SessionOutline> sessions, int batchDocuments) {
        int[] positions = sessions.stream().mapToInt(s -> POSITIONS.get(s.document())).toArray();
        return new StoredRunData(summary(sessions), positions, batchDocuments, range -> {
            ranges.add(range.first() + ".." + range.last());
            List<CountryMention> inRange = MENTIONS.stream().filter(m -> {
                int position = POSITIONS.get(m.session().document());
                return position >= range.first() && position <= range.last();
            }).toList();
            return new EvidenceBySession(List.of(), List.of(), inRange, List.of(), List.of());
        });
    }

    private static RunSummary summary(List<SessionOutline> sessions) {
        RunInfo run = new RunInfo("2025-07-11-0123456789", LocalDate.of(2025, 7, 11),
                Instant.parse("2025-07-11T08:00:00Z"), "test", List.of(), Map.of());
        return new RunSummary(run, List.of(), List.of(), sessions, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), MentionTotals.NONE, List.of(), List.of());
    }

    private static SessionOutline outline(String document, int index) {
        return new SessionOutline(document, index, null, "Session " + index, null, null, null, List.of());
    }

    private static CountryMention mention(String document, int index, String iso2) {
        return new CountryMention(new SessionKey(document, index), iso2, iso2, CountryMentionKind.NAME, "",
                "A sentence.", 0, 2);
    }
}
