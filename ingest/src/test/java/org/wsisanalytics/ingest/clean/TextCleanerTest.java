package org.wsisanalytics.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static final String HEADER =
            "WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators";

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void removesALineRepeatedAtPageBoundariesButKeepsRecurringSectionHeadings() {
        String raw = String.join(
                "\n",
                HEADER,
                "",
                "Opportunities",
                "",
                "First page text.",
                "",
                "",
                "",
                HEADER,
                "",
                "Opportunities",
                "",
                "Second page text.",
                "",
                "",
                "",
                HEADER,
                "",
                "Opportunities",
                "",
                "Third page text.");

        CleanText clean = cleaner.clean(raw);

        assertThat(clean.runningHeaders()).containsExactly(HEADER);
        assertThat(nonBlank(clean))
                .containsExactly(
                        "Opportunities",
                        "First page text.",
                        "Opportunities",
                        "Second page text.",
                        "Opportunities",
                        "Third page text.");
    }

    @Test
    void aLineRepeatedOnlyInsidePagesIsNotAHeader() {
        String raw = String.join(
                "\n",
                "Intro.",
                "",
                "Key challenges",
                "",
                "Text.",
                "",
                "Key challenges",
                "",
                "More.",
                "",
                "Key challenges",
                "",
                "End.");

        assertThat(cleaner.clean(raw).runningHeaders()).isEmpty();
    }

    @Test
    void formFeedMarksAPageBoundary() {
        String raw = "Running title\nOne.\fRunning title\nTwo.\fRunning title\nThree.";

        CleanText clean = cleaner.clean(raw);

        assertThat(clean.runningHeaders()).containsExactly("Running title");
        assertThat(nonBlank(clean)).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void removesDraftWatermarkLines() {
        CleanText clean = cleaner.clean("Last sentence.\n\nDRAFT\n\nNext paragraph mentions the DRAFT text.");

        assertThat(nonBlank(clean)).containsExactly("Last sentence.", "Next paragraph mentions the DRAFT text.");
    }

    @Test
    void stripsHtmlTagsAndBoldMarkersButKeepsWordsAndAutolinks() {
        String raw =
                "<p>Moral pixels: painting an ethical landscape</p> <p>https://www.itu.int/x/431</p>\t\t<p>Ms. A</p>\n"
                        + "<i>Introduction</i>\t<i>3</i>\n"
                        + "- **Infrastructure Expansion:** Countries like Russia\n"
                        + "A list is available: <https://www.itu.int/net4/wsis/forum/2025/HighLevel>";

        List<String> lines = nonBlank(cleaner.clean(raw));

        assertThat(lines)
                .containsExactly(
                        "Moral pixels: painting an ethical landscape https://www.itu.int/x/431\t\tMs. A",
                        "Introduction\t3",
                        "- Infrastructure Expansion: Countries like Russia",
                        "A list is available: <https://www.itu.int/net4/wsis/forum/2025/HighLevel>");
    }

    @Test
    void boldSpanningTwoLinesLosesBothMarkers() {
        assertThat(nonBlank(cleaner.clean("**High-Level Track Facilitators\nSession Summaries**")))
                .containsExactly("High-Level Track Facilitators", "Session Summaries");
    }

    @Test
    void joinsAParagraphThatAPageBreakCutMidSentence() {
        String raw = String.join(
                "\n",
                HEADER,
                "",
                "Andorra's Centre that aims to build digital",
                "",
                "",
                "",
                HEADER,
                "",
                "inclusion by strengthening capacities.",
                "",
                "Key challenges",
                "",
                "",
                "",
                HEADER,
                "",
                "Text.");

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly(
                        "Andorra's Centre that aims to build digital inclusion by strengthening capacities.",
                        "Key challenges",
                        "Text.");
    }

    @Test
    void doesNotJoinAcrossAPageBreakAfterACompleteSentence() {
        String raw = "First page ends here.\n\n\n\nlower-case start of a new paragraph.";

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly("First page ends here.", "lower-case start of a new paragraph.");
    }

    @Test
    void treatsNoBreakSpaceLinesAsBlankAndNormalisesLineEndings() {
        CleanText clean = cleaner.clean("One\r\n\u00A0\r\nTwo\rThree");

        assertThat(clean.lines()).containsExactly("One", "", "Two", "Three");
    }

    @Test
    void removesSoftHyphensInsideWordsAndShowsOneAtALineEndAsAHyphen() {
        CleanText clean = cleaner.clean(
                "Execu\u00ADtive Summary by Ms. Jane Doe\n\nThe infra\u00AD\nstructure of Action Line C2.");

        assertThat(clean.lines())
                .containsExactly("Executive Summary by Ms. Jane Doe", "", "The infra-", "structure of Action Line C2.");
    }

    @Test
    void removesABrowsersPrintFooterWhoseAddressStandsAboveThePageCount() {
        // pdftotext of a page printed by a browser: date and title on top; the file's address, then "n/N", below.
        StringBuilder raw = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            raw.append("12/5/26, 9:13 AM\n\nWSIS+20 High-Level Event 2025: Summaries from the Facilitators\n\n")
                    .append("Leaders TalkX: Towards a safer connected world: collaborative strategies\n")
                    .append("file:///tmp/out/summaries.html\n\n")
                    .append(page)
                    .append("/3\n\n\f");
        }

        assertThat(nonBlank(cleaner.clean(raw.toString())))
                .containsOnly(
                        "WSIS+20 High-Level Event 2025: Summaries from the Facilitators",
                        "Leaders TalkX: Towards a safer connected world: collaborative strategies");
    }

    @Test
    void removesAFooterWhosePageNumberALayoutConversionSetsOnTheSameLine() {
        // pdftotext -layout: the browser's footer cells, address and "n/N", on one line far apart.
        StringBuilder raw = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            raw.append("\f12/5/26, 9:13 AM            WSIS+20 High-Level Event 2025: Summaries\n\n\n")
                    .append("Leaders TalkX: Partnership pivot, part ")
                    .append(page)
                    .append("\nfile:///tmp/out/summaries.html                                      ")
                    .append(page)
                    .append("/3\n");
        }

        assertThat(nonBlank(cleaner.clean(raw.toString())))
                .containsExactly(
                        "Leaders TalkX: Partnership pivot, part 1",
                        "Leaders TalkX: Partnership pivot, part 2",
                        "Leaders TalkX: Partnership pivot, part 3");
    }

    @Test
    void removesAFooterEndingInAPageNumberThatSaysItIsOne() {
        // pdftotext -raw: the footer's cells one space apart; "Page n of N" and "n/N" say they are page numbers.
        StringBuilder raw = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            raw.append("\fE/CN.16/2025/CRP.2 Page ")
                    .append(page)
                    .append(" of 3\nThe session on partnerships, part ")
                    .append(page)
                    .append("\nfile:///tmp/out/summaries.html ")
                    .append(page)
                    .append("/3\n");
        }

        assertThat(nonBlank(cleaner.clean(raw.toString())))
                .containsExactly(
                        "The session on partnerships, part 1",
                        "The session on partnerships, part 2",
                        "The session on partnerships, part 3");
    }

    @Test
    void removesAHeaderEndingInAPageNumberWherePagesMeetEvenOnTwoPages() {
        String raw = "E/CN.16/2025/CRP.2 Page 1 of 2\nNote by the secretariat\nSeveral contributions from the\n"
                + "\fE/CN.16/2025/CRP.2 Page 2 of 2\nEuropean Union focused on platforms.\n"
                + "The header E/CN.16/2025/CRP.2 Page 2 of 2 is quoted here.\n"
                + "The motion passed 12/15\n";

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly(
                        "Note by the secretariat",
                        "Several contributions from the",
                        "European Union focused on platforms.",
                        "The header E/CN.16/2025/CRP.2 Page 2 of 2 is quoted here.",
                        "The motion passed 12/15");
    }

    @Test
    void removesPageNumberLinesAndJoinsTheParagraphTheyCut() {
        String raw = String.join(
                "\n",
                "The review looked at digital",
                "",
                "- 1/9 -",
                "",
                "inclusion in rural areas.",
                "",
                "Page 3 of 12",
                "Next paragraph.",
                "3 / 12",
                "",
                "– 4 –",
                "[5]",
                "Last paragraph.");

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly(
                        "The review looked at digital inclusion in rural areas.", "Next paragraph.", "Last paragraph.");
    }

    @Test
    void removesABareNumberOnlyWherePagesMeet() {
        String raw = String.join(
                "\n",
                "First page ends.",
                "",
                "",
                "7",
                "",
                "",
                "Second page.",
                "",
                "Participants",
                "",
                "42",
                "",
                "were counted.",
                "",
                "2025");

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly("First page ends.", "Second page.", "Participants", "42", "were counted.", "2025");
    }

    @Test
    void joinsLetterSpacedTitlesAndRemovesGluedFootnoteNumbers() {
        String raw = "W o r l d  S u m m i t  o n  t h e  I n f o r m a t i o n  S o c i e t y\n\n"
                + "The Summit (WSIS)1 set out Action Lines C1 to C11 for the Society.2 The G20 noted governance3, and COVID-19.";

        assertThat(nonBlank(cleaner.clean(raw)))
                .containsExactly(
                        "World Summit on the Information Society",
                        "The Summit (WSIS) set out Action Lines C1 to C11 for the Society. The G20 noted governance, and COVID-19.");
    }

    @Test
    void keepsHardWrappedLinesAsTheyAre() {
        String raw = String.join(
                "\n",
                "The Leaders TalkX on infrastructure brought together ministers, regulators",
                "and operators from Costa Rica, Türkiye and Rwanda. They agreed that universal",
                "access needs both networks and skills (C2, C4).",
                "",
                "A second paragraph, also cut at about seventy characters, follows after a",
                "single blank line and ends here.");

        assertThat(cleaner.clean(raw).lines()).containsExactly(raw.split("\n", -1));
    }

    private static List<String> nonBlank(CleanText clean) {
        return clean.lines().stream().filter(line -> !line.isBlank()).toList();
    }
}
