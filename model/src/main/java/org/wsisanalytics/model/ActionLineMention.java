package org.wsisanalytics.model;

import java.util.Objects;

/**
 * One place where a session refers to an action line.
 *
 * @param session the session
 * @param actionLine "C1" to "C11"
 * @param notation the text as written ("Action Line C2", "C5")
 * @param section the heading of the section it occurs in, as written
 * @param inLinksSection whether it occurs in the session's links-to-action-lines part
 * @param sentence the whole sentence, as evidence
 * @param start offset of the notation in the section's text
 * @param end offset just past the notation in the section's text
 * @param location where it is in the input file ("p. 36", "para. 399", "line 840"), or {@code null} where the
 *                 reader gave no location
 */
public record ActionLineMention(
        SessionKey session,
        String actionLine,
        String notation,
        String section,
        boolean inLinksSection,
        String sentence,
        int start,
        int end,
        TextLocation location) {

    public ActionLineMention {
        Objects.requireNonNull(session, "session");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.text(notation, "notation");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Without a location. */
    public ActionLineMention(
            SessionKey session,
            String actionLine,
            String notation,
            String section,
            boolean inLinksSection,
            String sentence,
            int start,
            int end) {
        this(session, actionLine, notation, section, inLinksSection, sentence, start, end, null);
    }
}
