package org.wsisanalytics.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageMarkersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "- 1/9 -",
                "Page 3 of 12",
                "page 3",
                "PAGE 3",
                "3 / 12",
                "– 4 –",
                "— 4 —",
                "[5]",
                "p. 7",
                "Page 3/12",
                "  - 12 -  ",
                "Seite 3 von 12",
                "Página 3 de 12",
                "12 of 40",
                "Page 2025"
            })
    void takesMarkedPageNumbersAnywhere(String line) {
        assertThat(PageMarkers.isMarked(line)).isTrue();
        assertThat(PageMarkers.isPageNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "(7)", "  40 "})
    void takesABareNumberOnlyForAPageNumberNotForAMarkedOne(String line) {
        assertThat(PageMarkers.isPageNumber(line)).isTrue();
        assertThat(PageMarkers.isMarked(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025",
                "[2025]",
                "- 2025 -",
                "24/7",
                "2025/26",
                "13 of 12",
                "0 / 12",
                "C1",
                "G20",
                "1.",
                "1)",
                "- 7",
                "(7",
                "Page 3 of 12 shows the figures",
                "see page 3",
                "3.5",
                "Introduction\t3",
                "5G",
                "12345",
                ""
            })
    void leavesYearsRatiosCodesListMarkersAndProseAlone(String line) {
        assertThat(PageMarkers.isPageNumber(line)).isFalse();
    }
}
