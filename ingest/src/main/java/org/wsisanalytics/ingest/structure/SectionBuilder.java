package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;

/** Cuts a session's body into sections at its headings and at run-in action-line labels. */
final class SectionBuilder {

    private final SectionClassifier classifier;

    SectionBuilder(SectionClassifier classifier) {
        this.classifier = classifier;
    }

    List<SectionDraft> build(List<Block> body) {
        boolean[] headings = HeadingDetector.detect(body);
        List<SectionDraft> sections = new ArrayList<>();
        Open open = new Open("", List.of());
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (headings[i]) {
                open.closeInto(sections);
                open = new Open(block.text().strip(), classifier.types(block.text()));
                continue;
            }
            Optional<RunInLabel> label = block.kind() == Block.Kind.PARAGRAPH && !open.is(SectionType.ACTION_LINE_LINKS)
                    ? RunInLabel.find(block.text(), classifier, SectionType.ACTION_LINE_LINKS)
                    : Optional.empty();
            if (label.isPresent()) {
                open.add(label.get().before());
                open.closeInto(sections);
                Open links = new Open(label.get().label(), classifier.types(label.get().label()));
                links.add(label.get().after());
                links.closeInto(sections);
                // Paragraphs after the labelled one, up to the next heading, continue the interrupted
                // section rather than the links: the label governed only the rest of its own paragraph.
                open = new Open(open.heading, open.types, true);
            } else {
                open.add(block.text());
            }
        }
        open.closeInto(sections);
        return firstSectionIsIntroduction(sections);
    }

    /**
     * Text before the first heading, or under a first heading no rule recognises (a headline such as
     * "SESSION GATHERS GLOBAL LEADERS TO REFLECT ..."), is how a summary opens: its introduction.
     */
    private static List<SectionDraft> firstSectionIsIntroduction(List<SectionDraft> sections) {
        if (!sections.isEmpty() && sections.get(0).covers().isEmpty()) {
            Section first = sections.get(0).section();
            sections.set(0, new SectionDraft(new Section(first.heading(), SectionType.INTRODUCTION, first.text()),
                    List.of(SectionType.INTRODUCTION)));
        }
        return sections;
    }

    /** The section being filled. */
    private static final class Open {
        private final String heading;
        private final List<SectionType> types;
        private final boolean resumed;
        private final List<String> paragraphs = new ArrayList<>();

        Open(String heading, List<SectionType> types) {
            this(heading, types, false);
        }

        Open(String heading, List<SectionType> types, boolean resumed) {
            this.heading = heading;
            this.types = types;
            this.resumed = resumed;
        }

        boolean is(SectionType type) {
            return !types.isEmpty() && types.get(0) == type;
        }

        void add(String paragraph) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }

        void closeInto(List<SectionDraft> sections) {
            if (paragraphs.isEmpty() && (heading.isEmpty() || resumed)) {
                return;
            }
            SectionType type = types.isEmpty() ? SectionType.OTHER : types.get(0);
            sections.add(new SectionDraft(new Section(heading, type, String.join("\n\n", paragraphs)), types));
        }
    }
}
