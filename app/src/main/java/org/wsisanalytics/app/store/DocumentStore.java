package org.wsisanalytics.app.store;

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

/**
 * Documents, sessions and sections as ingest recognised them. Saving a document first removes
 * whatever an earlier attempt stored for it, so a restarted step never duplicates rows.
 * Called inside the step's chunk transaction.
 */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;
    private final FindingStore findings;

    DocumentStore(JdbcClient jdbc, FindingStore findings) {
        this.jdbc = jdbc;
        this.findings = findings;
    }

    public void save(String runId, int position, ParsedDocument document) {
        delete(runId, position);
        jdbc.sql("INSERT INTO wa_document (run_id, position, title, sessions) VALUES (?, ?, ?, ?)")
                .params(runId, position, document.title(), document.sessions().size())
                .update();
        for (Session session : document.sessions()) {
            jdbc.sql("INSERT INTO wa_session (run_id, position, session_index, session_id, title, facilitator,"
                            + " facilitator_listed, link, structure, facilitator_organization)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            runId,
                            position,
                            session.index(),
                            session.sessionId(),
                            session.title(),
                            session.facilitator(),
                            session.facilitatorListed(),
                            session.link(),
                            session.structure().word(),
                            session.facilitatorOrganization())
                    .update();
            int sectionIndex = 0;
            for (Section section : session.sections()) {
                jdbc.sql("INSERT INTO wa_section (run_id, position, session_index, section_index, heading,"
                                + " section_type, body, words, anchors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                runId,
                                position,
                                session.index(),
                                ++sectionIndex,
                                section.heading(),
                                section.type().name(),
                                section.text(),
                                section.words(),
                                AnchorColumn.write(section))
                        .update();
            }
        }
        findings.replace(runId, position, FindingStore.INGEST, 0, document.findings());
    }

    private void delete(String runId, int position) {
        findings.deleteDocument(runId, position);
        List<String> tables = new ArrayList<>(MentionStore.TABLES);
        tables.addAll(List.of("wa_section", "wa_session", "wa_document"));
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table + " WHERE run_id = ? AND position = ?")
                    .params(runId, position)
                    .update();
        }
    }

    public Session session(String runId, int position, String document, int sessionIndex) {
        List<Section> sections = jdbc.sql("SELECT heading, section_type, body, anchors FROM wa_section"
                        + " WHERE run_id = ? AND position = ? AND session_index = ? ORDER BY section_index")
                .params(runId, position, sessionIndex)
                .query((rs, n) -> AnchorColumn.section(
                        rs.getString(1), SectionType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("SELECT session_id, title, facilitator, facilitator_listed, link, structure,"
                        + " facilitator_organization FROM wa_session"
                        + " WHERE run_id = ? AND position = ? AND session_index = ?")
                .params(runId, position, sessionIndex)
                .query((rs, n) -> new Session(
                        document,
                        sessionIndex,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(7),
                        rs.getString(5),
                        StructureLayer.ofWord(rs.getString(6)),
                        sections))
                .single();
    }

    /**
     * Every session of the run with its sections' texts, in input and session order: the whole run in memory,
     * which the reports no longer need ({@link #outlines} and {@link StoredRunData} serve them); kept for tests
     * that compare against it.
     */
    public List<Session> sessions(String runId, Map<Integer, String> documentNames) {
        Map<String, List<Section>> sections = new LinkedHashMap<>();
        jdbc.sql("SELECT position, session_index, heading, section_type, body, anchors FROM wa_section"
                        + " WHERE run_id = ?"
                        + " ORDER BY position, session_index, section_index")
                .param(runId)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getInt(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                            .add(AnchorColumn.section(
                                    rs.getString(3),
                                    SectionType.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6)));
                });
        return jdbc.sql("SELECT position, session_index, session_id, title, facilitator, facilitator_listed, link,"
                        + " structure, facilitator_organization FROM wa_session WHERE run_id = ?"
                        + " ORDER BY position, session_index")
                .param(runId)
                .query((rs, n) -> new Session(
                        documentNames.get(rs.getInt(1)),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(9),
                        rs.getString(7),
                        StructureLayer.ofWord(rs.getString(8)),
                        sections.getOrDefault(rs.getInt(1) + "/" + rs.getInt(2), List.of())))
                .list();
    }

    /**
     * The outlines of the sessions of a range of documents, in input and session order, read without the
     * sections' texts: a section's word count comes from its {@code words} column, and only for rows stored
     * before that column existed (NULL) is the body read and counted.
     */
    List<SessionOutline> outlines(String runId, Map<Integer, String> documentNames, PositionRange range) {
        OutlineRows rows = new OutlineRows(documentNames);
        jdbc.sql("SELECT s.position, s.session_index, s.session_id, s.title, s.facilitator, s.facilitator_listed,"
                        + " s.link, s.structure, c.heading, c.section_type, c.words,"
                        + " CASE WHEN c.words IS NULL THEN c.body END, s.facilitator_organization"
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
        jdbc.sql("SELECT position, session_index, heading, section_type, body, anchors FROM wa_section"
                        + " WHERE run_id = ? AND position BETWEEN ? AND ?"
                        + " ORDER BY position, session_index, section_index")
                .params(runId, range.first(), range.last())
                .query(rs -> {
                    texts.computeIfAbsent(
                                    new SessionKey(documentNames.get(rs.getInt(1)), rs.getInt(2)),
                                    k -> new ArrayList<>())
                            .add(AnchorColumn.section(
                                    rs.getString(3),
                                    SectionType.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getString(6)));
                });
        return texts;
    }

    /** The documents that were read, in input order (rejected ones have no row). */
    public List<ParsedDocumentSummary> documents(String runId, List<RunInput> inputs) {
        Map<Integer, RunInput> byPosition = new LinkedHashMap<>();
        inputs.forEach(i -> byPosition.put(i.position(), i));
        return jdbc.sql("SELECT position, title, sessions FROM wa_document WHERE run_id = ? ORDER BY position")
                .param(runId)
                .query((rs, n) ->
                        new ParsedDocumentSummary(byPosition.get(rs.getInt(1)).source(), rs.getString(2), rs.getInt(3)))
                .list();
    }
}
