package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    @Test
    void joinsWrappedLinesAndSeparatesListItemsTableRowsAndMarkdownHeadings() {
        List<Block> blocks = BlockSplitter.split(List.of(
                "## Introduction", "A paragraph wrapped", "over two lines.", "",
                "- first item", "  continued", " - second item", "a. lettered item", "",
                "Session\tPhoto\tName"));

        assertThat(blocks).containsExactly(
                new Block(Block.Kind.MARKED_HEADING, "Introduction", 2),
                new Block(Block.Kind.PARAGRAPH, "A paragraph wrapped over two lines."),
                new Block(Block.Kind.LIST_ITEM, "- first item continued"),
                new Block(Block.Kind.LIST_ITEM, "- second item"),
                new Block(Block.Kind.LIST_ITEM, "a. lettered item"),
                new Block(Block.Kind.TABLE_ROW, "Session\tPhoto\tName"));
    }
}
