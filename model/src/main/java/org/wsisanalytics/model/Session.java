package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * One session's summary within a document.
 *
 * @param document the document's file name
 * @param index the 1-based position of the session in its document
 * @param sessionId the event's own session number (e.g. "378"), or {@code null} where the document gives none
 * @param title the session title as written above the summary, without a "Leaders TalkX:" prefix
 * @param titleLocation where the title is in the input file (its line or lines, paragraph or page), or {@code null}
 *     where it is not known: a reader that gives no locations, a unit named after its file
 * @param facilitator the facilitator as named in the body ("Executive Summary by ..."), or {@code null}
 * @param facilitatorListed the facilitator as named in the facilitators table, or {@code null}
 * @param facilitatorOrganization the facilitator's organisation as given in the facilitators table, or
 *     {@code null} where the table gives none or the session has no row in it
 * @param link the session's web page from the facilitators table, or {@code null}
 * @param structure the layer of structure recognition that read the session's document
 * @param sections the sections in document order
 */
public record Session(
        String document,
        int index,
        String sessionId,
        String title,
        TextLocation titleLocation,
        String facilitator,
        String facilitatorListed,
        String facilitatorOrganization,
        String link,
        StructureLayer structure,
        List<Section> sections) {

    public Session {
        Requires.text(document, "document");
        Requires.positive(index, "index");
        Requires.text(title, "title");
        Objects.requireNonNull(structure, "structure");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }

    /** A session whose title's location is not known. */
    public Session(
            String document,
            int index,
            String sessionId,
            String title,
            String facilitator,
            String facilitatorListed,
            String facilitatorOrganization,
            String link,
            StructureLayer structure,
            List<Section> sections) {
        this(
                document,
                index,
                sessionId,
                title,
                null,
                facilitator,
                facilitatorListed,
                facilitatorOrganization,
                link,
                structure,
                sections);
    }

    public SessionKey key() {
        return new SessionKey(document, index);
    }

    /**
     * The title as a one-line section of its own, headed by the title and located where the title is: the unit in
     * which detectors look for what a title names ("C3. Access to information and knowledge").
     */
    public Section titleAsSection() {
        return Section.oneLine(title, SectionType.OTHER, titleLocation);
    }

    /** Words in all sections' bodies. */
    public int words() {
        return sections.stream().mapToInt(Section::words).sum();
    }
}
