package org.wsisanalytics.ingest.structure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;

/**
 * A session as recognised, before it becomes a {@code Session} record: what the checks need to
 * know beyond the record (the by-line as written, every section type the headings cover).
 *
 * @param index 1-based position in the document
 * @param part the session's blocks and title
 * @param facilitator the by-line's name without honorifics, or {@code null}
 * @param sections the sections with the types their headings cover
 * @param row the matching row of the facilitators table, or {@code null}
 */
record SessionCandidate(int index, Part part, String facilitator, List<SectionDraft> sections, FacilitatorEntry row) {

    String title() {
        return part.title();
    }

    List<Section> sectionRecords() {
        return sections.stream().map(SectionDraft::section).toList();
    }

    Set<SectionType> coveredTypes() {
        Set<SectionType> covered = EnumSet.noneOf(SectionType.class);
        sections.forEach(section -> {
            covered.add(section.section().type());
            covered.addAll(section.covers());
        });
        return covered;
    }

    String headings() {
        return sections.stream()
                .map(section -> section.section().heading())
                .filter(heading -> !heading.isEmpty())
                .collect(Collectors.joining(" | "));
    }
}
