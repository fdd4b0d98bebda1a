package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.Severity;

/**
 * V11 replaces the sentinels of a store that already holds rejects and findings: an --input path that did not exist
 * (a negative position) gets a NULL position and its place among such paths, a whole skipped input (session_index
 * 0) a NULL session, a document's own findings (origin_session 0) a NULL origin session. The rows read back as
 * before, in the same order, and new ones are stored alike. Run on H2, and on PostgreSQL where {@code .ci/run}
 * provides one.
 */
class RejectAndFindingScopeMigrationTest {

    private static final String INSERT_REJECT =
            "INSERT INTO wa_reject (run_id, position, session_index, input, reason) VALUES ('old', ";
    private static final String INSERT_FINDING = "INSERT INTO wa_finding (run_id, position, origin, origin_session,"
            + " ordinal, session_index, severity, check_id, message, evidence) VALUES ('old', 1, ";

    @Test
    void sentinelsBecomeNullColumnsOnH2() throws SQLException {
        migrateAStoreWithRejectsAndFindings(MigrationDatabases.h2("reject-scope"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "WSIS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
    void sentinelsBecomeNullColumnsOnPostgres() throws SQLException {
        migrateAStoreWithRejectsAndFindings(MigrationDatabases.postgres());
    }

    private static void migrateAStoreWithRejectsAndFindings(MigrationDatabases.Database db) throws SQLException {
        MigrationDatabases.migrateWithRows(db, "9", statement -> {
            MigrationDatabases.storeOldRun(statement, 1);
            MigrationDatabases.storeOldSession(statement);
            statement.execute("INSERT INTO wa_run_input (run_id, position, name, location, sha256, size_bytes)"
                    + " VALUES ('old', 2, 'b.txt', '/in/b.txt', 'bb', 0)");
            statement.execute(INSERT_REJECT + "2, 0, 'b.txt', 'empty')");
            statement.execute(INSERT_REJECT + "-2, 0, 'gone-2.txt', 'not found')");
            statement.execute(INSERT_REJECT + "1, 3, 'a.txt (session 3)', 'failed')");
            statement.execute(INSERT_REJECT + "-1, 0, 'gone-1.txt', 'not found')");
            statement.execute(INSERT_FINDING + "'analyze', 1, 1, 1, 'WARNING', 'late', 'Of session 1', '')");
            statement.execute(INSERT_FINDING + "'ingest', 0, 1, NULL, 'INFO', 'early', 'Of the document', '')");
        });

        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        FindingStore findings = new FindingStore(jdbc);
        assertThat(findings.rejects("old"))
                .extracting(Reject::input)
                .containsExactly("gone-1.txt", "gone-2.txt", "a.txt (session 3)", "b.txt");
        assertThat(jdbc.sql("SELECT input, position, missing_input, session_index FROM wa_reject ORDER BY input")
                        .query((rs, n) ->
                                rs.getString(1) + " " + rs.getObject(2) + " " + rs.getObject(3) + " " + rs.getObject(4))
                        .list())
                .containsExactly(
                        "a.txt (session 3) 1 null 3",
                        "b.txt 2 null null",
                        "gone-1.txt null 1 null",
                        "gone-2.txt null 2 null");
        Map<Integer, String> names = Map.of(1, "a.txt", 2, "b.txt");
        assertThat(WholeRun.findings(findings, "old", names))
                .extracting(Finding::check, Finding::sessionIndex)
                .containsExactly(tuple("early", null), tuple("late", 1));
        assertThat(jdbc.sql("SELECT origin_session FROM wa_finding WHERE origin = 'ingest'")
                        .query((rs, n) -> rs.getObject(1))
                        .list())
                .containsExactly((Object) null);

        findings.replaceDocumentFindings(
                "old", 1, List.of(new Finding("a.txt", null, Severity.INFO, "again", "Read again", "")));
        findings.replaceSessionFindings(
                "old", 1, 1, List.of(new Finding("a.txt", 1, Severity.WARNING, "again-late", "Analysed again", "")));
        findings.rejectDocument("old", 2, new Reject("b.txt", "still empty"));
        new RunStore(jdbc)
                .register(new RunRegistration(
                        "new",
                        "g",
                        LocalDate.of(2025, 7, 15),
                        List.of(new DocumentSource("c.txt", "/in/c.txt", "c".repeat(64), 1)),
                        List.of(new Reject("gone-3.txt", "not found"), new Reject("gone-4.txt", "not found"))));

        List<String> checks = new ArrayList<>();
        WholeRun.findings(findings, "old", names).forEach(f -> checks.add(f.check()));
        assertThat(checks).containsExactly("again", "again-late");
        assertThat(findings.rejects("old"))
                .extracting(Reject::reason)
                .containsExactly("not found", "not found", "failed", "still empty");
        assertThat(findings.rejects("new")).extracting(Reject::input).containsExactly("gone-3.txt", "gone-4.txt");
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                            "INSERT INTO wa_reject (run_id, input, reason) VALUES ('old', 'nowhere', 'no place')"))
                    .as("a reject is of an input, a document or a session")
                    .isInstanceOf(SQLException.class);
        }
    }
}
