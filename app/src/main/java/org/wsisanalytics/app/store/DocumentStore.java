package org.wsisanalytics.app.store;

import static org.wsisanalytics.app.store.Table.column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TextLocation;

/**
 * Documents, sessions and sections as ingest recognised them. Saving a document first removes
 * whatever an earlier attempt stored for it, so a restarted step never duplicates rows.
 * Called inside the step's chunk transaction.
 */
@Repository
public class DocumentStore {

    /** The documents read, at their input positions; read with the run's inputs by position. */
    private static final Table<ParsedDocumentSummary, Map<Integer, RunInput>> DOCUMENTS = new Table<>(
            "wa_document",
            List.of("run_id", "position"),
            List.of(column("title", ParsedDocumentSummary::title), column("sessions", ParsedDocumentSummary::sessions)),
            (rs, inputs) -> new ParsedDocumentSummary(
                    inputs.get(rs.getInt("position")).source(), rs.getString("title"), rs.getInt("sessions")));

    /** The sessions of the documents; read with their documents' names and sections. */
    static final Table<Session, SessionParts> SESSIONS = new Table<>(
            "wa_session",
            List.of("run_id", "position"),
            List.of(
                    column("session_index", Session::index),
                    column("session_id", Session::sessionId),
                    column("title", Session::title),
                    column("facilitator", Session::facilitator),
                    column("facilitator_listed", Session::facilitatorListed),
                    column("link", Session::link),
                    column("structure", session -> session.structure().word()),
                    column("facilitator_organization", Session::facilitatorOrganization),
                    column("title_location", session -> ColumnValues.label(session.titleLocation()))),
            (rs, parts) -> {
                String document = parts.documentNames().get(rs.getInt("position"));
                int index = rs.getInt("session_index");
                return new Session(
                        document,
                        index,
                        rs.getString("session_id"),
                        rs.getString("title"),
                        TextLocation.parse(rs.getString("title_location")),
                        rs.getString("facilitator"),
                        rs.getString("facilitator_listed"),
                        rs.getString("facilitator_organization"),
                        rs.getString("link"),
                        StructureLayer.ofWord(rs.getString("structure")),
                        parts.sections().getOrDefault(new SessionKey(document, index), List.of()));
            });

    /** The sections of the sessions, numbered 1, 2, ... in each session. */
    static final Table<Section, Void> SECTIONS = new Table<>(
            "wa_section",
            List.of("run_id", "position", "session_index", "section_index"),
            List.of(
                    column("heading", Section::heading),
                    column("section_type", section -> section.type().name()),
                    column("body", Section::text),
                    column("words", Section::words),
                    column("anchors", AnchorColumn::write)),
            (rs, nothing) -> AnchorColumn.section(
                    rs.getString("heading"),
                    SectionType.valueOf(rs.getString("section_type")),
                    rs.getString("body"),
                    rs.getString("anchors")));

    private final JdbcClient jdbc;
    private final FindingStore findings;

