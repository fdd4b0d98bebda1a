package org.wsisanalytics.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

/** A section's anchors and its heading's location in one column, and values written before headings were located. */
class AnchorColumnTest {

    @Test
    void theHeadingsLocationLeadsTheAnchorsAndReadsBack() {
        Section section = new Section(
                "The Estonian Experience",
                SectionType.CASE_EXAMPLES,
                "Estonia's e-ID ...",
                List.of(new TextAnchor(0, TextLocation.line(317))),
                TextLocation.line(315));
        String value = AnchorColumn.write(section);
        assertThat(value).isEqualTo("h line 315|0 line 317");
        assertThat(AnchorColumn.section(section.heading(), section.type(), section.text(), value))
                .isEqualTo(section);
        assertThat(AnchorColumn.read(value)).containsExactly(new TextAnchor(0, TextLocation.line(317)));
    }

    @Test
    void aHeadingWithoutTextOrAnOldValueStillReads() {
        assertThat(AnchorColumn.write(new Section("Vision", SectionType.VISION, "", List.of(), TextLocation.page(36))))
                .isEqualTo("h p. 36");
        assertThat(AnchorColumn.heading("h p. 36")).isEqualTo(TextLocation.page(36));
        assertThat(AnchorColumn.read("h p. 36")).isEmpty();
        assertThat(AnchorColumn.heading("0 p. 35|412 p. 36"))
                .as("written before headings were located")
                .isNull();
        assertThat(AnchorColumn.write(new Section("Vision", SectionType.VISION, "text")))
                .isNull();
    }
}
