package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentsTest {

    @Test
    void removesDotLeadersPageRowsAndTitlesWrittenAgainLater() {
        List<Block> blocks = Contents.remove(BlockSplitter.split(List.of(
                "Table of Contents",
                "",
                "Introduction ........ 3",
                "",
                "Open data for all\t5",
                "",
                "Satellites and rural schools 9",
                "",
                "Introduction",
                "",
                "The event met in Geneva.",
                "",
                "Open data for all",
                "",
                "Chile spoke.",
                "",
                "Satellites and rural schools",
                "",
                "Nepal spoke.",
                "",
                "Growth reached 12",
                "")));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "Introduction",
                        "The event met in Geneva.",
                        "Open data for all",
                        "Chile spoke.",
                        "Satellites and rural schools",
                        "Nepal spoke.",
                        "Growth reached 12");
    }

    @Test
    void linesUnderAContentsHeadingWithoutPageNumbersGoWhenTheyAreWrittenAgain() {
        List<Block> blocks = Contents.remove(
                Blocks.of("Contents", "Opening", "Closing", "Opening", "Words.", "Closing", "More words."));

        assertThat(blocks).extracting(Block::text).containsExactly("Opening", "Words.", "Closing", "More words.");
    }

    @Test
    void removesEntriesWhosePageNumberStandsOnTheLineBelow() {
        // pdftotext writes a contents page's right-aligned page numbers under their entries.
        List<Block> blocks = Contents.remove(BlockSplitter.split(List.of(
                "Table of Contents",
                "Introduction",
                "",
                "3",
                "",
                "Moderation: the facilitators and their sessions",
                "",
                "5",
                "",
                "Leaders TalkX: Forging partnerships for purpose: advancing the digital for development",
                "landscape",
                "",
                "8",
                "",
                "Introduction",
                "The event met in Geneva.",
                "Leaders TalkX: Forging partnerships for purpose: advancing the",
                "digital for development landscape",
                "Chile spoke on 3",
                "",
                "5",
                "")));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "Moderation: the facilitators and their sessions",
                        "5",
                        "Introduction",
                        "The event met in Geneva.",
                        "Leaders TalkX: Forging partnerships for purpose: advancing the digital for development landscape",
                        "Chile spoke on 3",
                        "5");
    }

    @Test
    void anEntryIsWrittenAgainWhereItsTitleWrapsOverLinesOrLosesAHyphen() {
        List<Block> blocks = Contents.remove(Blocks.of(
                "Table of Contents",
                "Leaders TalkX: Building inclusive & knowledge-driven digital societies",
                "20",
                "Leaders TalkX: Click to govern: inclusive and efficient e-services 34",
                "Introduction",
                "The event met in Geneva.",
                "Leaders TalkX: Building inclusive & knowledge-",
                "driven digital societies",
                "Executive Summary by Ms. Jane Doe",
                "Leaders TalkX: Click to govern: inclusive and efficient eservices",
                "Executive Summary by Mr. John Roe"));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "Introduction",
                        "The event met in Geneva.",
                        "Leaders TalkX: Building inclusive & knowledge-",
                        "driven digital societies",
                        "Executive Summary by Ms. Jane Doe",
                        "Leaders TalkX: Click to govern: inclusive and efficient eservices",
                        "Executive Summary by Mr. John Roe");
    }
}
