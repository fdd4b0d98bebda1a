package org.wsisanalytics.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.WordCount;

/**
 * Collects session outlines from rows of sessions joined with their sections (one row per section, or one
 * row with NULL section columns for a session without sections), ordered by position, session and section.
 * Columns: those of {@link DocumentStore#SESSIONS}, then heading, section_type, words, and uncounted_body: the body
 * where words is NULL.
 */
final class OutlineRows {

    private final DocumentStore.SessionParts documents;
    private final List<SessionOutline> outlines = new ArrayList<>();
    private Session current;
    private int currentPosition;
    private final List<SectionOutline> sections = new ArrayList<>();

    OutlineRows(Map<Integer, String> documentNames) {
        this.documents = new DocumentStore.SessionParts(documentNames, Map.of());
    }

    void add(ResultSet rs) throws SQLException {
        int position = rs.getInt("position");
        int sessionIndex = rs.getInt("session_index");
        // By position, not by name: two inputs may share a file name.
        if (current == null || currentPosition != position || current.index() != sessionIndex) {
            flush();
            current = DocumentStore.SESSIONS.read(rs, documents);
            currentPosition = position;
        }
        String heading = rs.getString("heading");
        if (heading != null) {
            Integer words = rs.getObject("words", Integer.class);
            sections.add(new SectionOutline(
                    heading,
                    SectionType.valueOf(rs.getString("section_type")),
                    words != null ? words : WordCount.of(rs.getString("uncounted_body"))));
        }
    }

    List<SessionOutline> outlines() {
        flush();
        return List.copyOf(outlines);
    }

    private void flush() {
        if (current != null) {
            outlines.add(SessionOutline.of(current, sections));
            sections.clear();
            current = null;
        }
    }
}
