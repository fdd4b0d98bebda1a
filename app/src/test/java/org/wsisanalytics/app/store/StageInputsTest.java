package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Reject;

/**
 * What the partitioned stages read, on the store's own schema (a {@code @JdbcTest} slice: the embedded database
 * with the Flyway migrations, and the store classes, nothing else of the application).
 */
@JdbcTest
// The readers open connections of their own, as in a step: the rows must be committed for them to see.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({StageInputs.class, RunStore.class, BatchSchemaMigration.class, BatchSchemaUpgrade.class})
class StageInputsTest {

    @Autowired
    private StageInputs inputs;

    @Autowired
    private RunStore runs;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void inputsAreWeighedByTheirSizeAndReadARangeAtATime() throws Exception {
        runs.register(new RunRegistration(
                "r1",
                "f1",
                LocalDate.of(2025, 7, 11),
                List.of(source("a.txt", 300), source("b.pdf", 0), source("c.docx", 5_000)),
                List.of(new Reject("/in/missing.txt", "not found"))));

        assertThat(inputs.inputWeights("r1"))
                .as("an empty file still weighs something")
                .containsExactly(new PositionWeight(1, 300), new PositionWeight(2, 1), new PositionWeight(3, 5_000));
        assertThat(inputs.inputCount("r1"))
                .as("the missing input is a reject, not an input")
                .isEqualTo(3);
        assertThat(read(inputs.inputReader("r1", new PositionRange(2, 3))))
                .extracting(input -> input.position() + " " + input.source().name())
                .containsExactly("2 b.pdf", "3 c.docx");
    }

    @Test
    void sessionsAreWeighedByDocumentAndReadWithTheirDocumentsName() throws Exception {
        runs.register(new RunRegistration(
                "r2",
                "f2",
                LocalDate.of(2025, 7, 11),
                List.of(source("a.txt", 10), source("b.txt", 10), source("c.txt", 10)),
                List.of()));
        for (int position : new int[] {1, 3}) {
            jdbc.sql("INSERT INTO wa_document (run_id, position, title, sessions) VALUES ('r2', ?, 'D', 1)")
                    .param(position)
                    .update();
        }
        for (int[] session : new int[][] {{1, 1}, {1, 2}, {1, 3}, {3, 1}}) {
            jdbc.sql("INSERT INTO wa_session (run_id, position, session_index, title, structure)"
                            + " VALUES ('r2', ?, ?, 'T', 'template')")
                    .params(session[0], session[1])
                    .update();
        }

        assertThat(inputs.sessionWeights("r2"))
                .as("document 2 has no sessions, so no weight")
                .containsExactly(new PositionWeight(1, 3), new PositionWeight(3, 1));
        assertThat(inputs.sessionCount("r2")).isEqualTo(4);
        assertThat(read(inputs.sessionReader("r2", new PositionRange(1, 2))))
                .containsExactly(
                        new SessionToAnalyze(1, 1, "a.txt"),
                        new SessionToAnalyze(1, 2, "a.txt"),
                        new SessionToAnalyze(1, 3, "a.txt"));
    }

    private static DocumentSource source(String name, long size) {
        return new DocumentSource(name, "/in/" + name, "%064x".formatted(name.hashCode() & 0xffffffffL), size);
    }

    private static <T> List<T> read(JdbcCursorItemReader<T> reader) throws Exception {
        reader.open(new ExecutionContext());
        List<T> items = new ArrayList<>();
        try {
            for (T item = reader.read(); item != null; item = reader.read()) {
                items.add(item);
            }
        } finally {
            reader.close();
        }
        return items;
    }
}
