package org.wsisanalytics.model;

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
}
