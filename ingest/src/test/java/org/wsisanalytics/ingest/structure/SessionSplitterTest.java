package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SessionSplitterTest {

    @Test
    void skipsTableOfContentsEntriesAndTextBeforeTheFirstSession() {
        List<Block> blocks = BlockSplitter.split(List.of(
                "Table of Contents", "",
                "Leaders TalkX: Moral pixels: painting an ethical landscape\t29",
                "Leaders TalkX: Click to govern: inclusive and efficient e-services.....", "",
                "Introduction", "", "These 13 sessions were moderated.", "",
                "Leaders TalkX: Moral pixels: painting an ethical landscape", "",
                "Executive Summary by High-Level Track Facilitator Ms. Anriette Esterhuysen", "",
                "Introduction", "", "This Leaders TalkX looked at values.", "",
                "Leaders TalkX: Click to govern: inclusive and efficient e-services", "",
                "Executive Summary by High-Level Track Facilitator Ms. Yuhan Zheng", "",
                "Introduction", "", "This session convened ministers."));

        List<SessionSplitter.Part> parts = SessionSplitter.split(blocks);

        assertThat(parts).extracting(SessionSplitter.Part::title).containsExactly(
                "Moral pixels: painting an ethical landscape", "Click to govern: inclusive and efficient e-services");
        assertThat(parts).extracting(SessionSplitter.Part::facilitator)
                .containsExactly("Ms. Anriette Esterhuysen", "Ms. Yuhan Zheng");
        assertThat(parts.get(0).body()).extracting(Block::text)
                .containsExactly("Introduction", "This Leaders TalkX looked at values.");
    }

    @Test
    void findsASessionByItsBylineWhenTheTitleHasNoPrefixAndByItsPrefixWhenItHasNoByline() {
        List<Block> blocks = Blocks.of(
                "Digital Skills for All", "Executive Summary by Dr. Jane Doe", "Text one.",
                "Leaders TalkX 4: Partnership pivot", "Introduction", "Text two.");

        List<SessionSplitter.Part> parts = SessionSplitter.split(blocks);

        assertThat(parts).extracting(SessionSplitter.Part::title).containsExactly("Digital Skills for All", "Partnership pivot");
        assertThat(parts).extracting(SessionSplitter.Part::facilitator).containsExactly("Dr. Jane Doe", null);
    }

    @Test
    void aDocumentWithoutTitlesOrBylinesHasNoSessions() {
        assertThat(SessionSplitter.split(Blocks.of("Meeting notes", "We discussed the budget."))).isEmpty();
    }
}
