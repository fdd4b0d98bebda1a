package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TemplateLayerTest {

    private final TemplateLayer hltf = new TemplateLayer(EventTemplate.bundled().get(0));

    @Test
    void skipsTableOfContentsEntriesAndTextBeforeTheFirstSession() {
        List<Block> blocks = Contents.remove(BlockSplitter.split(List.of(
                "Table of Contents",
                "",
                "Leaders TalkX: Moral pixels: painting an ethical landscape\t29",
                "Leaders TalkX: Click to govern: inclusive and efficient e-services.....",
                "",
                "Introduction",
                "",
                "These 13 sessions were moderated.",
                "",
                "Leaders TalkX: Moral pixels: painting an ethical landscape",
                "",
                "Executive Summary by High-Level Track Facilitator Ms. Anriette Esterhuysen",
                "",
                "Introduction",
                "",
                "This Leaders TalkX looked at values.",
                "",
                "Leaders TalkX: Click to govern: inclusive and efficient e-services",
                "",
                "Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng",
                "",
                "Introduction",
                "",
                "This session convened ministers.")));

        List<Part> parts = hltf.split(blocks);

        assertThat(parts)
                .extracting(Part::title)
                .containsExactly(
                        "Moral pixels: painting an ethical landscape",
                        "Click to govern: inclusive and efficient e-services");
        assertThat(parts).extracting(Part::facilitator).containsExactly("Ms. Anriette Esterhuysen", "Ms. Yuhan Zheng");
        assertThat(parts.get(0).body())
                .extracting(Block::text)
                .containsExactly("Introduction", "This Leaders TalkX looked at values.");
    }

    @Test
    void findsASessionByItsBylineWhenTheTitleHasNoPrefixAndByItsPrefixWhenItHasNoByline() {
        List<Block> blocks = Blocks.of(
                "Digital Skills for All",
                "Executive Summary by Dr. Jane Doe",
                "Text one.",
                "Leaders TalkX 4: Partnership pivot",
                "Introduction",
                "Text two.");

        List<Part> parts = hltf.split(blocks);

        assertThat(parts).extracting(Part::title).containsExactly("Digital Skills for All", "Partnership pivot");
        assertThat(parts).extracting(Part::facilitator).containsExactly("Dr. Jane Doe", null);
    }

    @Test
    void aRoleAfterTheNameInTheBylineIsNotPartOfTheName() {
        List<Block> blocks = BlockSplitter.split(List.of(
                "Roundtable on Africa: financing the last mile",
                "",
                "Summary prepared by Ms. Ngozi Adeyemi, rapporteur",
                "",
                "Participants from Rwanda agreed on the main points.",
                "",
                "Roundtable on the Arab region: data and trust",
                "",
                "Summary prepared by Mr. Omar Haddad (moderator)",
                "",
                "Delegates from Jordan presented their portals.",
                "",
                "Roundtable on community media",
                "",
                "Summary by Ms. Lucía Fernández",
                "",
                "Community radio stations remain the main source of news."));

        assertThat(hltf.split(blocks))
                .extracting(Part::facilitator)
                .containsExactly("Ms. Ngozi Adeyemi", "Mr. Omar Haddad", "Ms. Lucía Fernández");
    }

    @Test
    void aTitleWrappedOverLinesAboveItsBylineIsOneTitle() {
        // As pdftotext writes a PDF's titles set in a larger font: no blank lines, wrapped where the body is not.
        List<Block> blocks = BlockSplitter.split(List.of(
                "Leaders TalkX: Future Ready: Enhancing Skills for a Digital",
                "Tomorrow",
                "Executive Summary by High-Level Track Facilitator Ms. Cheryl Miller",
                "Introduction",
                "The sessions convened Ministers and leaders from the United Kingdom.",
                "Leaders TalkX: Towards a safer connected world:",
                "collaborative strategies to strengthen digital trust and cyber",
                "resilience",
                "Executive Summary by High-Level Track Facilitator Prof. Lucien Castex",
                "Introduction",
                "Speakers from Malaysia and Spain took part.",
                "Leaders TalkX: Building inclusive & knowledge-",
                "driven digital societies",
                "Executive Summary by High-Level Track Facilitator Mr. Sameer Sharma",
                "Introduction",
                "The session looked at India."));

        List<Part> parts = hltf.split(blocks);

        assertThat(parts)
                .extracting(Part::title)
                .containsExactly(
                        "Future Ready: Enhancing Skills for a Digital Tomorrow",
                        "Towards a safer connected world: collaborative strategies to strengthen digital trust and cyber"
                                + " resilience",
                        "Building inclusive & knowledge-driven digital societies");
        assertThat(parts)
                .extracting(Part::facilitator)
                .containsExactly("Ms. Cheryl Miller", "Prof. Lucien Castex", "Mr. Sameer Sharma");
    }

    @Test
    void aTitleLikeLineAboveABylineAfterAnotherSessionsTitleIsItsOwnSession() {
        List<Block> blocks = Blocks.of(
                "Leaders TalkX: Partnership pivot",
                "Introduction",
                "Text one.",
                "Digital Skills for All",
                "Executive Summary by Dr. Jane Doe",
                "Text two.");

        assertThat(hltf.split(blocks))
                .extracting(Part::title)
                .containsExactly("Partnership pivot", "Digital Skills for All");
    }

    @Test
    void aDocumentWithoutTitlesOrBylinesHasNoSessions() {
        assertThat(hltf.split(Blocks.of("Meeting notes", "We discussed the budget.")))
                .isEmpty();
    }
}
