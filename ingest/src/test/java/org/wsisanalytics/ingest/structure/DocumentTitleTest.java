package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.clean.CleanText;

class DocumentTitleTest {

    private static String title(List<String> headers, String... paragraphs) {
        return DocumentTitle.of(new CleanText(List.of(), headers), Blocks.of(paragraphs));
    }

    @Test
    void aRunningHeaderIsTheTitleWithoutABrowsersPrintDate() {
        assertThat(title(List.of("12/5/26, 9:13 AM WSIS+20 High-Level Event 2025: Summaries"), "Text."))
                .isEqualTo("WSIS+20 High-Level Event 2025: Summaries");
    }

    @Test
    void aTaglineOrASymbolInTheHeaderIsPassedOver() {
        assertThat(title(
                        List.of("Innovate | Discuss | Share", "E/CN.16/2025/CRP.2"),
                        "# Regional progress note",
                        "Text."))
                .isEqualTo("Regional progress note");
    }

    @Test
    void theFurnitureOfAnOfficialDocumentIsNoTitle() {
        assertThat(title(
                        List.of(),
                        "United Nations                    A/C.2/80/L.31",
                        "General Assembly",
                        "Distr.: Limited",
                        "4 November 2025",
                        "Original: English",
                        "Eightieth session",
                        "Agenda item 16",
                        "Information and communications technologies for sustainable development",
                        "The General Assembly,"))
                .isEqualTo("Information and communications technologies for sustainable development");
    }

    @Test
    void aCentredTitleBrokenAfterAnOpenWordGoesOnInTheNextLine() {
        assertThat(title(
                        List.of(),
                        "Document ALC2/25/03-E",
                        "14 June 2025",
                        "Consultation on implementing WSIS outcomes related to",
                        "Action Line C2 (Information and communication infrastructure)",
                        "1 The consultation met."))
                .isEqualTo("Consultation on implementing WSIS outcomes related to Action Line C2 (Information and"
                        + " communication infrastructure)");
    }

    @Test
    void aLongTitleMayNameADateAShortDateLineIsNoTitle() {
        assertThat(title(List.of(), "7 — 11 July 2025", "WSIS Forum 2025 Agenda: Tuesday, 8 July 2025", "Text."))
                .isEqualTo("WSIS Forum 2025 Agenda: Tuesday, 8 July 2025");
    }

    @Test
    void aSentenceIsNeverTheTitle() {
        assertThat(title(
                        List.of(),
                        "European Union and its member States focused on rules for online platforms.",
                        "Another sentence of the body."))
                .isNull();
    }
}
