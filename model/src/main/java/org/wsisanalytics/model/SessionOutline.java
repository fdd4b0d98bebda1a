package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * A session without its section texts: everything about it the reports show, and small enough to hold for
 * every session of a large run.
 *
 * @param document the document's file name
 * @param index the 1-based position of the session in its document
 * @param sessionId the event's own session number, or {@code null} where the document gives none
 * @param title the session title
 * @param facilitator the facilitator as named in the body, or {@code null}
 * @param facilitatorListed the facilitator as named in the facilitators table, or {@code null}
 * @param facilitatorOrganization the facilitator's organisation as given in the facilitators table, or
 *     {@code null} where the table gives none or the session has no row in it
 * @param link the session's web page from the facilitators table, or {@code null}
 * @param structure the layer of structure recognition that read the session's document
 * @param sections the sections in document order
 */
public record SessionOutline(
        String document,
        int index,
        String sessionId,
        String title,
        String facilitator,
        String facilitatorListed,
        String facilitatorOrganization,
        String link,
        StructureLayer structure,
        List<SectionOutline> sections) {

    public SessionOutline {
        Requires.text(document, "document");
        Requires.positive(index, "index");
        Requires.text(title, "title");
        Objects.requireNonNull(structure, "structure");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }

    /** The outline of a session read in full. */
    public static SessionOutline of(Session session) {
        return of(
                session,
                session.sections().stream()
                        .map(s -> new SectionOutline(s.heading(), s.type(), s.words()))
                        .toList());
    }

    /** The outline of a session with the given sections' outlines, which stand for the session's own sections. */
    public static SessionOutline of(Session session, List<SectionOutline> sections) {
        return new SessionOutline(
                session.document(),
                session.index(),
                session.sessionId(),
                session.title(),
                session.facilitator(),
                session.facilitatorListed(),
                session.facilitatorOrganization(),
                session.link(),
                session.structure(),
                sections);
    }

    public SessionKey key() {
        return new SessionKey(document, index);
    }

    /** Words in all sections' bodies. */
    public int words() {
        return sections.stream().mapToInt(SectionOutline::words).sum();
    }
}
