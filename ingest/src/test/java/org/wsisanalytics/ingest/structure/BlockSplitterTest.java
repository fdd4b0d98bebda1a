package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    @Test
    void joinsWrappedLinesAndSeparatesListItemsTableRowsAndMarkdownHeadings() {
        List<Block> blocks = BlockSplitter.split(List.of(
                "## Introduction",
                "A paragraph wrapped",
                "over two lines.",
                "",
                "- first item",
                "  continued",
                " - second item",
                "a. lettered item",
                "",
                "Session\tPhoto\tName"));

        assertThat(blocks)
                .containsExactly(
                        new Block(Block.Kind.MARKED_HEADING, "Introduction", 2),
                        new Block(Block.Kind.PARAGRAPH, "A paragraph wrapped over two lines."),
                        new Block(Block.Kind.LIST_ITEM, "- first item continued"),
                        new Block(Block.Kind.LIST_ITEM, "- second item"),
                        new Block(Block.Kind.LIST_ITEM, "a. lettered item"),
                        new Block(Block.Kind.TABLE_ROW, "Session\tPhoto\tName"));
    }

    @Test
    void hardWrappedTextJoinsAtTheWrapAndBreaksWhereTheNextWordWouldHaveFitted() {
        List<String> lines = List.of(
                "The session opened with remarks by the minister, who recalled that the",
                "summit had set targets for connecting schools and hospitals by 2015 and",
                "that many countries had reached them.",
                "Key challenges",
                "Costs remain high in landlocked countries and in small island states,",
                "where submarine cables and satellite capacity are scarce.",
                "Rural schools need power before they need broadband, said the speakers",
                "of the panel.",
                "Leaders TalkX: Future Ready: Enhancing Skills for a Digital Tomorrow",
                "Executive Summary by Ms. Jane Doe",
                "Participants agreed that skills programmes must reach older workers too.");

        List<Block> blocks = BlockSplitter.split(lines, line -> line.equals("Key challenges"));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "The session opened with remarks by the minister, who recalled that the summit had set targets for"
                                + " connecting schools and hospitals by 2015 and that many countries had reached them.",
                        "Key challenges",
                        "Costs remain high in landlocked countries and in small island states, where submarine cables and"
                                + " satellite capacity are scarce.",
                        "Rural schools need power before they need broadband, said the speakers of the panel.",
                        "Leaders TalkX: Future Ready: Enhancing Skills for a Digital Tomorrow Executive Summary by Ms. Jane Doe",
                        "Participants agreed that skills programmes must reach older workers too.");
    }

    @Test
    void textWithOneLinePerParagraphKeepsEachLineButJoinsASentenceCutInTwo() {
        List<Block> blocks = BlockSplitter.split(
                List.of("Opening", "The meeting began in Tunis and", "went on until noon.", "Closing"));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly("Opening", "The meeting began in Tunis and went on until noon.", "Closing");
    }

    @Test
    void aLineEndingInAWordsHyphenGoesOnWithoutASpaceUnlessTheHyphenIsSuspended() {
        List<Block> blocks = BlockSplitter.split(
                List.of("Ministers presented knowledge-", "driven e-", "services for short-", "and long-term plans."));

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly("Ministers presented knowledge-driven e-services for short- and long-term plans.");
    }

    @Test
    void hardWrappedLineLeavingABracketOpenJoinsTheLineThatClosesIt() {
        // pdftotext: a proportional font's line breaks before a word that would fit by its count of characters.
        List<String> lines = List.of(
                "The session opened with remarks by the minister, who recalled that the",
                "summit had set targets for connecting schools and hospitals by 2015 and",
                "that many countries had reached them; Asymmetric funding (Costa",
                "Rica subsidizes 42% of households) paired with innovation.",
                "Rural schools need power before they need broadband, said the speakers",
                "of the panel.",
                "Costs remain high in landlocked countries (Chad, Mali).",
                "Participants agreed that skills programmes must reach older workers too.");

        List<Block> blocks = BlockSplitter.split(lines, line -> false);

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly(
                        "The session opened with remarks by the minister, who recalled that the summit had set targets for"
                                + " connecting schools and hospitals by 2015 and that many countries had reached them;"
                                + " Asymmetric funding (Costa Rica subsidizes 42% of households) paired with"
                                + " innovation.",
                        "Rural schools need power before they need broadband, said the speakers of the panel.",
                        "Costs remain high in landlocked countries (Chad, Mali).",
                        "Participants agreed that skills programmes must reach older workers too.");
    }

    @Test
    void hardWrappedContentsEntriesEndingInTheirPageNumberStayApart() {
        // pdftotext -raw: contents entries one per line, each "title page", among lines wrapped near one width.
        List<String> lines = List.of(
                "Table of Contents",
                "Leaders TalkX: Forging partnerships for purpose: advancing the digital for development",
                "landscape 8",
                "Leaders TalkX: Accelerating global access to information and knowledge in the digital era 13",
                "Leaders TalkX: Future Ready: Enhancing Skills for a Digital Tomorrow 15",
                "Introduction",
                "At the WSIS+20 High-Level Event 2025, moderated Leaders TalkX took place on the 9th and",
                "11th of July. These 13 sessions, moderated by High-Level Track facilitators nominated and",
                "identified by WSIS stakeholders, gathered High-ranking officials of the WSIS Stakeholder",
                "community, representing the Government, Private Sector, Civil Society, Academia, and",
                "International Organizations and the technical community of the Internet as a whole.");

        assertThat(BlockSplitter.split(lines))
                .extracting(Block::text)
                .startsWith(
                        "Table of Contents",
                        "Leaders TalkX: Forging partnerships for purpose: advancing the digital for development landscape 8",
                        "Leaders TalkX: Accelerating global access to information and knowledge in the digital era 13",
                        "Leaders TalkX: Future Ready: Enhancing Skills for a Digital Tomorrow 15");
    }
}
