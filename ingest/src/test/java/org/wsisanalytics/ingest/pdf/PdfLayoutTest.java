package org.wsisanalytics.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The layout rules on small pages built by hand: each word 0.5 font sizes per character wide, one space
 * 0.28 font sizes; x and y in points, y growing down the page.
 */
class PdfLayoutTest {

    private static final float BODY = 10;

    @Test
    void writesContentsEntriesWithTheirPageNumberAfterATabAndJoinsAWrappedEntry() {
        List<PdfLine> page = new ArrayList<>();
        page.add(line(1, 60, 72, 14, true, "Contents"));
        page.add(row(1, 90, BODY, cell(72, "Introduction"), cell(520, "3")));
        page.add(line(
                1, 102, 72, BODY, false, "Leaders TalkX: Forging partnerships for purpose: advancing the digital"));
        page.add(row(1, 114, BODY, cell(72, "for development landscape"), cell(520, "8")));
        // The entry runs up to its page number, one space away, which lines up with the numbers around it.
        page.add(lineEndingAt(
                1, 126, 525, BODY, "Leaders TalkX: a long title that runs right up to its page number 11"));
        page.add(row(1, 138, BODY, cell(72, "Leaders TalkX: Click to govern"), cell(515, "34")));
        page.add(line(
                1, 170, 72, BODY, false, "The body text of the page starts here and goes on for a while, as usual."));

        List<String> lines = PdfLayout.lines(pages(page, body(2), body(3)));

        assertThat(lines.subList(0, 7))
                .containsExactly(
                        "# Contents",
                        "",
                        "Introduction\t3",
                        "Leaders TalkX: Forging partnerships for purpose: advancing the digital for development landscape\t8",
                        "Leaders TalkX: a long title that runs right up to its page number\t11",
                        "Leaders TalkX: Click to govern\t34",
                        "");
    }

    @Test
    void rebuildsTableCellsThatWrapAndAddressesSplitAcrossLines() {
        List<PdfLine> page = new ArrayList<>();
        page.add(row(1, 100, 9, cell(72, "Session"), cell(180, "Name"), cell(260, "Title"), cell(324, "Organization")));
        page.add(row(
                1,
                114,
                9,
                cell(72, "Forging partnerships"),
                cell(180, "Ms. Amrita"),
                cell(260, "Director"),
                cell(324, "CCAOI")));
        // A narrow column breaks a word before its last letter.
        page.add(row(1, 124, 9, cell(72, "for purpose"), cell(180, "Choudhury"), cell(260, "Coordinatio")));
        page.add(row(1, 134, 9, cell(72, "https://www.itu.int/"), cell(260, "n")));
        page.add(row(1, 144, 9, cell(72, "net4/wsis/forum/")));
        page.add(row(1, 154, 9, cell(72, "2025/Agenda/")));
        page.add(row(1, 164, 9, cell(72, "Session/378")));
        // The title column's text fills it: the next column's text is one space away.
        page.add(row(
                1,
                178,
                9,
                cell(72, "Click to govern"),
                cell(180, "Ms. Yuhua"),
                cell(260, "Senior Advisor"),
                cell(324, "Institute of")));
        page.add(row(1, 188, 9, cell(72, "https://www.itu.int/"), cell(180, "Zheng"), cell(260, "Internet")));
        List<PdfLine> next = new ArrayList<>();
        // The row goes on at the top of the next page.
        next.add(row(2, 60, 9, cell(72, "net4/wsis/forum/2025/"), cell(324, "Electronics")));
        next.add(row(2, 70, 9, cell(72, "Agenda/Session/436")));
        next.add(row(
                2,
                84,
                9,
                cell(72, "Local to global"),
                cell(180, "Ms. Caroline"),
                cell(260, "Director"),
                cell(324, "Fondation")));
        next.add(line(
                2, 130, 72, BODY, false, "The body text of the page starts here and goes on for a while, as usual."));

        List<String> lines = PdfLayout.lines(pages(page, next, body(3)));

        assertThat(lines.subList(0, 4))
                .containsExactly(
                        "Session\tName\tTitle\tOrganization",
                        "Forging partnerships for purpose https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378"
                                + "\tMs. Amrita Choudhury\tDirector Coordination\tCCAOI",
                        "Click to govern https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/436\tMs. Yuhua Zheng"
                                + "\tSenior Advisor Internet\tInstitute of Electronics",
                        "Local to global\tMs. Caroline\tDirector\tFondation");
    }

