package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/** Cuts a session's body into sections at its headings and at run-in action-line labels. */
final class SectionBuilder {

    private final SectionClassifier classifier;

    SectionBuilder(SectionClassifier classifier) {
        this.classifier = classifier;
    }

    List<SectionDraft> build(List<Block> body) {
        boolean[] headings = HeadingDetector.detect(body);
        List<SectionDraft> sections = new ArrayList<>();
        Open open = new Open("", List.of(), null);
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (headings[i]) {
                open.closeInto(sections);
                String heading = block.text().strip();
                open = new Open(heading, classifier.types(block.text()), block.locationOf(heading));
                continue;
            }
            Optional<RunInLabel> label = block.kind() == Block.Kind.PARAGRAPH && !open.is(SectionType.ACTION_LINE_LINKS)
                    ? RunInLabel.find(block.text(), classifier, SectionType.ACTION_LINE_LINKS)
                    : Optional.empty();
            if (label.isPresent()) {
                String text = block.text();
                open.add(label.get().before(), block.anchors(), 0);
                open.closeInto(sections);
                Open links = new Open(
                        label.get().label(),
                        classifier.types(label.get().label()),
                        block.locationOf(label.get().label()));
                String after = label.get().after();
                links.add(after, block.anchors(), text.lastIndexOf(after));
                links.closeInto(sections);
                // Paragraphs after the labelled one, up to the next heading, continue the interrupted
                // section rather than the links: the label governed only the rest of its own paragraph.
                open = new Open(open.heading, open.types, open.headingLocation, true);
            } else {
                open.add(block.text(), block.anchors(), 0);
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
            sections.set(
                    0,
                    new SectionDraft(
                            new Section(
                                    first.heading(),
                                    SectionType.INTRODUCTION,
                                    first.text(),
                                    first.anchors(),
                                    first.headingLocation()),
                            List.of(SectionType.INTRODUCTION)));
        }
        return sections;
    }

    /** The section being filled. */
    private static final class Open {
        private final String heading;
        private final List<SectionType> types;
        private final TextLocation headingLocation;
        private final boolean resumed;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<TextAnchor> anchors = new ArrayList<>();
        private int length;

        Open(String heading, List<SectionType> types, TextLocation headingLocation) {
            this(heading, types, headingLocation, false);
        }

        Open(String heading, List<SectionType> types, TextLocation headingLocation, boolean resumed) {
            this.heading = heading;
            this.types = types;
            this.headingLocation = headingLocation;
            this.resumed = resumed;
        }

        boolean is(SectionType type) {
            return !types.isEmpty() && types.get(0) == type;
        }

        /**
         * Adds a paragraph that is a part of a block's text, starting at {@code from} in it (the block's anchors
         * count from the block's start).
         */
        void add(String paragraph, List<TextAnchor> blockAnchors, int from) {
            if (paragraph.isBlank()) {
                return;
            }
            String text = paragraph.strip();
            int start = from + paragraph.indexOf(text.charAt(0));
            int end = start + text.length();
            int offset = paragraphs.isEmpty() ? 0 : length + 2;
            for (int i = 0; i < blockAnchors.size(); i++) {
                TextAnchor anchor = blockAnchors.get(i);
                int runEnd =
                        i + 1 < blockAnchors.size() ? blockAnchors.get(i + 1).offset() : Integer.MAX_VALUE;
                if (anchor.offset() < end && runEnd > start) {
                    anchors.add(new TextAnchor(offset + Math.max(0, anchor.offset() - start), anchor.location()));
                }
            }
            paragraphs.add(text);
            length = offset + text.length();
        }

        void closeInto(List<SectionDraft> sections) {
            if (paragraphs.isEmpty() && (heading.isEmpty() || resumed)) {
                return;
            }
            SectionType type = types.isEmpty() ? SectionType.OTHER : types.get(0);
            sections.add(new SectionDraft(
                    new Section(heading, type, String.join("\n\n", paragraphs), anchors, headingLocation), types));
        }
    }
}
