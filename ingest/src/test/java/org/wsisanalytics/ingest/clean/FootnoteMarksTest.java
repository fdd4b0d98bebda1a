package org.wsisanalytics.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FootnoteMarksTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "the World Summit on the Information Society (WSIS)1 was held  | the World Summit on the Information Society (WSIS) was held",
                "for the Information Society.2 The review began                | for the Information Society. The review began",
                "digital governance3, data and trust                           | digital governance, data and trust",
                "universal access,4 and affordable devices                     | universal access, and affordable devices",
                "the Information Society¹² in Geneva                           | the Information Society in Geneva",
                "as the \"Tunis Agenda\"12 says                                | as the \"Tunis Agenda\" says",
                "towards inclusion.17                                          | towards inclusion.",
                "(resilience)3.                                                | (resilience).",
                "Governance3 and trust                                         | Governance and trust",
            })
    void removesNumbersGluedToWordsWhereFootnoteMarksSit(String line, String expected) {
        assertThat(FootnoteMarks.strip(line.strip())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Action Lines C1, C3 and C11 (C7) were linked.",
                "Sub-lines C7.2 and C11.2 are codes, not notes.",
                "The G20 and SDG4 goals, 5G networks and H2 production.",
                "COVID-19 and covid19 and Covid19 slowed Web3 projects.",
                "ISO 27001 certification in 2025, since 2003.",
                "With more than 2.6 billion people offline; 17,000+ graduates.",
                "The Leaders TalkX2, with a focus on IPv6 and ipv6.",
                "See No.2 and Fig.3 in Vol.12, Art.5 and para.3.",
                "A park of 100 km² or 40m² and 10⁶ users.",
                "Details: https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378 and <https://www.itu.int/x/page2.>",
                "Write to wsis2025@itu.int or see A/RES/70/125.",
                "Office365, Windows11 and Agenda2030 are names.",
                "Introduction.........3",
                "Leaders TalkX: Click to govern\t34",
                "Part I and Part II, 7 — 11 July 2025",
            })
    void keepsCodesYearsDecimalsAbbreviationsExponentsAndAddresses(String line) {
        assertThat(FootnoteMarks.strip(line)).isEqualTo(line);
    }

    @Test
    void keepsTheWhitespaceAroundTokensAndANoBreakSpaceInsideOne() {
        assertThat(FootnoteMarks.strip("  digital governance3,\tdata  and trust.17 \r"))
                .isEqualTo("  digital governance,\tdata  and trust. \r");
        // A no-break space is no token boundary: "no-break\u00a0governance3," is one token, which no rule matches.
        assertThat(FootnoteMarks.strip("a no-break\u00a0governance3, and access,4 here"))
                .isEqualTo("a no-break\u00a0governance3, and access, here");
        assertThat(FootnoteMarks.stripSuperscripts(" Society¹²\tand 10⁶ users 3 "))
                .isEqualTo(" Society\tand 10⁶ users 3 ");
    }
}
