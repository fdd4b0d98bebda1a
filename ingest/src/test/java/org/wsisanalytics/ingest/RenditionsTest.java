package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;

/**
 * The sample as Word, as PDF, as HTML, as OpenDocument text, as Word 97-2003 and as RTF (made from the text, see
 * samples/README.md) gives the same document as the text: the same 13 sessions with their titles, numbers,
 * facilitators and sections.
 */
class RenditionsTest {

    private static final Path TEXT = Path.of("../samples/documents/wsis20-hltf-summaries-2025.txt");
    private static final Path RENDITIONS = Path.of("../samples/renditions");

    private static ParsedDocument text;

    static List<String> renditions() {
        return List.of(
                "wsis20-hltf-summaries-2025.docx",
                "wsis20-hltf-summaries-2025.pdf",
                "wsis20-hltf-summaries-2025.html",
                "wsis20-hltf-summaries-2025.odt",
                "wsis20-hltf-summaries-2025.doc",
                "wsis20-hltf-summaries-2025.rtf");
    }

    @BeforeAll
    static void readText() throws Exception {
        text = read(TEXT);
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void givesTheSameSessionsAsTheText(String file) throws Exception {
        ParsedDocument rendition = read(RENDITIONS.resolve(file));

        assertThat(rendition.sessions())
                .extracting(Session::sessionId)
                .containsExactly(
                        "378", "379", "417", "419", "421", "430", "427", "428", "426", "431", "433", "436", "438");
        assertThat(rendition.sessions())
                .extracting(Session::title)
                .containsExactlyElementsOf(
                        text.sessions().stream().map(Session::title).toList());
        assertThat(rendition.sessions())
                .extracting(Session::facilitator)
                .containsExactlyElementsOf(
                        text.sessions().stream().map(Session::facilitator).toList());
        assertThat(rendition.sessions())
                .extracting(Session::facilitatorListed)
                .containsExactlyElementsOf(
                        text.sessions().stream().map(Session::facilitatorListed).toList());
        assertThat(rendition.sessions())
                .extracting(Session::link)
                .containsExactlyElementsOf(
                        text.sessions().stream().map(Session::link).toList());
        assertThat(rendition.sessions())
                .extracting(RenditionsTest::outline)
                .containsExactlyElementsOf(
                        text.sessions().stream().map(RenditionsTest::outline).toList());
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void givesTheSameTitleTableAndFindings(String file) throws Exception {
        ParsedDocument rendition = read(RENDITIONS.resolve(file));

        assertThat(rendition.title())
                .isEqualTo(text.title())
                .isEqualTo("WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators");
        assertThat(rendition.facilitators()).containsExactlyElementsOf(text.facilitators());
        assertThat(rendition.findings())
                .extracting(finding -> finding.check() + " " + finding.sessionIndex())
                .containsExactlyElementsOf(text.findings().stream()
                        .map(finding -> finding.check() + " " + finding.sessionIndex())
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void keepsPageFurnitureOutOfTheSessions(String file) throws Exception {
        ParsedDocument rendition = read(RENDITIONS.resolve(file));

        assertThat(rendition.sessions())
                .flatExtracting(Session::sections)
                .extracting(Section::text)
                .noneMatch(section -> section.contains("Summaries from the High-Level Track Facilitators"))
                .noneMatch(section -> section.matches("(?s).*\\n\\n\\d{1,2}\\n\\n.*"));
    }

    /**
     * Section texts are equal but for one word and some list numbers. The text writes "under-served" once and
     * "underserved" elsewhere; in the PDF "under-" ends a line, and the reader takes the spelling the document
     * uses elsewhere. LibreOffice's .doc export makes a new list of each run of numbered items that another
     * list interrupts, so they count from 1 (or a) again; LibreOffice shows the same numbers when it opens that
     * file. The .doc is therefore compared with the numbers of numbered items left out.
     */
    @ParameterizedTest
    @MethodSource("renditions")
    void givesTheSameSectionTexts(String file) throws Exception {
        ParsedDocument rendition = read(RENDITIONS.resolve(file));
        UnaryOperator<String> numbers =
                file.endsWith(".doc") ? RenditionsTest::withoutItemNumbers : UnaryOperator.identity();

        assertThat(texts(rendition))
                .extracting(numbers::apply)
                .containsExactlyElementsOf(texts(text).stream()
                        .map(section -> file.endsWith(".pdf")
                                ? section.replace("rural and under-served", "rural and underserved")
                                : section)
                        .map(numbers)
                        .toList());
    }

    @Test
    void theDocRenditionNumbersItemsAsLibreOfficeShowsThem() throws Exception {
        List<String> texts = texts(read(RENDITIONS.resolve("wsis20-hltf-summaries-2025.doc")));

        assertThat(texts)
                .anyMatch(section -> section.contains("a. Multistakeholder governance and collaboration:")
                        && section.contains("a. Digital inclusion and capacity building")
                        && section.contains("b. Regulatory and ethical frameworks"));
    }

    private static String withoutItemNumbers(String section) {
        return section.replaceAll("(?m)^(?:\\d{1,2}|[a-z])\\. ", "");
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void readsTheTableRowWhoseTitleIsOnlyALink(String file) throws Exception {
        ParsedDocument rendition = read(RENDITIONS.resolve(file));

        assertThat(rendition.facilitators().get(4))
                .isEqualTo(new FacilitatorEntry(
                        "Towards a safer connected world: collaborative strategies to strengthen digital trust and cyber resilience",
                        "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/421",
                        "421",
                        "Lucien CASTEX",
                        "Advisor to the CEO, Internet Governance and Society",
                        "AFNIC"));
    }

    private static String outline(Session session) {
        return String.join(
                " | ",
                session.sections().stream()
                        .map(s -> s.type() + ":" + s.heading())
                        .toList());
    }

    private static List<String> texts(ParsedDocument document) {
        return document.sessions().stream()
                .flatMap(session -> session.sections().stream())
                .map(Section::text)
                .toList();
    }

    private static ParsedDocument read(Path file) throws Exception {
        DocumentSource source =
                new DocumentSource(file.getFileName().toString(), file.toString(), "0".repeat(64), Files.size(file));
        return new DocumentIngestor(IngestLimits.defaults()).read(file, source);
    }
}
