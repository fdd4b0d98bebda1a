package org.wsisanalytics.model;

/** How much a consistency finding matters to the document's editor. */
public enum Severity {
    /** Probably wrong in the document (a facilitator named two ways, a mislabelled action line). */
    WARNING,
    /** Worth a look, may be intended (a session without a standard section). */
    INFO
}
