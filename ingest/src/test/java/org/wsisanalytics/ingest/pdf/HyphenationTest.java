package org.wsisanalytics.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void mendsAWordThatTheDocumentWritesWholeElsewhere() {
        Hyphenation hyphenation =
                new Hyphenation(List.of("Roads and infra-", "structure were built.", "The infrastructure fund grew."));

        assertThat(hyphenation.join("Roads and infra-", "structure were built."))
                .isEqualTo("Roads and infrastructure were built.");
    }

    @Test
    void keepsHyphensOfCompoundsAndPrefixes() {
        Hyphenation hyphenation =
                new Hyphenation(List.of("The multi-stakeholder model and", "infra-", "structure; the infrastructure."));

        assertThat(hyphenation.join("a multi-", "stakeholder forum")).isEqualTo("a multi-stakeholder forum");
        assertThat(hyphenation.join("national e-", "government")).isEqualTo("national e-government");
        assertThat(hyphenation.join("the Ghana-", "UAE partnership")).isEqualTo("the Ghana-UAE partnership");
    }

    @Test
    void keepsAnUnknownHyphenWhenTheDocumentShowsNoAutomaticHyphenation() {
        Hyphenation hyphenation = new Hyphenation(List.of("equity and problem-", "solving at the core"));

        assertThat(hyphenation.join("equity and problem-", "solving at the core"))
                .isEqualTo("equity and problem-solving at the core");
    }

    @Test
    void takesOutSoftHyphensAndJoinsUnspacedDashes() {
        Hyphenation hyphenation = new Hyphenation(List.of());

        assertThat(hyphenation.join("connec\u00AD", "tivity")).isEqualTo("connectivity");
        assertThat(hyphenation.join("a shift in mindset—", "from scaling"))
                .isEqualTo("a shift in mindset—from scaling");
        assertThat(hyphenation.join("ordinary", "words")).isEqualTo("ordinary words");
    }

    @Test
    void joinsAWebAddressBrokenAtALineEndWithoutASpace() {
        Hyphenation hyphenation = new Hyphenation(List.of("Forging partnerships", "https://www.itu.int/"));

        assertThat(hyphenation.join("for purpose https://www.itu.int/", "net4/wsis/forum/"))
                .isEqualTo("for purpose https://www.itu.int/net4/wsis/forum/");
        assertThat(hyphenation.join("https://www.itu.int/net4/wsis/forum/2025/Agenda/", "Session/378"))
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378");
        assertThat(hyphenation.join("https://www.itu.int/net4/wsis/forum/2025/Agenda/Sessi", "on"))
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Sessi" + "on");
        assertThat(hyphenation.join("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/", "378"))
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378");
    }

    @Test
    void keepsTheSpaceAfterAnAddressThatEndedBeforeTheLineBreak() {
        Hyphenation hyphenation = new Hyphenation(List.of("See https://www.itu.int/wsis", "for the agenda."));

        assertThat(hyphenation.join("See https://www.itu.int/wsis", "for the agenda."))
                .isEqualTo("See https://www.itu.int/wsis for the agenda.");
        assertThat(hyphenation.join("See https://www.itu.int/wsis", "e.g. the agenda"))
                .isEqualTo("See https://www.itu.int/wsis e.g. the agenda");
        assertThat(hyphenation.join("the forum/", "net4 meeting")).isEqualTo("the forum/ net4 meeting");
    }
}
