package org.wsisanalytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextLocationTest {

    @Test
    void labelsAreWhatACitationWrites() {
        assertThat(TextLocation.page(36).label()).isEqualTo("p. 36");
        assertThat(TextLocation.page(35).through(TextLocation.page(36)).label()).isEqualTo("pp. 35–36");
        assertThat(TextLocation.paragraph(455).label()).isEqualTo("para. 455");
        assertThat(new TextLocation(TextLocation.Unit.PARAGRAPH, 3, 5).label()).isEqualTo("paras. 3–5");
        assertThat(TextLocation.line(840).label()).isEqualTo("line 840");
        assertThat(TextLocation.lines(2061, 2063).label()).isEqualTo("lines 2061–2063");
        assertThat(TextLocation.labelOf(null)).isEmpty();
    }

    @Test
    void aLabelParsesBackToItsLocation() {
        for (TextLocation location : List.of(
                TextLocation.page(1),
                TextLocation.page(35).through(TextLocation.page(37)),
                TextLocation.paragraph(455),
                TextLocation.lines(2061, 2063),
                TextLocation.line(840))) {
            assertThat(TextLocation.parse(location.label())).isEqualTo(location);
        }
        assertThat(TextLocation.parse(null)).isNull();
        assertThatThrownBy(() -> TextLocation.parse("page 3")).hasMessage("not a text location: 'page 3'");
        assertThatThrownBy(() -> TextLocation.page(2).through(TextLocation.line(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSectionLocatesATextRunByTheAnchorsItOverlaps() {
        Section section = new Section(
                "Intro",
                SectionType.INTRODUCTION,
                "First on 35. Runs on to 36. Only 36.",
                List.of(new TextAnchor(0, TextLocation.page(35)), new TextAnchor(16, TextLocation.page(36))));

        assertThat(section.location(0, 12)).hasToString("p. 35");
        assertThat(section.location(13, 27)).hasToString("pp. 35–36");
        assertThat(section.location(28, 36)).hasToString("p. 36");
        assertThat(new Section("Intro", SectionType.INTRODUCTION, "No anchors.").location(0, 3))
                .isNull();
    }

    @Test
    void aTitleIsASectionLocatedWhereTheTitleIs() {
        Session located = new Session(
                "draft.html",
                2,
                null,
                "C3. Access to information and knowledge",
                TextLocation.line(11),
                null,
                null,
                null,
                null,
                StructureLayer.OUTLINE,
                List.of());

        Section title = located.titleAsSection();

        assertThat(title.heading()).isEqualTo("C3. Access to information and knowledge");
        assertThat(title.text()).isEqualTo(title.heading());
        assertThat(title.headingLocation()).isEqualTo(TextLocation.line(11));
        assertThat(title.location(0, 2)).isEqualTo(TextLocation.line(11));
        Session unlocated =
                new Session("notes.txt", 1, null, "notes", null, null, null, null, StructureLayer.WHOLE, List.of());
        assertThat(unlocated.titleLocation()).isNull();
        assertThat(unlocated.titleAsSection().location(0, 5)).isNull();
    }
}
