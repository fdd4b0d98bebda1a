package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleMatcherTest {

    @Test
    void slightlyDifferentWordingStillScoresAsTheSameTitle() {
        assertThat(TitleSimilarity.score(
                        "Future Ready: Enhancing Skills for a Digital Tomorrow",
                        "Future-ready: enhancing skills for a digital tomorrow"))
                .isEqualTo(1.0);
        assertThat(TitleSimilarity.score(
                        "Building inclusive & knowledge-driven digital societies",
                        "Building inclusive and knowledge-driven digital societies"))
                .isEqualTo(1.0);
        assertThat(TitleSimilarity.score(
                        "ICT Applications to Unlock the Full Potential of Digital – Part I",
                        "ICT application to unlock the full potential of digital - Part I"))
                .isEqualTo(1.0);
    }

    @Test
    void differentPartsNeverMatchHoweverAlikeTheRestIs() {
        assertThat(TitleSimilarity.score(
                        "ICT Applications to Unlock the Full Potential of Digital – Part I",
                        "ICT application to unlock the full potential of digital – Part II"))
                .isZero();
        assertThat(TitleSimilarity.score("Digital skills – Part 2", "Digital skills - Part II"))
                .isEqualTo(1.0);
        assertThat(TitleSimilarity.score("Digital skills – Part 2", "Digital skills"))
                .isZero();
    }

    @Test
    void matchesPartsByTheirNumberEvenWhenTheTableListsThemInAnotherOrder() {
        List<String> body = List.of(
                "ICT Applications to Unlock the Full Potential of Digital – Part I",
                "Click to govern: inclusive and efficient e-services",
                "ICT application to unlock the full potential of digital – Part II");
        List<String> table = List.of(
                "ICT application to unlock the full potential of digital – Part II",
                "Click to govern: inclusive and efficient e-services",
                "ICT application to unlock the full potential of digital - Part I");

        assertThat(TitleMatcher.match(body, table)).containsExactly(2, 1, 0);
    }

    @Test
    void unrelatedTitlesStayUnmatchedAndARowIsUsedOnce() {
        List<String> body = List.of(
                "Moral pixels: painting an ethical landscape in the information society",
                "Moral pixels: painting an ethical landscape in the information society",
                "Something else entirely");
        List<String> table = List.of("Moral pixels: painting an ethical landscape in the information society");

        assertThat(TitleMatcher.match(body, table)).containsExactly(0, -1, -1);
    }

    @Test
    void sameWordingIgnoresCasePunctuationAndAmpersandButNotPlurals() {
        assertThat(TitleSimilarity.sameWording("Future Ready: Enhancing Skills", "Future-ready: enhancing skills"))
                .isTrue();
        assertThat(TitleSimilarity.sameWording(
                        "Building inclusive & knowledge-driven", "Building inclusive and knowledge-driven"))
                .isTrue();
        assertThat(TitleSimilarity.sameWording("ICT Applications", "ICT application"))
                .isFalse();
    }
}
