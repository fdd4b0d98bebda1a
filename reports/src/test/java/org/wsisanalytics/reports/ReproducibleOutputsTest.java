package org.wsisanalytics.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same run gives the same bytes: every output but the manifest is a function of the results, the run date
 * and the settings, not of the clock, the folder written to, the machine's time zone, random numbers or the
 * order in which threads finish.
 */
class ReproducibleOutputsTest {

    private static final ZonedDateTime RUN_DATE = ZonedDateTime.of(2025, 7, 14, 0, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    static Path work;

    static Path first;
    static Path second;

    @BeforeAll
    static void writeTwice() throws IOException {
        first = Files.createDirectories(work.resolve("first"));
        second = Files.createDirectories(work.resolve("elsewhere/second run"));
        new ReportWriter(1).writeAll(InMemoryRunData.of(ReportFixture.result()), first);
        TimeZone zone = TimeZone.getDefault();
        try {
            // Another machine: another time zone, several threads.
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            new ReportWriter(3).writeAll(InMemoryRunData.of(ReportFixture.result()), second);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void preparingTheLibrariesAtTheStartChangesNoByte() throws IOException {
        // What the application does as it starts: the reports then wait for it and must come out the same.
        ReportWriter.prepareInBackground();
        Path prepared = Files.createDirectories(work.resolve("prepared"));
        new ReportWriter(2).writeAll(InMemoryRunData.of(ReportFixture.result()), prepared);
        List<Path> files = files(first);
        assertThat(files(prepared)).containsExactlyElementsOf(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(prepared.resolve(file)))
                    .as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void everyFileIsByteForByteTheSame() throws IOException {
        List<Path> files = files(first);
        assertThat(files)
                .as("the same files, the REFI-QDA project included")
                .containsExactlyElementsOf(files(second))
                .hasSize(25)
                .contains(Path.of("wsis-analytics.qdpx"));
        List<Path> differing = new ArrayList<>();
        for (Path file : files) {
            if (!Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)))) {
                differing.add(file);
            }
        }
        // The fixture's start time is fixed, so even the manifest (which records it) is the same.
        assertThat(differing)
                .as("files that differ between two writes of the same run")
                .isEmpty();
    }

    @Test
    void briefsAreDatedByTheRunDateInTheInformationAndTheXmp() throws IOException {
        for (Path brief : List.of(first.resolve("wsis-analytics-brief.pdf"), firstSessionBrief())) {
            try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
                PDDocumentInformation info = pdf.getDocumentInformation();
                assertThat(info.getCreationDate().toInstant())
                        .as(brief + " CreationDate")
                        .isEqualTo(RUN_DATE.toInstant());
                assertThat(info.getModificationDate().toInstant())
                        .as(brief + " ModDate")
                        .isEqualTo(RUN_DATE.toInstant());
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp)
                        .contains(
                                "<xmp:CreateDate>2025-07-14T00:00:00Z</xmp:CreateDate>",
                                "<xmp:ModifyDate>2025-07-14T00:00:00Z</xmp:ModifyDate>");
            }
        }
        try (PDDocument pdf =
                Loader.loadPDF(first.resolve("wsis-analytics-brief.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .doesNotContain("Started at");
        }
    }

    @Test
    void theFileIdentifierIsDerivedFromTheContent() throws IOException {
        for (Path brief : List.of(first.resolve("wsis-analytics-brief.pdf"), firstSessionBrief())) {
            byte[] bytes = Files.readAllBytes(brief);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int at = text.lastIndexOf("/ID [<") + "/ID [<".length();
            int end = text.indexOf(']', at) + 1;
            MessageDigest sha = sha256();
            sha.update(bytes, 0, at);
            sha.update(bytes, end, bytes.length - end);
            String expected = HexFormat.of().formatHex(sha.digest(), 0, 16);
            try (PDDocument pdf = Loader.loadPDF(brief.toFile())) {
                COSArray id = pdf.getDocument().getDocumentID();
                assertThat(id.size()).isEqualTo(2);
                assertThat(HexFormat.of().formatHex(((COSString) id.get(0)).getBytes()))
                        .as(brief.toString())
                        .isEqualTo(expected);
                assertThat(HexFormat.of().formatHex(((COSString) id.get(1)).getBytes()))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void fontSubsetTagsDifferBetweenFontsAndDocuments() throws IOException {
        Set<String> briefTags = subsetTags(first.resolve("wsis-analytics-brief.pdf"));
        Set<String> sessionTags = subsetTags(firstSessionBrief());
        assertThat(briefTags).hasSize(2);
        assertThat(sessionTags).hasSize(2).doesNotContainAnyElementsOf(briefTags);
    }

    @Test
    void theWorkbookIsDatedByTheRunDateAndItsZipEntriesCarryNoTime() throws IOException {
        Path workbook = first.resolve("wsis-analytics.xlsx");
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(workbook))) {
            var core = xlsx.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(RUN_DATE.toInstant());
            assertThat(core.getModified().toInstant()).isEqualTo(RUN_DATE.toInstant());
        }
        // Local file headers: bytes 10..13 hold the DOS time and date; POI's SXSSF zip stream writes zeros there.
        byte[] bytes = Files.readAllBytes(workbook);
        int headers = 0;
        for (int i = 0; i + 14 <= bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
                headers++;
                assertThat(Arrays.copyOfRange(bytes, i + 10, i + 14))
                        .as("time of entry %d", headers)
                        .containsExactly(0, 0, 0, 0);
            }
        }
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            assertThat(headers)
                    .as("one local header per entry")
                    .isEqualTo(zip.size())
                    .isGreaterThan(20);
        }
    }

    @Test
    void analysisJsonHoldsNoStartTimeWhileTheManifestKeepsIt() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode run = mapper.readTree(first.resolve("analysis.json").toFile()).get("run");
        assertThat(run.propertyNames()).containsExactly("run_id", "run_date", "version", "parameters", "inputs");
        assertThat(mapper.readTree(first.resolve("manifest.json").toFile())
                        .get("started_at")
                        .asString())
                .isEqualTo("2025-07-14T06:00:00Z");
    }

    private static Set<String> subsetTags(Path pdf) throws IOException {
        Matcher tags = Pattern.compile("/BaseFont/([A-Z]{6})\\+")
                .matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        Set<String> found = new TreeSet<>();
        while (tags.find()) {
            found.add(tags.group(1));
        }
        return found;
    }

    private static Path firstSessionBrief() throws IOException {
        try (Stream<Path> briefs = Files.list(first.resolve("sessions"))) {
            return briefs.sorted().findFirst().orElseThrow();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
