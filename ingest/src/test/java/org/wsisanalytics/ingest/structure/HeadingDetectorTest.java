package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Achievements of 20 years of WSIS",
                "Fresh priorities & Links to WSIS Action Lines",
                "Key Issues discussed: Looking Beyond 2025",
                "The Estonian Experience",
                "Case Example",
                "Key Issues Discussed:",
                "COUNTRIES REPORT SIGNIFICANT ACHIEVEMENTS DRIVEN BY WSIS VALUES AND ACTION LINES",
                "SESSION GATHERS GLOBAL LEADERS TO REFLECT ON TWENTY YEARS OF WSIS AND SHAPE A PEOPLE-CENTRED DIGITAL FUTURE",
                "Key Recommendations and Forward-Looking Action Plan for the WSIS+20 Review and Beyond"
            })
    void aShortLineFollowedByAParagraphIsAHeading(String line) {
        assertThat(HeadingDetector.detect(Blocks.of(line, "A paragraph that follows it, ending in a full stop.")))
                .containsExactly(true, false);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Multi-stakeholder cooperation has been essential to help securing our digital future.",
                "How do we work together to ensure a safe and open online experience?",
                "Panellists called for:",
                "Mixed achievements:",
                "Action Line C10 (Ethical Dimensions of the Information Society) was addressed by all speakers",
                "lower-case start of a sentence without a full stop",
                "A list is available: https://www.itu.int/net4/wsis/forum/2025/HighLevel"
            })
    void sentencesLeadInsAndLongLinesAreNotHeadings(String line) {
        assertThat(HeadingDetector.detect(Blocks.of(line, "A paragraph that follows it.")))
                .containsExactly(false, false);
    }

    @Test
    void aRunOfShortUnpunctuatedLinesIsAListNotHeadingsAndOnlyItsLastSuccessorCounts() {
        List<Block> blocks = Blocks.of(
                "This session linked to 10 out of the 11 WSIS action lines:",
                "Action Line 6: Enabling Environment",
                "Action Line 7: ICT Applications",
                "Action Line 11: International and Regional Cooperation",
                "Vision for WSIS 2025 and Beyond",
                "Making sure that these case studies are loaded into the main WSIS database.");

        assertThat(HeadingDetector.detect(blocks)).containsExactly(false, false, false, false, true, false);
    }

    @Test
    void aHeadingMayBeFollowedByAListButNeverEndsTheText() {
        List<Block> blocks = Blocks.of("Fresh priorities", "- Develop AI in low resources languages.", "Trailing line");

        assertThat(HeadingDetector.detect(blocks)).containsExactly(true, false, false);
    }

    @Test
    void listItemsAreNeverHeadingsButMarkdownHeadingsAlwaysAre() {
        List<Block> blocks =
                Blocks.of("a. Multistakeholder governance and collaboration:", "# Case Examples", "# Vision");

        assertThat(HeadingDetector.detect(blocks)).containsExactly(false, true, true);
    }
}
