package org.wsisanalytics.ingest.structure;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;

/**
 * A section as recognised, with every type its heading stands for ("Emerging trends, Opportunities &
 * Challenges" covers three), which the missing-sections check needs and {@link Section} does not keep.
 *
 * @param section the section
 * @param covers the types the heading stands for, the section's own type first
 */
record SectionDraft(Section section, List<SectionType> covers) {

    SectionDraft {
        Objects.requireNonNull(section, "section");
        covers = List.copyOf(covers);
    }
}
