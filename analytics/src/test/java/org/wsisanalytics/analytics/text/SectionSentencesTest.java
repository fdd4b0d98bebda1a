package org.wsisanalytics.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionSentencesTest {

    private static final String TEXT = "  First **one**.  Second\n one.\n\n- Third: a list item";

    @Test
    void eachOffsetGivesTheSentenceHoldingItOrTheLastBeforeIt() {
        SectionSentences sentences = new SectionSentences(TEXT);

        assertThat(sentences.plainTextAt(TEXT.indexOf("First"))).isEqualTo("First one.");
        assertThat(sentences.plainTextAt(TEXT.indexOf("  Second"))).isEqualTo("First one.");
        assertThat(sentences.plainTextAt(TEXT.indexOf("one."))).isEqualTo("Second one.");
        assertThat(sentences.plainTextAt(TEXT.indexOf("list"))).isEqualTo("Third: a list item");
        assertThat(sentences.at(TEXT.indexOf("list")).paragraphStart()).isEqualTo(TEXT.indexOf("- Third"));
    }

    @Test
    void offsetsMayComeOutOfOrderAndBeforeTheFirstSentence() {
        SectionSentences sentences = new SectionSentences(TEXT);

        assertThat(sentences.plainTextAt(TEXT.indexOf("Third"))).isEqualTo("Third: a list item");
        assertThat(sentences.plainTextAt(0)).isEqualTo("First one.");
        assertThat(sentences.at(TEXT.indexOf("Second")).start()).isEqualTo(TEXT.indexOf("Second"));
    }
}
