package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A place where a session refers to an action line by its name only, without a number ("the WSIS
 * action line on e-environment"). Kept apart from {@link ActionLineMention}s: it is a reading of
 * the text, so reports show it as such and do not add it to the coverage counts.
 *
 * @param session the session
 * @param actionLine "C1" to "C11"
 * @param subLine the C7 sub-line named ("e-environment"), or {@code null}
 * @param phrase the text as written ("the WSIS action line on e-environment")
 * @param section the heading of the section it occurs in, as written
 * @param inLinksSection whether it occurs in the session's links-to-action-lines part
 * @param sentence the whole sentence, as evidence
 * @param start offset of the phrase in the section's text
 * @param end offset just past the phrase in the section's text
 * @param location where it is in the input file ("p. 36", "para. 399", "line 840"), or {@code null} where the
 *                 reader gave no location
 */
public record ActionLineNameReference(
        SessionKey session,
        String actionLine,
        String subLine,
        String phrase,
        String section,
        boolean inLinksSection,
        String sentence,
        int start,
        int end,
        TextLocation location) {

    public ActionLineNameReference {
        Objects.requireNonNull(session, "session");
        if (!ActionLine.isCode(actionLine)) {
            throw new IllegalArgumentException("not an action line code: " + actionLine);
        }
        Requires.text(phrase, "phrase");
        Objects.requireNonNull(section, "section");
        Requires.text(sentence, "sentence");
        Requires.notNegative(start, "start");
        if (end <= start) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Without a location. */
    public ActionLineNameReference(
            SessionKey session,
            String actionLine,
            String subLine,
            String phrase,
            String section,
            boolean inLinksSection,
            String sentence,
            int start,
            int end) {
        this(session, actionLine, subLine, phrase, section, inLinksSection, sentence, start, end, null);
    }
}
