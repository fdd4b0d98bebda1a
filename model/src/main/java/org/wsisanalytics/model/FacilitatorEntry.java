package org.wsisanalytics.model;

/**
 * One row of a document's facilitators table.
 *
 * @param sessionTitle the session title as written in the table
 * @param sessionLink the session's web page, or {@code null}
 * @param sessionId the session number taken from the link, or {@code null}
 * @param name the facilitator's name without honorific, as written in the table
 * @param title the facilitator's job title, or {@code null}
 * @param organization the facilitator's organisation, or {@code null}
 */
public record FacilitatorEntry(
        String sessionTitle, String sessionLink, String sessionId, String name, String title, String organization) {

    public FacilitatorEntry {
        Requires.text(sessionTitle, "sessionTitle");
        Requires.text(name, "name");
    }
}
