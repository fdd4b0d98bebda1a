package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.StructureLayer;

/**
 * How a document was read into units.
 *
 * @param layer the layer that read it
 * @param parts the units, at least one
 * @param template the template that read it, or {@code null} for the outline and whole layers
 * @param how what the layer found, and why the layers above did not apply (for the layer's finding)
 */
record Reading(StructureLayer layer, List<Part> parts, EventTemplate template, String how) {

    Reading {
        Objects.requireNonNull(layer, "layer");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a reading has at least one unit");
        }
        Objects.requireNonNull(how, "how");
    }
}
