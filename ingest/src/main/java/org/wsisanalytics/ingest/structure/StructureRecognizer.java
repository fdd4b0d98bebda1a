package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

/**
 * Recognises a cleaned document's structure: its title, the facilitators table, the sessions with
 * their sections, each session paired with its table row by title, and the consistency findings.
 */
public final class StructureRecognizer {

    private static final int MAX_TITLE_WORDS = 25;

    private final SectionBuilder sections;
    private final PersonNames names;
    private final FacilitatorTableParser table;

    public StructureRecognizer(SectionClassifier classifier) {
        this.sections = new SectionBuilder(classifier);
        this.names = PersonNames.bundled();
        this.table = new FacilitatorTableParser(names);
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
        List<Block> blocks = BlockSplitter.split(text.lines());
        List<FacilitatorEntry> rows = table.parse(blocks);
        List<SessionSplitter.Part> parts = SessionSplitter.split(blocks);
        int[] rowOf = TitleMatcher.match(parts.stream().map(SessionSplitter.Part::title).toList(),
                rows.stream().map(FacilitatorEntry::sessionTitle).toList());

        List<SessionCandidate> candidates = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SessionSplitter.Part part = parts.get(i);
            FacilitatorEntry row = rowOf[i] < 0 ? null : rows.get(rowOf[i]);
            String facilitator = part.facilitator() == null ? null : names.withoutHonorifics(part.facilitator());
            SessionCandidate candidate = new SessionCandidate(i + 1, part, facilitator, sections.build(part.body()), row);
            candidates.add(candidate);
            sessions.add(new Session(document, i + 1, row == null ? null : row.sessionId(), part.title(), facilitator,
                    row == null ? null : row.name(), row == null ? null : row.sessionLink(), StructureLayer.TEMPLATE,
                    candidate.sectionRecords()));
        }
        return new RecognizedStructure(title(text, blocks), rows, sessions,
                StructureChecks.check(document, names, candidates, rows));
    }

    /**
     * A converted PDF repeats its title as the running page header, which is the most reliable title
     * there is; otherwise the first Markdown heading, otherwise the first short line.
     */
    private static String title(CleanText text, List<Block> blocks) {
        if (!text.runningHeaders().isEmpty()) {
            return text.runningHeaders().get(0);
        }
        return blocks.stream().filter(block -> block.kind() == Block.Kind.MARKED_HEADING).findFirst()
                .or(() -> blocks.stream().filter(block -> block.kind() == Block.Kind.PARAGRAPH
                        && HeadingDetector.words(block.text()).size() <= MAX_TITLE_WORDS).findFirst())
                .map(block -> block.text().strip())
                .orElse(null);
    }
}
