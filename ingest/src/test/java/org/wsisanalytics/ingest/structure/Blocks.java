package org.wsisanalytics.ingest.structure;

import java.util.List;

/** Builds blocks from literal lines the way the recognizer does, for the tests of this package. */
final class Blocks {

    private Blocks() {}

    /** Lines are given without blank separators: each string becomes its own paragraph. */
    static List<Block> of(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        return BlockSplitter.split(List.of(text.toString().split("\n", -1)));
    }
}
