package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.samples.ExecutableJar.Result;

/**
 * What the user sees on the console, with the real jar: help and version without starting the application, usage
 * errors in one sentence before any work, and every kind of bad input rejected in our words, never with a stack
 * trace or a library's message.
 */
class ConsoleFunctionalTests {

    private static final Path SAMPLE =
            Path.of("documents/wsis20-hltf-summaries-2025.txt").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void helpAndVersionAnswerWithoutStartingTheApplication() throws Exception {
        Result help = ExecutableJar.run(work, "--help");
        Result version = ExecutableJar.run(work, "--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.output())
                .startsWith("Usage: java -jar wsis-analytics.jar")
                .contains("--verbose")
                .doesNotContain("Starting WsisAnalyticsApplication");
        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).matches("wsis-analytics \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void usageErrorsStopBeforeTheDatabaseIsOpenedWithOneSentence() throws Exception {
        Path file = Files.writeString(work.resolve("notes.txt"), "not a folder");
        Map<List<String>, String> cases = Map.of(
                List.of("--input=" + work.resolve("inbxo")),
                "The input '" + work.resolve("inbxo") + "' does not exist; check the --input path (files or folders,"
                        + " separated by commas).",
                List.of("--input=" + SAMPLE, "--output=" + file.resolve("reports")),
                "The output folder '" + file.resolve("reports") + "' cannot be created because '" + file + "' is a"
                        + " file; give --output a folder.",
                List.of("--input=" + SAMPLE, "--wsis.reference.themes-file=" + work.resolve("themes.tsv")),
                "The settings file '" + work.resolve("themes.tsv")
                        + "' given as --wsis.reference.themes-file does not exist;"
                        + " correct '" + work.resolve("themes.tsv")
                        + "', or leave out --wsis.reference.themes-file to use the"
                        + " bundled data.",
                List.of("--input=" + SAMPLE, "--wsis.ingest.max-pages=0"),
                "The setting wsis.ingest.max-pages=0 is invalid: it must be greater than 0; correct it on the command"
                        + " line or in the application.properties beside the jar (see --help).");

        for (Map.Entry<List<String>, String> usage : cases.entrySet()) {
            Result result = ExecutableJar.run(work, usage.getKey().toArray(String[]::new));

            assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
            assertThat(result.messages())
                    .as(result.output())
                    .filteredOn(l -> !l.startsWith("Starting ")
                            && !l.startsWith("No active profile")
                            && !l.startsWith("Started "))
                    .containsExactly(usage.getValue());
        }
        assertThat(work.resolve("data")).as("the database was never opened").doesNotExist();
        assertThat(work.resolve("reports")).doesNotExist();
    }

    @Test
    void everyKindOfBadInputIsRejectedInOurWordsWithoutAStackTrace() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SAMPLE, inbox.resolve(SAMPLE.getFileName()));
        writeBadInputs(inbox);

        Result result = ExecutableJar.run(
                work, "--input=" + inbox, "--run-date=2025-07-11", "--wsis.ingest.max-file-size=1000000");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        Map<String, String> reasons = Outputs.csv(work.resolve("reports/latest/rejects.csv")).stream()
                .collect(Collectors.toMap(
                        r -> Path.of(r.get("input")).getFileName().toString(), r -> r.get("reason")));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(expectedReasons());
        assertNoLibraryWords(result);
        assertThat(result.output()).contains("1 document read of 8, 13 sessions");
    }

    @Test
    void aRunWithoutAReadableDocumentPublishesNothingAndSaysWhy() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeBadInputs(inbox);

        Result result = ExecutableJar.run(
                work, "--input=" + inbox, "--run-date=2025-07-11", "--wsis.ingest.max-file-size=1000000");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output())
                .contains("none of its 7 inputs could be read, so no reports were published")
                .contains(expectedReasons().get("bomb.docx"));
        assertThat(work.resolve("reports"))
                .as("not even an empty output folder")
                .doesNotExist();
        assertNoLibraryWords(result);

        Result again = ExecutableJar.run(
                work, "--input=" + inbox, "--run-date=2025-07-11", "--wsis.ingest.max-file-size=1000000");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("none of its 7 inputs could be read");
    }

    private static void assertNoLibraryWords(Result result) {
        assertThat(result.output())
                .as(result.output())
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
                .doesNotContain("Exception")
                .doesNotContain("bugzilla")
                .doesNotContain("Caused by");
    }

    private static Map<String, String> expectedReasons() {
        return Map.of(
                "bomb.docx",
                        "Cannot read 'bomb.docx': it looks like a zip bomb (a part expands to 120 MB, more than"
                                + " the limit of 95 MB); it was skipped. The file was not unpacked; ask the sender for the"
                                + " original document.",
                "broken.docx",
                        "Cannot read 'broken.docx': the Word document is damaged and cannot be read; it was"
                                + " skipped. Open it in Word and save it again as .docx.",
                "broken.pdf",
                        "Cannot read 'broken.pdf': the PDF is damaged and cannot be read; it was skipped."
                                + " Export the document to PDF again.",
                "locked.pdf",
                        "Cannot read 'locked.pdf': the file is encrypted (password required); it was skipped."
                                + " Save an unprotected copy of the PDF and run again.",
                "large.txt",
                        "Cannot read 'large.txt': the file is 1.1 MB, more than the limit of 1.0 MB; it was"
                                + " skipped. Split the document or raise the file size limit.",
                "binary.md",
                        "Cannot read 'binary.md': the file is not text (it contains binary data); it was skipped."
                                + " Save the document as plain text or Markdown.",
                "page.html",
                        "Cannot read 'page.html': the HTML page contains no text (only markup, scripts or"
                                + " navigation); it was skipped. Save the page again with its content, or export the document"
                                + " as PDF.");
    }

    /** Seven inputs, one of each kind that cannot be read. */
    private static void writeBadInputs(Path inbox) throws IOException {
        Files.write(inbox.resolve("bomb.docx"), zip("word/document.xml", 120 * 1024 * 1024));
        Files.write(inbox.resolve("broken.docx"), zip("word/document.xml", "<w:document><w:body><w:p>"));
        byte[] pdf = pdf(null);
        Files.write(inbox.resolve("broken.pdf"), Arrays.copyOf(pdf, 60));
        Files.write(inbox.resolve("locked.pdf"), pdf("user-secret"));
        Files.writeString(inbox.resolve("large.txt"), "Leaders TalkX: a long one\n".repeat(45_000));
        Files.write(inbox.resolve("binary.md"), new byte[] {'#', ' ', 'T', 0, 1, 2, 0, 0, 3, '\n'});
        Files.writeString(
                inbox.resolve("page.html"), "<html><head><script>var x = 1;</script></head><body></body></html>");
    }

    private static byte[] pdf(String password) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                content.showText("Leaders TalkX: Click to govern");
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, String content) throws IOException {
        return zip(entry, content.getBytes(StandardCharsets.UTF_8), 1);
    }

    /** A Word-like package whose entry of blanks declares its size in its header, as zip tools write it. */
    private static byte[] zip(String entry, int blanks) throws IOException {
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) ' ');
        return zip(entry, block, blanks / block.length);
    }

    private static byte[] zip(String entry, byte[] block, int times) throws IOException {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
            zip.putArchiveEntry(new ZipArchiveEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
            zip.putArchiveEntry(new ZipArchiveEntry(entry));
            for (int i = 0; i < times; i++) {
                zip.write(block);
            }
            zip.closeArchiveEntry();
        }
        return Arrays.copyOf(channel.array(), (int) channel.size());
    }
}
