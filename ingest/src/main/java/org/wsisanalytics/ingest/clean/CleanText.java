package org.wsisanalytics.ingest.clean;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.TextLocation;

/**
 * A document's text after extraction noise was removed.
 *
 * @param lines the remaining lines, blank lines kept as paragraph separators
 * @param runningHeaders the page header/footer lines that were removed, most frequent first
 * @param locations where each line is in the input file (page, paragraph or line), one per line; empty where the
 *                  reader gives no locations. A blank line's location is its neighbour's and is never cited.
 */
public record CleanText(List<String> lines, List<String> runningHeaders, List<TextLocation> locations) {

    public CleanText {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        runningHeaders = List.copyOf(Objects.requireNonNull(runningHeaders, "runningHeaders"));
        locations = List.copyOf(Objects.requireNonNull(locations, "locations"));
        if (!locations.isEmpty() && locations.size() != lines.size()) {
            throw new IllegalArgumentException(locations.size() + " locations for " + lines.size() + " lines");
        }
    }

    /** Text whose lines' locations are not known. */
    public CleanText(List<String> lines, List<String> runningHeaders) {
        this(lines, runningHeaders, List.of());
    }
}
