package org.wsisanalytics.ingest.clean;

import java.util.List;
import java.util.Objects;

/**
 * A document's text after extraction noise was removed.
 *
 * @param lines the remaining lines, blank lines kept as paragraph separators
 * @param runningHeaders the page header/footer lines that were removed, most frequent first
 */
public record CleanText(List<String> lines, List<String> runningHeaders) {

    public CleanText {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        runningHeaders = List.copyOf(Objects.requireNonNull(runningHeaders, "runningHeaders"));
    }
}
