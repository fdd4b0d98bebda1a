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
        assertThat(WordCount.of("Costa Rica’s 5G roll-out, 2.6 billion people!"))
                .isEqualTo(8);
        assertThat(WordCount.of("  ")).isZero();
        assertThat(WordCount.of("Stępińska-Ustasiak")).isEqualTo(1);
    }

    @Test
    void sessionWordsAddUpItsSections() {
        Session session = new Session(
                "doc.txt",
                1,
                "378",
                "Title",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(
                        new Section("Introduction", SectionType.INTRODUCTION, "one two three"),
                        new Section("Links", SectionType.ACTION_LINE_LINKS, "C1, C3")));
        assertThat(session.words()).isEqualTo(5);
        assertThat(session.key()).isEqualTo(new SessionKey("doc.txt", 1));
    }

    @Test
    void sessionsAreNumberedFromOneInTheirDocument() {
        DocumentSource source = new DocumentSource("doc.txt", "/in/doc.txt", SHA, 10);
        Session second =
                new Session("doc.txt", 2, null, "Title", null, null, null, null, StructureLayer.TEMPLATE, List.of());
        assertThatThrownBy(() -> new ParsedDocument(source, null, List.of(), List.of(second), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session 1 of 'doc.txt'");
    }

    @Test
    void aSessionSaysWhichLayerReadItsDocument() {
        assertThatThrownBy(() -> new Session("doc.txt", 1, null, "Title", null, null, null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("structure");
        Session whole = new Session(
                "notes.txt",
                1,
                null,
                "notes",
                null,
                null,
                null,
                null,
                StructureLayer.WHOLE,
                List.of(new Section("", SectionType.OTHER, "All of it.")));
        assertThat(SessionOutline.of(whole).structure()).isEqualTo(StructureLayer.WHOLE);
    }

    @Test
    void structureLayersAreWrittenAsTheCsvContractSpellsThem() {
        assertThat(StructureLayer.values())
                .extracting(StructureLayer::word)
                .containsExactly("template", "outline", "whole");
        assertThat(StructureLayer.ofWord("outline")).isEqualTo(StructureLayer.OUTLINE);
        assertThat(StructureLayer.WHOLE.description()).isEqualTo("the whole document as one unit");
        // The store and the CSV hold the word, never the constant's name.
        assertThatThrownBy(() -> StructureLayer.ofWord("OUTLINE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown structure layer 'OUTLINE'; expected one of template, outline, whole");
    }

    @Test
    void listsHandedInAreCopied() {
        List<Section> sections = new ArrayList<>();
        Session session =
                new Session("doc.txt", 1, null, "Title", null, null, null, null, StructureLayer.TEMPLATE, sections);
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
