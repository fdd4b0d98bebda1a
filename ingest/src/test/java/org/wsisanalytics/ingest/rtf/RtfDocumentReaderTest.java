package org.wsisanalytics.ingest.rtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.UnreadableDocumentException;
import org.wsisanalytics.ingest.clean.CleanText;
import org.wsisanalytics.model.TextLocation;

/**
 * {@code word-summary.rtf} is written by hand the way Word writes RTF: a font table with Symbol, Japanese and
 * Cyrillic fonts, a style sheet with "heading 1", "heading 2", Title and styles based on them or carrying an
 * outline level, a page header and a footer with a PAGE field, a contents field of HYPERLINK and PAGEREF fields,
 * bookmarks, a line break, hidden text, a footnote, a comment, a body link, Unicode characters ("u8217" control words)
 * with their fallback bytes, {@code \'hh} bytes in three code pages, a picture as hex and as {@code \bin} data, an embedded
 * object, a text box, {@code \listtext} bullets and numbers, a {@code \trowd} table whose linked cell hides its
 * address, a deleted revision, an "upr" group and the theme and data-store parts Word adds at the end.
 */
class RtfDocumentReaderTest {

    private final RtfDocumentReader reader = new RtfDocumentReader(IngestLimits.defaults());

    @Test
    void readsAWordRtfInTheLineFormOfTheWordReader() throws Exception {
        CleanText text = reader.read(sample(), "word-summary.rtf");

        assertThat(text.lines())
                .containsExactly(
                        "# Forum 2025: Session Summaries",
                        "",
                        "Contents",
                        "",
                        "Session 101: Open data for all\t1",
                        "",
                        "Key issues\t2",
                        "",
                        "# Session 101: Open data for all",
                        "",
                        "Facilitated by Ms. Ana Silva",
                        "Director, Open Data Lab",
                        "",
                        "## Key issues",
                        "",
                        "Speakers from Kenya and Chile discussed Action Line C3, see the session page.",
                        "",
                        "The rapporteur\u2019s view: \u201Copen by default\u201D \u2013 for all \u2014 with data centres in"
                                + " \u041C\u043E\u0441\u043A\u0432\u0430 and \u6771\u4EAC (\u6771\u4EAC), caf\u00E9s and an"
                                + " optionalhyphen.",
                        "",
                        "A picture follows.",
                        "",
                        "- Open licences",
                        "",
                        "- Local archives",
                        "",
                        "1. First step",
                        "",
                        "a. A detail",
                        "",
                        "2. Second step",
                        "",
                        "- A sub-point",
                        "",
                        "Session\tFacilitator",
                        "Open data for all <https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/101>\tMs. Ana Silva"
                                + " Director, Open Data Lab",
                        "",
                        "# Annex: participants",
                        "",
                        "### Annex 2",
                        "",
                        "#### Outline level four",
                        "",
                        "Kept words. and its Unicode form \u20AC",
                        "");
        assertThat(text.runningHeaders()).containsExactly("Forum 2025: Session Summaries");
    }

    @Test
    void locatesLinesByParagraphAsTheWordReaderCountsThem() throws Exception {
        CleanText text = reader.read(sample(), "word-summary.rtf");

        assertThat(text.locations().get(text.lines().indexOf("# Session 101: Open data for all")))
                .isEqualTo(TextLocation.paragraph(5));
        // The first row's two cells; a row mark is no paragraph, as in a .docx.
        assertThat(text.locations().get(text.lines().indexOf("Session\tFacilitator")))
                .isEqualTo(new TextLocation(TextLocation.Unit.PARAGRAPH, 17, 18));
        // The second row's cells: a link, then a name and a title in two paragraphs.
        assertThat(text.locations().get(text.lines().indexOf("# Annex: participants") - 2))
                .isEqualTo(new TextLocation(TextLocation.Unit.PARAGRAPH, 19, 21));
    }

    @Test
    void skipsTheFallbackBytesThatFollowAUnicodeCharacter() throws Exception {
        assertThat(lines("{\\rtf1\\ansi\\uc1 caf\\u233\\'e9 {\\uc2 na\\u239\\'cf\\'cfve} \\u-3913?end\\par}"))
                .containsExactly("caf\u00E9 na\u00EFve \uF0B7end", "");
        // A skip count of 0 keeps the bytes after the character.
        assertThat(lines("{\\rtf1\\ansi\\uc0 \\u8364  EUR\\par}")).containsExactly("\u20AC EUR", "");
    }

