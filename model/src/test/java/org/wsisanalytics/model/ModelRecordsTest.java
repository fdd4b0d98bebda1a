package org.wsisanalytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void wordsAreRunsOfLettersAndDigitsKeepingApostrophesAndHyphens() {
        assertThat(WordCount.of("Costa Rica’s 5G roll-out, 2.6 billion people!")).isEqualTo(8);
        assertThat(WordCount.of("  ")).isZero();
        assertThat(WordCount.of("Stępińska-Ustasiak")).isEqualTo(1);
    }

    @Test
    void sessionWordsAddUpItsSections() {
        Session session = new Session("doc.txt", 1, "378", "Title", null, null, null, List.of(
                new Section("Introduction", SectionType.INTRODUCTION, "one two three"),
                new Section("Links", SectionType.ACTION_LINE_LINKS, "C1, C3")));
        assertThat(session.words()).isEqualTo(5);
        assertThat(session.key()).isEqualTo(new SessionKey("doc.txt", 1));
    }

    @Test
    void sessionsAreNumberedFromOneInTheirDocument() {
        DocumentSource source = new DocumentSource("doc.txt", "/in/doc.txt", SHA, 10);
        Session second = new Session("doc.txt", 2, null, "Title", null, null, null, List.of());
        assertThatThrownBy(() -> new ParsedDocument(source, null, List.of(), List.of(second), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session 1 of 'doc.txt'");
    }

    @Test
    void listsHandedInAreCopied() {
        List<Section> sections = new ArrayList<>();
        Session session = new Session("doc.txt", 1, null, "Title", null, null, null, sections);
        sections.add(new Section("h", SectionType.OTHER, "text"));
        assertThat(session.sections()).isEmpty();
        assertThatThrownBy(() -> session.sections().add(new Section("h", SectionType.OTHER, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void actionLineCodesRunFromC1ToC11() {
        assertThat(ActionLine.isCode("C1")).isTrue();
        assertThat(ActionLine.isCode("C11")).isTrue();
        assertThat(ActionLine.isCode("C12")).isFalse();
        assertThat(ActionLine.isCode("C0")).isFalse();
        assertThatThrownBy(() -> new ActionLine("C3", 4, "Capacity building"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mentionsNeedARealSpanAndCode() {
        SessionKey key = new SessionKey("doc.txt", 1);
        assertThatThrownBy(() -> new ActionLineMention(key, "C12", "C12", "", false, "C12.", 0, 3))
                .hasMessageContaining("C12");
        assertThatThrownBy(() -> new ActionLineMention(key, "C2", "C2", "", false, "C2.", 3, 3))
                .hasMessageContaining("end 3");
    }

    @Test
    void documentSourceNeedsAFullHexHash() {
        assertThat(new DocumentSource("d", "/d", SHA.toUpperCase(), 1).sha256()).isEqualTo(SHA);
        assertThatThrownBy(() -> new DocumentSource("d", "/d", "abc", 1)).hasMessageContaining("64 hex");
    }

    @Test
    void rejectReasonsAreOneLine() {
        assertThatThrownBy(() -> new Reject("x.pdf", "first\nsecond")).hasMessageContaining("one line");
    }
}
