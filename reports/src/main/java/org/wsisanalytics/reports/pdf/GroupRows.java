package org.wsisanalytics.reports.pdf;

import java.util.Objects;

/** Tells, session by session in run order, where a new document starts, so its group row goes before it. */
final class GroupRows {

    private String current;

    /** Whether this session's document differs from the previous session's (true for the first session). */
    boolean starts(String document) {
        boolean starts = !Objects.equals(current, document);
        current = document;
        return starts;
    }
}
