package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

/**
 * Recognises a cleaned document's structure: its title, the facilitators table, its units with their
 * sections, each unit paired with its table row by title, and the consistency findings. Units are read
 * in layers, the first that applies wins: a known event template ({@link TemplateLayer}), the document's
 * own outline ({@link OutlineLayer}), else the whole document as one unit. A readable document always
 * yields at least one unit.
 */
public final class StructureRecognizer {

    private final SectionBuilder sections;
    private final PersonNames names;
    private final FacilitatorTableParser table;
    private final List<TemplateLayer> templates;
    private final OutlineLayer outline;
    private final SectionClassifier classifier;

    public StructureRecognizer(SectionClassifier classifier) {
        this.classifier = classifier;
        List<EventTemplate> known = EventTemplate.bundled();
        this.sections = new SectionBuilder(classifier);
        this.names = PersonNames.bundled();
        this.table = new FacilitatorTableParser(names, EventTemplate.TableHeaders.union(known));
        this.templates = known.stream().map(TemplateLayer::new).toList();
        this.outline = new OutlineLayer(classifier, templates);
    }

    /** With the bundled section-type rules. */
    public StructureRecognizer() {
        this(SectionClassifier.bundled());
    }

    /**
     * @param text the cleaned text
     * @param document the document's file name, which the sessions and findings carry
     */
    public RecognizedStructure recognize(CleanText text, String document) {
        List<Block> blocks =
                Contents.remove(BlockSplitter.split(text.lines(), text.locations(), classifier::isSectionName));
        List<FacilitatorEntry> rows = table.parse(blocks);
        String title = DocumentTitle.of(text, blocks);
        Reading reading = read(blocks, title, document);
        int[] rowOf = TitleMatcher.match(
                reading.parts().stream().map(Part::title).toList(),
                rows.stream().map(FacilitatorEntry::sessionTitle).toList());

        List<SessionCandidate> candidates = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < reading.parts().size(); i++) {
            Part part = reading.parts().get(i);
            FacilitatorEntry row = rowOf[i] < 0 ? null : rows.get(rowOf[i]);
            String facilitator = part.facilitator() == null ? null : names.withoutHonorifics(part.facilitator());
            SessionCandidate candidate =
                    new SessionCandidate(i + 1, part, facilitator, sections.build(part.body()), row);
            candidates.add(candidate);
            String sessionId = row != null && row.sessionId() != null ? row.sessionId() : part.sessionId();
            sessions.add(new Session(
                    document,
                    i + 1,
                    sessionId,
                    part.title(),
                    part.titleLocation(),
                    facilitator,
                    row == null ? null : row.name(),
                    row == null ? null : row.organization(),
                    row == null ? null : row.sessionLink(),
                    reading.layer(),
                    candidate.sectionRecords()));
        }
        return new RecognizedStructure(
                title, rows, sessions, StructureChecks.check(document, names, reading, candidates, rows));
    }

    private Reading read(List<Block> blocks, String title, String document) {
        for (TemplateLayer template : templates) {
            List<Part> parts = template.split(blocks);
            if (!parts.isEmpty()) {
                return new Reading(
                        StructureLayer.TEMPLATE,
                        parts,
                        template.template(),
                        parts.size() + " sessions by the template \""
                                + template.template().name() + "\"");
            }
        }
        String noTemplate = "no known event template matched ("
                + templates.stream()
                        .map(t -> "\"" + t.template().name() + "\"")
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("none")
                + ")";
        OutlineLayer.Result units = outline.split(blocks, title);
        if (!units.parts().isEmpty()) {
            return new Reading(StructureLayer.OUTLINE, units.parts(), null, units.how() + "; " + noTemplate);
        }
        String unitTitle = title != null ? title : withoutExtension(document);
        return new Reading(
                StructureLayer.WHOLE,
                List.of(Part.untitled(unitTitle, blocks)),
                null,
                "one unit; " + noTemplate + " and the outline gives no units: " + units.how());
    }

    private static String withoutExtension(String document) {
        int slash = Math.max(document.lastIndexOf('/'), document.lastIndexOf('\\'));
        String name = document.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