    @Test
    void findsColumnsUnderCentredHeadersOverAnEmptyColumn() {
        List<PdfLine> page = new ArrayList<>();
        page.add(row(1, 100, 9, cell(100, "Session"), cell(175, "Photo"), cell(225, "Name")));
        page.add(row(1, 114, 9, cell(72, "Forging partnerships"), cell(207, "Ms. Amrita")));
        page.add(row(1, 124, 9, cell(72, "for purpose"), cell(207, "Choudhury")));
        page.add(row(1, 134, 9, cell(72, "advancing")));
        page.add(row(1, 148, 9, cell(72, "Click to govern"), cell(207, "Ms. Yuhua")));
        page.add(row(1, 158, 9, cell(72, "inclusive"), cell(207, "Zheng")));
        page.add(line(
                1, 180, 72, BODY, false, "The body text of the page starts here and goes on for a while, as usual."));

        List<String> lines = PdfLayout.lines(pages(page, body(2), body(3)));

        assertThat(lines.subList(0, 3))
                .containsExactly(
                        "Session\tPhoto\tName",
                        "Forging partnerships for purpose advancing\t\tMs. Amrita Choudhury",
                        "Click to govern inclusive\t\tMs. Yuhua Zheng");
    }

    @Test
    void ranksHeadingsBySizeAndTakesBoldBodyLinesAsTheLevelBelow() {
        List<PdfLine> cover = List.of(
                line(1, 200, 72, 28, true, "Annual Review"), line(1, 300, 72, 16, true, "Part One"), body(1).get(0));
        List<PdfLine> second = List.of(
                line(2, 60, 72, 16, true, "Part Two"),
                line(2, 90, 72, BODY, true, "Key issues"),
                line(2, 102, 72, BODY, false, "The panel discussed the issues at length and agreed on them."),
                line(2, 130, 72, BODY, false, "A short line."));
        // A bold lead-in is not a heading: the line is not bold as a whole.
        List<PdfLine> third = List.of(new PdfLine(
                3,
                List.of(
                        new PdfWord("Access:", 72, 107, 60, BODY, null, true),
                        new PdfWord("the", 110, 125, 60, BODY, null, false),
                        new PdfWord("panel", 128, 153, 60, BODY, null, false))));

        List<String> lines = PdfLayout.lines(List.of(cover, second, third));

        assertThat(lines)
                .containsSubsequence(
                        "# Annual Review",
                        "## Part One",
                        "## Part Two",
                        "### Key issues",
                        "The panel discussed the issues at length and agreed on them.",
                        "Access: the panel");
    }

    @Test
    void keepsATitleThatWrapsAtADashTogether() {
        List<PdfLine> page = List.of(
                line(1, 60, 72, 14, true, "Leaders TalkX: ICT Applications to Unlock the Full Potential of Digital"),
                line(1, 77, 72, 14, true, "– Part I"),
                body(1).get(0));

        List<String> lines = PdfLayout.lines(List.of(page, body(2)));

        assertThat(lines.get(0))
                .isEqualTo("# Leaders TalkX: ICT Applications to Unlock the Full Potential of Digital – Part I");
    }

    @Test
    void aLineBrokenByHandEndsItsParagraphWithoutAGap() {
        List<PdfLine> page = new ArrayList<>(List.of(
                line(1, 60, 72, BODY, false, "Organized by: ITU"),
                line(1, 72, 72, BODY, false, "Session 412"),
                line(1, 84, 72, BODY, false, "The session compared the cities that measure meaningful connectivity")));
        page.addAll(body(1));

        List<String> lines = PdfLayout.lines(List.of(page, body(2)));

        assertThat(lines.subList(0, 5))
                .containsExactly(
                        "Organized by: ITU",
                        "",
                        "Session 412",
                        "",
                        "The session compared the cities that measure meaningful connectivity");
    }

    private static List<List<PdfLine>> pages(List<PdfLine> first, List<PdfLine> second, List<PdfLine> third) {
        return List.of(first, second, third);
    }

    /** Body text, so that the body size is {@value #BODY} points. */
    private static List<PdfLine> body(int page) {
        List<PdfLine> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add(line(
                    page,
                    400 + 12 * i,
                    72,
                    BODY,
                    false,
                    "Body text that fills the line from the left margin to the right margin of page " + page + " now"));
        }
        lines.add(line(page, 472, 72, BODY, false, "and ends here."));
        return lines;
    }

    private record Cell(float x, String text) {}

    private static Cell cell(float x, String text) {
        return new Cell(x, text);
    }

    private static PdfLine row(int page, float y, float size, Cell... cells) {
        List<PdfWord> words = new ArrayList<>();
        for (Cell cell : cells) {
            words.addAll(words(cell.x(), y, size, false, cell.text()));
        }
        return new PdfLine(page, words);
    }

    private static PdfLine lineEndingAt(int page, float y, float xEnd, float size, String text) {
        float width = words(0, y, size, false, text).stream().map(PdfWord::xEnd).reduce(0f, Math::max);
        return new PdfLine(page, words(xEnd - width, y, size, false, text));
    }

    private static PdfLine line(int page, float y, float x, float size, boolean bold, String text) {
        return new PdfLine(page, words(x, y, size, bold, text));
    }

    private static List<PdfWord> words(float x, float y, float size, boolean bold, String text) {
        List<PdfWord> words = new ArrayList<>();
        float at = x;
        for (String word : text.split(" ")) {
            float width = 0.5f * size * word.length();
            words.add(new PdfWord(word, at, at + width, y, size, null, bold));
            at += width + 0.28f * size;
        }
        return words;
    }
}
