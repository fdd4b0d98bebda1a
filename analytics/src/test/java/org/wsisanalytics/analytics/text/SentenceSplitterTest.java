package org.wsisanalytics.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsFollowedByACapitalOrDigit() {
        assertThat(sentences("Access grew. Costs fell! Why? 2025 was good."))
                .containsExactly("Access grew.", "Costs fell!", "Why?", "2025 was good.");
    }

    @Test
    void doesNotSplitAfterAbbreviationsTitlesInitialsOrNumbers() {
        assertThat(sentences("Tools (e.g. Memorandum of cooperation) help. Prof. Oloyede and Dr. Maida spoke. "
                        + "H.E. Mr. Solly Malatsi chaired. No. 5 was approved, i.e. Resolution 6242. It ended."))
                .containsExactly(
                        "Tools (e.g. Memorandum of cooperation) help.",
                        "Prof. Oloyede and Dr. Maida spoke.",
                        "H.E. Mr. Solly Malatsi chaired.",
                        "No. 5 was approved, i.e. Resolution 6242.",
                        "It ended.");
    }

    @Test
    void doesNotSplitDecimalsOrBeforeLowerCaseWords() {
        assertThat(sentences("With more than 2.6 billion people offline, payments etc. need work. Next."))
                .containsExactly("With more than 2.6 billion people offline, payments etc. need work.", "Next.");
    }

    @Test
    void aSingleWordBeforeAPointDoesNotMakeASentence() {
        assertThat(sentences("C5. Building confidence and security in use of ICTs."))
                .containsExactly("C5. Building confidence and security in use of ICTs.");
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutAPoint() {
        assertThat(sentences("This can be linked to Action Line Two\n\nCase Examples\n\nSee below."))
                .containsExactly("This can be linked to Action Line Two", "Case Examples", "See below.");
    }

    @Test
    void wrappedLinesStayInOneSentence() {
        assertThat(sentences("The panel featured the\nJamaican AI Task Force and\nothers. Then it closed."))
                .containsExactly("The panel featured the\nJamaican AI Task Force and\nothers.", "Then it closed.");
    }

    @Test
    void eachListItemIsItsOwnSentenceEvenWithoutAPoint() {
        String text = "Session outcomes directly advanced:\n"
                + "- **C1 (Public Policy):** Uruguay's governance restructuring\n"
                + "- **C2 (Infrastructure):** Costa Rica's 5G rollout. It has rural obligations.\n"
                + "1. Return to core principles\n"
                + "(b) Showcased diverse use cases., and (c) more\n"
                + "**Capacity Building:** Ghana's coders";
        assertThat(sentences(text))
                .containsExactly(
                        "Session outcomes directly advanced:",
                        "- **C1 (Public Policy):** Uruguay's governance restructuring",
                        "- **C2 (Infrastructure):** Costa Rica's 5G rollout.",
                        "It has rural obligations.",
                        "1. Return to core principles",
                        "(b) Showcased diverse use cases., and (c) more",
                        "**Capacity Building:** Ghana's coders");
    }

    @Test
    void offsetsLocateEachSentenceAndItsParagraph() {
        String text = "First one. Second one.\n\nThird\nline.";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences)
                .extracting(Sentence::start, Sentence::end, Sentence::paragraphStart)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 10, 0),
                        org.assertj.core.groups.Tuple.tuple(11, 22, 0),
                        org.assertj.core.groups.Tuple.tuple(24, 35, 24));
        sentences.forEach(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(sentences.get(1).contains(11)).isTrue();
        assertThat(sentences.get(1).contains(22)).isFalse();
    }

    @Test
    void plainTextDropsBoldMarkersBulletsAndLineBreaks() {
        Sentence item = SentenceSplitter.split("- **C1 (Public Policy):** Uruguay's\n  restructuring.")
                .get(0);
        assertThat(item.plainText()).isEqualTo("C1 (Public Policy): Uruguay's restructuring.");
    }

    @Test
    void emptyOrBlankTextHasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\n \n")).isEmpty();
    }
}
