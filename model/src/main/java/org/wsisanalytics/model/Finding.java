package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A consistency problem found in a document, for its editor.
 *
 * @param document the document's file name
 * @param sessionIndex the 1-based session it concerns, or {@code null} for the document as a whole
 * @param severity how much it matters
 * @param check a stable identifier of the check, e.g. "facilitator-name-mismatch"
 * @param message one readable sentence
 * @param evidence the text that shows it (both spellings, the label as written, ...)
 * @param location where the evidence is in the input file ("p. 36"), or {@code null} for a finding about the
 *                 document or session as a whole
 */
public record Finding(
        String document,
        Integer sessionIndex,
        Severity severity,
        String check,
        String message,
        String evidence,
        TextLocation location) {

    /**
     * The check of a session without one of its event's standard sections: a note of low value to a reader (the
     * briefs count these rather than list them), kept in full in the CSV and the workbook.
     */
    public static final String MISSING_STANDARD_SECTIONS = "missing-standard-sections";

    public Finding {
        Requires.text(document, "document");
        if (sessionIndex != null) {
            Requires.positive(sessionIndex, "sessionIndex");
        }
        Objects.requireNonNull(severity, "severity");
        Requires.text(check, "check");
        Requires.text(message, "message");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Without a location. */
    public Finding(
            String document, Integer sessionIndex, Severity severity, String check, String message, String evidence) {
        this(document, sessionIndex, severity, check, message, evidence, null);
    }

    /** True for a {@linkplain Severity#WARNING warning}: probably wrong in the document. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** True for a note the briefs count rather than list ({@link #MISSING_STANDARD_SECTIONS}). */
    public boolean isLowValue() {
        return severity == Severity.INFO && MISSING_STANDARD_SECTIONS.equals(check);
    }
}