    @Test
    void readsTheDocumentCodePageAndSymbolsAndEscapes() throws Exception {
        assertThat(lines("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2 \\{x\\} a\\\\b\\tab c\\par}"))
                .containsExactly("\u041F\u0440\u0438\u0432\u0435\u0442 {x} a\\b\tc", "");
        assertThat(lines("{\\rtf1\\mac caf\\'8e\\par}")).containsExactly("caf\u00E9", "");
    }

    @Test
    void takesOverlongControlWordsAndNumbersAsWordsThatDoNothing() throws Exception {
        assertThat(lines("{\\rtf1 \\" + "x".repeat(40) + " one \\fs123456789012345 two\\par}"))
                .containsExactly("one two", "");
    }

    @Test
    void joinsANestedTablesCellsIntoTheOuterCell() throws Exception {
        String rtf = "{\\rtf1\\ansi \\pard\\intbl\\itap1 Outer A\\cell \\pard\\intbl\\itap2 Inner 1\\nestcell Inner 2"
                + "\\nestcell {\\*\\nesttableprops\\trowd\\cellx1\\cellx2\\nestrow}{\\nonesttables\\par}"
                + "\\pard\\intbl\\itap1 after\\cell \\trowd\\cellx1\\cellx2\\row \\pard Below.\\par}";

        assertThat(lines(rtf)).containsExactly("Outer A\tInner 1 Inner 2 after", "", "Below.", "");
    }

    /** TextEdit (macOS) writes a font table without groups, and a backslash before a line end for a paragraph. */
    @Test
    void readsTextEditsRtf() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n"
                + "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fnil\\fcharset204 PTSans;}\n"
                + "{\\*\\expandedcolortbl;;}\n"
                + "\\pard\\tx566\\pardirnatural\\partightenfactor0\n"
                + "\\f0\\fs24 \\cf0 Caf\\'e9 in {\\f1 \\'cc\\'e8\\'ed\\'f1\\'ea}\\\n"
                + "{\\listtext\t\\uc0\\u8226 \t}Bullet\\\n"
                + "}";

