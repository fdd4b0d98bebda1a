package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A sentence a session's summary gives as one of its messages, quoted verbatim from a part that says what
 * matters (its vision, priorities, recommendations or conclusion), never written by us.
 *
 * @param session the session
 * @param rank 1 for the session's first message, by how much its part's heading says it matters
 * @param sentence the sentence as written (list bullet and emphasis markers removed, spaces collapsed)
 * @param part the kind of section it comes from
 * @param heading that section's heading as written (empty for text before the first heading)
 * @param citation where it is: document, session, section and, where known, the location, for quoting it
 * @param location where the sentence is in the input file ("p. 36", "para. 455", "line 840"), or {@code null}
 *     where that is not known
 */
public record KeyMessage(
        SessionKey session,
        int rank,
        String sentence,
        SectionType part,
        String heading,
        String citation,
        TextLocation location) {

    public KeyMessage {
        Objects.requireNonNull(session, "session");
        Requires.positive(rank, "rank");
        Requires.text(sentence, "sentence");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(heading, "heading");
        Requires.text(citation, "citation");
    }
}