    DocumentStore(JdbcClient jdbc, FindingStore findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    public void save(String runId, int position, ParsedDocument document) {
        delete(runId, position);
        ParsedDocumentSummary summary = new ParsedDocumentSummary(
                document.source(), document.title(), document.sessions().size());
        jdbc.sql(DOCUMENTS.insert())
                .params(DOCUMENTS.row(summary, runId, position))
                .update();
        for (Session session : document.sessions()) {
            jdbc.sql(SESSIONS.insert())
                    .params(SESSIONS.row(session, runId, position))
                    .update();
            int sectionIndex = 0;
            for (Section section : session.sections()) {
                jdbc.sql(SECTIONS.insert())
                        .params(SECTIONS.row(section, runId, position, session.index(), ++sectionIndex))
                        .update();
            }
        }
        findings.replaceDocumentFindings(runId, position, document.findings());
    }

    private void delete(String runId, int position) {
        findings.deleteDocument(runId, position);
        List<String> tables = new ArrayList<>();
        MentionTables.ALL.forEach(table -> tables.add(table.name()));
        tables.addAll(List.of(SECTIONS.name(), SESSIONS.name(), DOCUMENTS.name()));
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table + " WHERE run_id = ? AND position = ?")
                    .params(runId, position)
                    .update();
        }
    }

    public Session session(String runId, int position, String document, int sessionIndex) {
        List<Section> sections = jdbc.sql(SECTIONS.select()
                        + " WHERE run_id = ? AND position = ? AND session_index = ? ORDER BY section_index")
                .params(runId, position, sessionIndex)
                .query((rs, n) -> SECTIONS.read(rs, null))
                .list();
        SessionParts parts =
                new SessionParts(Map.of(position, document), Map.of(new SessionKey(document, sessionIndex), sections));
        return jdbc.sql(SESSIONS.select() + " WHERE run_id = ? AND position = ? AND session_index = ?")
                .params(runId, position, sessionIndex)
                .query((rs, n) -> SESSIONS.read(rs, parts))
                .single();
    }

    /**
     * The outlines of the sessions of a range of documents, in input and session order, read without the
     * sections' texts: a section's word count comes from its {@code words} column, and only for rows stored
     * before that column existed (NULL) is the body read and counted.
     */
    List<SessionOutline> outlines(String runId, Map<Integer, String> documentNames, PositionRange range) {
        OutlineRows rows = new OutlineRows(documentNames);
        jdbc.sql("SELECT " + SESSIONS.columns("s") + ", c.heading, c.section_type, c.words,"
                        + " CASE WHEN c.words IS NULL THEN c.body END AS uncounted_body"
                        + " FROM wa_session s LEFT JOIN wa_section c ON c.run_id = s.run_id"
                        + " AND c.position = s.position AND c.session_index = s.session_index"
                        + " WHERE s.run_id = ? AND s.position BETWEEN ? AND ?"
                        + " ORDER BY s.position, s.session_index, c.section_index")
                .params(runId, range.first(), range.last())
                .query(rows::add);
        return rows.outlines();
    }

    /**
     * The sections of the sessions of a range of documents with their body texts and anchors, per session in section
     * order: what the mentions' offsets count in, read a batch at a time for the reports that show the text itself
     * and locate the key messages they pick from it.
     */
    Map<SessionKey, List<Section>> sectionTexts(String runId, Map<Integer, String> documentNames, PositionRange range) {
        Map<SessionKey, List<Section>> texts = new HashMap<>();
        jdbc.sql(SECTIONS.select() + " WHERE run_id = ? AND position BETWEEN ? AND ?"
                        + " ORDER BY position, session_index, section_index")
                .params(runId, range.first(), range.last())
                .query(rs -> {
                    texts.computeIfAbsent(
                                    new SessionKey(
                                            documentNames.get(rs.getInt("position")), rs.getInt("session_index")),
                                    k -> new ArrayList<>())
                            .add(SECTIONS.read(rs, null));
                });
        return texts;
    }

    /** The documents that were read, in input order (rejected ones have no row). */
    public List<ParsedDocumentSummary> documents(String runId, List<RunInput> inputs) {
        return List.copyOf(documentsByPosition(runId, inputs).values());
    }

    /** The documents that were read, by input position, in input order (rejected ones have no row). */
    Map<Integer, ParsedDocumentSummary> documentsByPosition(String runId, List<RunInput> inputs) {
        Map<Integer, RunInput> byPosition = new LinkedHashMap<>();
        inputs.forEach(i -> byPosition.put(i.position(), i));
        Map<Integer, ParsedDocumentSummary> documents = new LinkedHashMap<>();
        jdbc.sql(DOCUMENTS.select() + " WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query(rs -> {
                    documents.put(rs.getInt("position"), DOCUMENTS.read(rs, byPosition));
                });
        return documents;
    }

    /**
     * What a session row is read with.
     *
     * @param documentNames the documents' names by input position
     * @param sections the sessions' sections, in order; a session not in it has none
     */
    record SessionParts(Map<Integer, String> documentNames, Map<SessionKey, List<Section>> sections) {}
}
