package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;

class SectionBuilderTest {

    private final SectionBuilder builder = new SectionBuilder(SectionClassifier.bundled());

    @Test
    void cutsAtHeadingsAndKeepsParagraphsAndListItemsAsWritten() {
        List<Section> sections = sections(
                "Introduction",
                "The discussion highlighted partnerships.",
                "Fresh priorities",
                "- Develop AI in low resources languages.",
                "- Empower local hosts",
                "Emerging trends, Opportunities & Challenges",
                "There are key opportunities.");

        assertThat(sections)
                .containsExactly(
                        new Section(
                                "Introduction", SectionType.INTRODUCTION, "The discussion highlighted partnerships."),
                        new Section(
                                "Fresh priorities",
                                SectionType.PRIORITIES,
                                "- Develop AI in low resources languages.\n\n- Empower local hosts"),
                        new Section(
                                "Emerging trends, Opportunities & Challenges",
                                SectionType.TRENDS,
                                "There are key opportunities."));
    }

    @Test
    void aRunInLinksLabelBecomesItsOwnSectionAndLaterParagraphsResumeTheInterruptedOne() {
        List<Section> sections = sections(
                "Opportunities",
                "Digital technologies provide immense opportunity. Links to WSIS Action Lines: the discussions"
                        + " highlighted alignment to C1, C3, C4, C5, C7.",
                "A further opportunity paragraph.",
                "Case Examples",
                "Mozambique adopted Internet for All by 2030.");

        assertThat(sections)
                .containsExactly(
                        new Section(
                                "Opportunities",
                                SectionType.OPPORTUNITIES,
                                "Digital technologies provide immense opportunity."),
                        new Section(
                                "Links to WSIS Action Lines",
                                SectionType.ACTION_LINE_LINKS,
                                "the discussions highlighted alignment to C1, C3, C4, C5, C7."),
                        new Section("Opportunities", SectionType.OPPORTUNITIES, "A further opportunity paragraph."),
                        new Section(
                                "Case Examples",
                                SectionType.CASE_EXAMPLES,
                                "Mozambique adopted Internet for All by 2030."));
    }

    @Test
    void aRunInLabelAtTheEndOfASectionLeavesNoEmptyRemainder() {
        List<Section> sections = sections(
                "Opportunities", "Some text. Links to WSIS Action Lines: C1, C3.", "Case Examples", "An example.");

        assertThat(sections)
                .extracting(Section::heading)
                .containsExactly("Opportunities", "Links to WSIS Action Lines", "Case Examples");
    }

    @Test
    void textBeforeTheFirstHeadingOrUnderAnUnrecognisedFirstHeadlineIsTheIntroduction() {
        assertThat(sections("Opening words without a heading.", "Conclusion", "Closing words."))
                .containsExactly(
                        new Section("", SectionType.INTRODUCTION, "Opening words without a heading."),
                        new Section("Conclusion", SectionType.CONCLUSION, "Closing words."));
        assertThat(sections(
                        "SESSION GATHERS GLOBAL LEADERS TO REFLECT ON TWENTY YEARS OF WSIS",
                        "On 9 July 2025 ...",
                        "BOLD AND BALANCED REGULATORY LEADERSHIP IS ESSENTIAL",
                        "Shaping a digital world."))
                .extracting(Section::type)
                .containsExactly(SectionType.INTRODUCTION, SectionType.OTHER);
    }

    @Test
    void aCombinedHeadingCoversAllTheTypesItNames() {
        List<SectionDraft> drafts = builder.build(Blocks.of("Fresh priorities & Links to WSIS Action Lines", "Text."));

        assertThat(drafts.get(0).section().type()).isEqualTo(SectionType.ACTION_LINE_LINKS);
        assertThat(drafts.get(0).covers()).containsExactly(SectionType.ACTION_LINE_LINKS, SectionType.PRIORITIES);
    }

    private List<Section> sections(String... paragraphs) {
        return builder.build(Blocks.of(paragraphs)).stream()
                .map(SectionDraft::section)
                .toList();
    }
}