        assertThat(lines(rtf)).containsExactly("Caf\u00E9 in \u041C\u0438\u043D\u0441\u043A", "", "- Bullet", "");
    }

    @Test
    void takesOneMarkerWhenAParagraphHasBothWordsAndWord6sListText() throws Exception {
        assertThat(lines("{\\rtf1 {\\pntext 2.\\tab}{\\listtext 2.\\tab}\\pard\\ls1 Second step\\par}"))
                .containsExactly("2. Second step", "");
    }

    @Test
    void keepsALineWithoutAParagraphMarkAtTheEnd() throws Exception {
        assertThat(lines("{\\rtf1\\ansi First\\par Last words}")).containsExactly("First", "", "Last words", "");
    }

    @Test
    void stepsOverLargePicturesWithoutHoldingThem() throws Exception {
        String hex = "0123456789abcdef".repeat(1_000_000);
        byte[] binary = new byte[1_000_000];
        Arrays.fill(binary, (byte) '}');
        byte[] rtf = concat(
                "{\\rtf1\\ansi Before.\\par{\\pict\\pngblip " + hex + "}{\\*\\objdata {\\pict\\bin" + binary.length
                        + " ",
                binary,
                "}}After.\\par}");

        assertThat(reader.read(rtf, "pictures.rtf").lines()).containsExactly("Before.", "", "After.", "");
    }

    @Test
    void rejectsGroupsNestedDeeperThanAnyWordProcessorWrites() {
        String deep = "{\\rtf1 " + "{".repeat(RtfParser.MAX_DEPTH + 1) + "text" + "}".repeat(RtfParser.MAX_DEPTH + 2);

        assertThatThrownBy(() -> reader.read(deep.getBytes(StandardCharsets.US_ASCII), "deep.rtf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'deep.rtf': the RTF document cannot be read: its groups nest more than 512"
                        + " deep; it was skipped. Open it in Word or LibreOffice and save it again (as .rtf, .docx or"
                        + " .odt).");
    }

    @Test
    void rejectsDamagedFilesInOneLine() throws Exception {
        byte[] sample = sample();

        assertThatThrownBy(() -> reader.read(Arrays.copyOf(sample, sample.length / 2), "cut.rtf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("Cannot read 'cut.rtf': the RTF document cannot be read: it is cut short (")
                .hasMessageEndingWith(" groups are not closed); it was skipped. Open it in Word or LibreOffice and"
                        + " save it again (as .rtf, .docx or .odt).");
        assertThat(problem("{\\rtf1 text}} more text}"))
                .isEqualTo(
                        "the RTF document cannot be read: it is damaged (the document's group closes before its end)");
        assertThat(problem("{\\rtf1 {\\pict\\bin900 ab}}"))
                .isEqualTo("the RTF document cannot be read: it is cut short (it ends inside binary data)");
        assertThat(problem("{\\rtf1 caf\\'e"))
                .isEqualTo("the RTF document cannot be read: it is cut short (it ends" + " inside a \\' escape)");
        assertThat(problem("{\\rtf1 x\\'zz}"))
                .isEqualTo("the RTF document cannot be read: it has a \\' escape without two hexadecimal digits");
        assertThat(problem("{\\pdf1 x}")).isEqualTo("the RTF document cannot be read: it does not start with {\\rtf");
        // Word ends some files with a NUL byte; that is no damage.
        assertThat(reader.read(concat("{\\rtf1 Text.\\par}\r\n", new byte[] {0}, ""), "nul.rtf")
                        .lines())
                .containsExactly("Text.", "");
    }

    /** Cut anywhere or with bytes scrambled, the file is read or rejected in one line, never anything else. */
    @Test
    void readsOrRejectsCutAndScrambledCopies() throws Exception {
        byte[] sample = sample();
        Random random = new Random(20250711);
        String bytes = "{}\\'*0a \u00e9";
        for (int i = 0; i < 200; i++) {
            byte[] copy = Arrays.copyOf(sample, 1 + random.nextInt(sample.length));
            for (int flips = random.nextInt(20); flips > 0; flips--) {
                copy[random.nextInt(copy.length)] = (byte) bytes.charAt(random.nextInt(bytes.length()));
            }
            try {
                reader.read(copy, "copy.rtf");
            } catch (UnreadableDocumentException e) {
                assertThat(e.getMessage())
                        .startsWith("Cannot read 'copy.rtf': ")
                        .doesNotContain("Exception");
            }
        }
    }

    @Test
    void stopsAtTheTextLimit() {
        RtfDocumentReader small = new RtfDocumentReader(new IngestLimits(50L * 1024 * 1024, 2_000, 100));
        String rtf = "{\\rtf1 " + "Forty characters of text in a paragraph.\\par ".repeat(10) + "}";

        assertThatThrownBy(() -> small.read(rtf.getBytes(StandardCharsets.US_ASCII), "long.rtf"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("Cannot read 'long.rtf': its text is longer than the limit of 100 characters; it was"
                        + " skipped. Split the document or raise the text size limit.");
        String cells = "{\\rtf1 \\intbl " + "\\cell ".repeat(200) + "\\row}";
        assertThatThrownBy(() -> small.read(cells.getBytes(StandardCharsets.US_ASCII), "cells.rtf"))
                .hasMessageStartingWith("Cannot read 'cells.rtf': its text is longer than the limit of 100 characters");
    }

    private List<String> lines(String rtf) throws UnreadableDocumentException {
        return reader.read(rtf.getBytes(StandardCharsets.ISO_8859_1), "snippet.rtf")
                .lines();
    }

    private String problem(String rtf) {
        try {
            reader.read(rtf.getBytes(StandardCharsets.ISO_8859_1), "bad.rtf");
            return "read";
        } catch (UnreadableDocumentException e) {
            return e.problem();
        }
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = after.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = RtfDocumentReaderTest.class.getResourceAsStream("word-summary.rtf")) {
            return Objects.requireNonNull(in, "word-summary.rtf").readAllBytes();
        }
    }
}
