package org.wsisanalytics.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.ingest.clean.CleanText;

/**
 * The line form of the sample printed to PDF by LibreOffice from an editor's Word copy and by a browser
 * (see samples/README.md): the contents as "Entry\tpage" lines, never headings; the facilitators table
 * with its 13 rows and their addresses, rebuilt from wrapped cells and split addresses; the 13 session
 * titles and their section headings as headings; the running title and no print header or footer.
 */
class PdfRenditionLinesTest {

    private static final Path RENDITIONS = Path.of("../samples/renditions");
    private static final Pattern SESSION_LINK =
            Pattern.compile("https://www\\.itu\\.int/net4/wsis/forum/2025/Agenda/Session/(\\d+)");

    @ParameterizedTest
    @CsvSource({"word-copy, ##, ###", "browser, #, ##"})
    void givesContentsTableAndHeadingsLineByLine(String variant, String sessionLevel, String sectionLevel)
            throws Exception {
        Path file = RENDITIONS.resolve("wsis20-hltf-summaries-2025." + variant + ".pdf");
        CleanText text = new PdfDocumentReader(IngestLimits.defaults()).read(Files.readAllBytes(file), file.toString());
        List<String> lines = text.lines();

        assertThat(text.runningHeaders())
                .containsExactly("WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators");
        List<String> contents = lines.stream()
                .filter(line -> line.matches("[^\\t#]+\\t\\d{1,2}"))
                .toList();
        assertThat(contents)
                .hasSize(16)
                .startsWith("Introduction\t3")
                .contains(
                        "Leaders TalkX: Information and communication infrastructure: a foundation for universal, sustainable"
                                + " and affordable access\t11",
                        "Leaders TalkX: ICT application to unlock the full potential of digital – Part II\t36");
        assertThat(lines).noneMatch(line -> line.startsWith("#") && line.matches(".*\\s\\d{1,2}$"));

        int header = lines.indexOf("Session\tPhoto\tName\tTitle\tOrganization");
        assertThat(header).isPositive();
        List<String> rows = lines.subList(header + 1, header + 14);
        assertThat(rows).allMatch(row -> row.split("\t", -1).length == 5);
        assertThat(rows)
                .extracting(PdfRenditionLinesTest::sessionNumber)
                .containsExactly(
                        "378", "379", "417", "419", "421", "430", "427", "428", "426", "431", "433", "436", "438");
        assertThat(rows.get(11))
                .startsWith("Click to govern: inclusive and efficient e-services")
                .endsWith("\tMs. Yuhua Zheng\tPhD candidate, National University of Ireland (Geography); Co-chair,"
                        + " IEEE Young Professional Climate and Sustainability Subcommittee (CSSC) for External Affairs"
                        + "\tInstitute of Electrical and Electronics Engineers (IEEE)");
        assertThat(lines.get(header + 14)).isEmpty();

        assertThat(lines)
                .filteredOn(line -> line.startsWith(sessionLevel + " Leaders TalkX: "))
                .hasSize(13)
                .contains(sessionLevel
                        + " Leaders TalkX: ICT Applications to Unlock the Full Potential of Digital – Part I");
        assertThat(lines)
                .filteredOn(line -> line.equals(sectionLevel + " Introduction"))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(lines)
                .contains(sectionLevel + " Links to WSIS Action Lines", sectionLevel + " Vision for WSIS beyond 2025");
        assertThat(lines).noneMatch(line -> line.contains("file://") || line.matches(".*\\b\\d{1,2}/29$"));
    }

    private static String sessionNumber(String row) {
        Matcher link = SESSION_LINK.matcher(row.split("\t")[0]);
        return link.find() ? link.group(1) : "none";
    }
}
