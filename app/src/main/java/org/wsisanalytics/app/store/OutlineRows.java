package org.wsisanalytics.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wsisanalytics.model.SectionOutline;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.WordCount;

/**
 * Collects session outlines from rows of sessions joined with their sections (one row per section, or one
 * row with NULL section columns for a session without sections), ordered by position, session and section.
 * Columns: position, session_index, session_id, title, facilitator, facilitator_listed, link, structure,
 * heading, section_type, words, the body where words is NULL, and facilitator_organization.
 */
final class OutlineRows {

    private final Map<Integer, String> documentNames;
    private final List<SessionOutline> outlines = new ArrayList<>();
    private SessionRow current;

    OutlineRows(Map<Integer, String> documentNames) {
        this.documentNames = documentNames;
    }

    void add(ResultSet rs) throws SQLException {
        int position = rs.getInt(1);
        int sessionIndex = rs.getInt(2);
        if (current == null || current.position() != position || current.index() != sessionIndex) {
            flush();
            current = new SessionRow(
                    position,
                    sessionIndex,
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(13),
                    rs.getString(7),
                    StructureLayer.ofWord(rs.getString(8)),
                    new ArrayList<>());
        }
        String heading = rs.getString(9);
        if (heading != null) {
            Number words = (Number) rs.getObject(11);
            current.sections()
                    .add(new SectionOutline(
                            heading,
                            SectionType.valueOf(rs.getString(10)),
                            words != null ? words.intValue() : WordCount.of(rs.getString(12))));
        }
    }

    List<SessionOutline> outlines() {
        flush();
        return List.copyOf(outlines);
    }

    private void flush() {
        if (current != null) {
            outlines.add(new SessionOutline(
                    documentNames.get(current.position()),
                    current.index(),
                    current.sessionId(),
                    current.title(),
                    current.facilitator(),
                    current.facilitatorListed(),
                    current.facilitatorOrganization(),
                    current.link(),
                    current.structure(),
                    current.sections()));
            current = null;
        }
    }

    /** The session columns of one session's rows, and its sections collected so far. */
    private record SessionRow(
            int position,
            int index,
            String sessionId,
            String title,
            String facilitator,
            String facilitatorListed,
            String facilitatorOrganization,
            String link,
            StructureLayer structure,
            List<SectionOutline> sections) {}
}
