package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.SectionType;

class RunInLabelTest {

    private final SectionClassifier classifier = SectionClassifier.bundled();

    @Test
    void cutsAParagraphAtASentenceInitialLinksLabel() {
        String paragraph = "For developing countries, this can help to reduce the technological divide. Links to WSIS"
                + " Action Lines: the discussions highlighted alignment to several WSIS Action Lines such as C1, C3, C4, C5, C7.";

        assertThat(RunInLabel.find(paragraph, classifier, SectionType.ACTION_LINE_LINKS))
                .contains(
                        new RunInLabel(
                                "For developing countries, this can help to reduce the technological divide.",
                                "Links to WSIS Action Lines",
                                "the discussions highlighted alignment to several WSIS Action Lines such as C1, C3, C4, C5, C7."));
    }

    @Test
    void aLabelAtTheStartLeavesNothingBefore() {
        assertThat(RunInLabel.find(
                        "Links to the WSIS Action Lines: C2, C11.", classifier, SectionType.ACTION_LINE_LINKS))
                .contains(new RunInLabel("", "Links to the WSIS Action Lines", "C2, C11."));
    }

    @Test
    void ignoresOtherLabelsAndMentionsInsideASentence() {
        assertThat(RunInLabel.find(
                        "Key achievements: (a) Reinforced relevance of the WSIS Action Lines.",
                        classifier,
                        SectionType.ACTION_LINE_LINKS))
                .isEmpty();
        assertThat(RunInLabel.find(
                        "This session has strong links to WSIS Action Lines: C1 and C3.",
                        classifier,
                        SectionType.ACTION_LINE_LINKS))
                .isEmpty();
        assertThat(RunInLabel.find(
                        "Action Line C1: Common standards for digital public goods.",
                        classifier,
                        SectionType.ACTION_LINE_LINKS))
                .isEmpty();
    }
}
