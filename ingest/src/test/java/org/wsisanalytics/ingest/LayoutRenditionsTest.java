package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Session;

/**
 * The sample in the layouts of samples/renditions that are not our own tidy template (an editor's Word
 * copy and its LibreOffice PDF, a browser-printed PDF, plain-text variants; see samples/README.md), read
 * whole by {@link DocumentIngestor}.
 */
class LayoutRenditionsTest {

    private static final Path RENDITIONS = Path.of("../samples/renditions");
    private static final List<String> SESSION_IDS =
            List.of("378", "379", "417", "419", "421", "430", "427", "428", "426", "431", "433", "436", "438");
    private static final List<String> VARIANTS = List.of(
            "word-copy.docx",
            "word-copy.pdf",
            "browser.pdf",
            "no-template.txt",
            "hard-wrapped.txt",
            "no-blank-lines.txt",
            "reordered.txt");

    /** What each rendition gives today, printed for the record; the PDFs' part is asserted below. */
    @Test
    void printsWhatEachRenditionGivesToday() {
        for (String variant : VARIANTS) {
            String found;
            try {
                ParsedDocument document = read(variant);
                found = document.sessions().size() + " sessions, "
                        + document.sessions().stream()
                                .filter(s -> s.sessionId() != null)
                                .count() + " session ids";
            } catch (Exception e) {
                found = "rejected: " + e.getMessage();
            }
            System.out.println(variant + ": " + found);
        }
        assertThat(VARIANTS).allMatch(variant -> Files.isRegularFile(RENDITIONS.resolve(name(variant))));
    }

    /** The PDF reader rebuilds the wrapped facilitators table and keeps contents entries out of the sessions. */
    @ParameterizedTest
    @ValueSource(strings = {"word-copy.pdf", "browser.pdf"})
    void printedPdfsGiveThe13SessionsWithTheirNumbers(String variant) throws Exception {
        ParsedDocument document = read(variant);

        assertThat(document.facilitators()).hasSize(13);
        assertThat(document.sessions()).extracting(Session::sessionId).containsExactlyElementsOf(SESSION_IDS);
        assertThat(document.sessions())
                .extracting(Session::title)
                .startsWith("Forging partnerships for purpose: advancing the digital for development landscape");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-template.txt", "no-blank-lines.txt"})
    void textWithoutTemplateWordsOrBlankLinesGivesThe13Sessions(String variant) throws Exception {
        ParsedDocument document = read(variant);

        assertThat(document.sessions()).hasSize(13);
        assertThat(document.sessions()).extracting(Session::sessionId).containsExactlyElementsOf(SESSION_IDS);
    }

    private static String name(String variant) {
        return "wsis20-hltf-summaries-2025." + variant;
    }

    private static ParsedDocument read(String variant) throws Exception {
        Path file = RENDITIONS.resolve(name(variant));
        return new DocumentIngestor(IngestLimits.defaults())
                .read(
                        file,
                        new DocumentSource(
                                file.getFileName().toString(), file.toString(), "0".repeat(64), Files.size(file)));
    }
}
