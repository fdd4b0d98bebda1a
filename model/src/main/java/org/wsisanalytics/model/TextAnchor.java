package org.wsisanalytics.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a run of a section's text comes from: the text from {@code offset} up to the next anchor's offset is at
 * {@code location} in the input file.
 *
 * @param offset offset in the section's text where the run starts
 * @param location where the run is in the input file
 */
public record TextAnchor(int offset, TextLocation location) {

    public TextAnchor {
        Requires.notNegative(offset, "offset");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Where the text from {@code start} to {@code end} of a text anchored by {@code anchors} (in increasing offset
     * order) is in the input file: the locations of every anchored run it overlaps, joined ("lines 2061–2063");
     * {@code null} where there are no anchors.
     */
    public static TextLocation location(List<TextAnchor> anchors, int start, int end) {
        TextLocation location = null;
        for (int i = 0; i < anchors.size(); i++) {
            TextAnchor anchor = anchors.get(i);
            int runEnd = i + 1 < anchors.size() ? anchors.get(i + 1).offset() : Integer.MAX_VALUE;
            boolean overlaps = anchor.offset() < Math.max(end, start + 1) && runEnd > start;
            if (overlaps) {
                location = anchor.location().through(location);
            }
        }
        return location;
    }
}
