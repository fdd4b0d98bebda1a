package org.wsisanalytics.reports.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;
import org.wsisanalytics.reports.SessionSink;

class QdaProjectWriterTest {

    @TempDir
    static Path work;

    private static Path written;
    private static QdaProjectFile project;

    @BeforeAll
    static void writeTheFixture() throws Exception {
        written = write(QdaFixture.result(), work.resolve("first"));
        project = new QdaProjectFile(written);
    }

    static Path write(AnalysisResult result, Path folder) throws Exception {
        Files.createDirectories(folder);
        RunData data = InMemoryRunData.of(result);
        List<Path> files = SessionSink.walk(data, new QdaProjectWriter(QdaFixture.subLines()).open(data, folder));
        assertThat(files).containsExactly(Path.of("wsis-analytics.qdpx"));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("the spool file is gone").containsExactly(folder.resolve("wsis-analytics.qdpx"));
        }
        return folder.resolve("wsis-analytics.qdpx");
    }

    @Test
    void everySelectionCutsOutTheMentionsWordsCountedInCodePoints() {
        List<String> words = new ArrayList<>();
        for (Element selection : project.all("PlainTextSelection")) {
            String selected = project.selected(selection).replace('\n', ' ');
            assertThat(selected)
                    .as("the selection's name is its words, a line break as a space")
                    .isEqualTo(selection.getAttribute("name"));
            words.add(selected);
        }
        words.sort(null);
        assertThat(words).containsExactlyElementsOf(QdaFixture.expectedWords());
    }

    @Test
    void positionsCountCodePointsNotUtf16UnitsNorBytes() {
        Element kenya = selection("Kenya");
        String source = project.sourceText((Element) kenya.getParentNode());
        // Before "Kenya": the globe in the title, a microphone after the name and a flag (two regional indicators):
        // four code points outside the BMP, eight UTF-16 units; "Stępińska" is one unit per letter but more bytes.
        assertThat(source.indexOf("Kenya")).isEqualTo(81);
        assertThat(kenya.getAttribute("startPosition")).isEqualTo("77");
        assertThat(kenya.getAttribute("endPosition")).isEqualTo("82");
        Element women = selection("women");
        assertThat(women.getAttribute("startPosition"))
                .isEqualTo(Integer.toString(source.codePointCount(0, source.indexOf("women"))));
        // The CR LF in the first body became LF: "Turkish" sits one unit earlier than before.
        assertThat(source).doesNotContain("\r").contains("C3.\nTurkish");
    }

    @Test
    void aMentionFoundInAHeadingIsSelectedInTheHeadingAndOneAtTheSameOffsetsInTheBodyInTheBody() {
        List<Element> estonian = project.all("PlainTextSelection").stream()
                .filter(s -> s.getAttribute("name").equals("Estonian"))
                .toList();
        String source = project.sourceText((Element) estonian.get(0).getParentNode());
        int heading = source.codePointCount(0, source.indexOf("Estonian Experience"));
        int body = source.codePointCount(0, source.indexOf("Estonian teachers"));
        assertThat(estonian)
                .extracting(s -> Integer.parseInt(s.getAttribute("startPosition")))
                .containsExactly(heading, body);
    }

    @Test
    void aMentionFoundInTheTitleIsSelectedInTheTitleLine() {
        Element c5 = selection("C5");
        String source = project.sourceText((Element) c5.getParentNode());
        assertThat(source).startsWith(QdaFixture.QUIET_TITLE + "\n");
        assertThat(c5.getAttribute("startPosition")).isEqualTo(Integer.toString(QdaFixture.QUIET_TITLE.indexOf("C5")));
        assertThat(c5.getAttribute("endPosition")).isEqualTo(Integer.toString(QdaFixture.QUIET_TITLE.length()));
    }

    @Test
    void eachSelectionIsCodedWithItsCode() {
        assertThat(project.selectionsPerCode())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(
                                "C1 The role of public governance authorities and all stakeholders in the promotion of ICTs"
                                        + " for development",
                                1),
                        Map.entry("C3 Access to information and knowledge", 1),
                        Map.entry("C7 ICT applications", 1),
                        Map.entry("C5 Building confidence and security in the use of ICTs", 1),
                        Map.entry("Named only", 1),
                        Map.entry("Kenya", 1),
                        Map.entry("T\u00FCrkiye", 2),
                        Map.entry("Costa Rica", 1),
                        Map.entry("Estonia", 2),
                        Map.entry("AI", 1),
                        Map.entry("Youth and children", 1),
                        Map.entry("Gender", 1)));
        assertThat(QdaProjectFile.text(selection("the action line on e-environment"), "Description"))
                .isEqualTo("Refers to C7 (e-environment) by its name only, without its number; not counted in the"
                        + " coverage; in the links-to-action-lines part");
        assertThat(QdaProjectFile.text(selection("Turkish"), "Description")).isEqualTo("TR as demonym");
    }

    @Test
    void everyReferenceResolvesAndEveryGuidIsUniqueAndWellFormed() {
        Map<String, String> kinds = new HashMap<>();
        List<String> guids = new ArrayList<>();
        for (String name : List.of("User", "Code", "Variable", "Case", "TextSource", "PlainTextSelection", "Coding")) {
            for (Element element : project.all(name)) {
                guids.add(element.getAttribute("guid"));
                kinds.put(element.getAttribute("guid"), name);
            }
        }
        int codes = 4 + 11 + 8 + 4 + 4 + 3; // roots, lines, C7 sub-lines, regions, countries, themes
        assertThat(guids).hasSize(1 + codes + 7 + 2 + 2 + 14 + 14);
        assertThat(new HashSet<>(guids)).hasSameSizeAs(guids);
        assertThat(guids)
                .allMatch(
                        guid -> ProjectStructure.GUID.matcher(guid).matches() && guid.charAt(14) == '5',
                        "a version-5 UUID");
        Map<String, String> targets = Map.of("CodeRef", "Code", "SourceRef", "TextSource", "VariableRef", "Variable");
        targets.forEach((reference, kind) -> assertThat(project.all(reference))
                .isNotEmpty()
                .allSatisfy(ref ->
                        assertThat(kinds.get(ref.getAttribute("targetGUID"))).isEqualTo(kind)));
        String user = project.all("User").get(0).getAttribute("guid");
        assertThat(project.all("Coding"))
                .allSatisfy(c -> assertThat(c.getAttribute("creatingUser")).isEqualTo(user));
    }

    @Test
    void followsTheSchemasElementOrderAndRequiredAttributes() {
        assertThat(ProjectStructure.problems(project.root())).isEmpty();
        assertThat(QdaProjectFile.children(project.root()))
                .extracting(Element::getLocalName)
                .containsExactly("Users", "CodeBook", "Variables", "Cases", "Sources", "Description");
    }

    @Test
    void theStructureCheckFindsElementsOutOfOrderAndMissingAttributes() {
        Element root = (Element) project.root().cloneNode(true);
        Element cases = QdaProjectFile.children(root, "Cases").get(0);
        root.appendChild(cases);
        Element code = QdaProjectFile.children(root, "CodeBook").get(0);
        ((Element) code.getElementsByTagNameNS(QdaProjectFile.NS, "Code").item(0)).removeAttribute("isCodable");
        assertThat(ProjectStructure.problems(root))
                .containsExactly(
                        "/Project/CodeBook/Codes/Code lacks the required attribute isCodable",
                        "/Project/Cases comes after Description, which the schema's sequence puts after it");
    }

    @Test
    void codebookHoldsTheElevenActionLinesCountriesByRegionThemesAndNamedOnly() {
        Element codes = QdaProjectFile.children(
                        QdaProjectFile.children(project.root(), "CodeBook").get(0), "Codes")
                .get(0);
        List<Element> roots = QdaProjectFile.children(codes, "Code");
        assertThat(roots)
                .extracting(e -> e.getAttribute("name"))
                .containsExactly("WSIS Action Lines", "Named only", "Countries", "Themes");
        assertThat(roots)
                .extracting(e -> e.getAttribute("color"))
                .containsExactly("#4472C4", "#A5A5A5", "#ED7D31", "#70AD47");
        assertThat(roots)
                .extracting(e -> e.getAttribute("isCodable"))
                .containsExactly("false", "true", "false", "false");
        List<Element> lines = QdaProjectFile.children(roots.get(0), "Code");
        assertThat(lines).hasSize(11);
        assertThat(lines.get(7).getAttribute("name"))
                .isEqualTo("C8 Cultural diversity and identity, linguistic diversity and local content");
        assertThat(QdaProjectFile.children(lines.get(6), "Code"))
                .extracting(e -> e.getAttribute("name"))
                .containsExactly(
                        "C7 E-government",
                        "C7 E-business",
                        "C7 E-learning",
                        "C7 E-health",
                        "C7 E-employment",
                        "C7 E-environment",
                        "C7 E-agriculture",
                        "C7 E-science");
        List<Element> regions = QdaProjectFile.children(roots.get(2), "Code");
        assertThat(regions)
                .extracting(e -> e.getAttribute("name"))
                .containsExactly("Africa", "Americas", "Asia", "Europe");
        assertThat(QdaProjectFile.children(regions.get(2), "Code"))
                .extracting(e -> e.getAttribute("name"))
                .containsExactly("T\u00FCrkiye");
        assertThat(QdaProjectFile.text(
                        QdaProjectFile.children(regions.get(2), "Code").get(0), "Description"))
                .isEqualTo("TR, Western Asia");
        assertThat(QdaProjectFile.children(roots.get(3), "Code"))
                .extracting(e -> e.getAttribute("name"))
                .containsExactlyElementsOf(QdaFixture.THEMES);
    }

    @Test
    void casesCarryTheSessionsVariablesAndPointToTheirSource() {
        List<Element> cases = project.all("Case");
        assertThat(cases)
                .extracting(e -> e.getAttribute("name"))
                .containsExactly("1. Voices \uD83C\uDF0D from the field", "2. " + QdaFixture.QUIET_TITLE);
        Map<String, String> names = new HashMap<>();
        project.all("Variable").forEach(v -> names.put(v.getAttribute("guid"), v.getAttribute("name")));
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element value : QdaProjectFile.children(cases.get(0), "VariableValue")) {
            Element ref = QdaProjectFile.children(value, "VariableRef").get(0);
            Element typed = QdaProjectFile.children(value).get(1);
            values.put(names.get(ref.getAttribute("targetGUID")), typed.getLocalName() + ":" + typed.getTextContent());
        }
        assertThat(values)
                .containsExactly(
                        Map.entry("Document", "TextValue:" + QdaFixture.DOCUMENT),
                        Map.entry("Event", "TextValue:WSIS Forum 2025 \uD83C\uDF0D voices"),
                        Map.entry("Session index", "IntegerValue:1"),
                        Map.entry("Session number", "TextValue:512"),
                        Map.entry("Facilitator", "TextValue:Lidia St\u0119pi\u0144ska-Ustasiak"),
                        Map.entry(
                                "Words",
                                "IntegerValue:"
                                        + QdaFixture.result().sessions().get(0).words()),
                        Map.entry("Structure layer", "TextValue:outline"));
        assertThat(QdaProjectFile.children(cases.get(1), "VariableValue"))
                .as("no session number, no facilitator")
                .hasSize(5);
        List<Element> sources = project.all("TextSource");
        for (int i = 0; i < cases.size(); i++) {
            assertThat(QdaProjectFile.children(cases.get(i), "SourceRef").get(0).getAttribute("targetGUID"))
                    .isEqualTo(sources.get(i).getAttribute("guid"));
            assertThat(sources.get(i).getAttribute("name"))
                    .isEqualTo(cases.get(i).getAttribute("name"));
        }
    }

    @Test
    void sourcesArePlainUtf8TextsWithoutBomWithLfLineEnds() {
        List<Element> sources = project.all("TextSource");
        List<String> expected = new ArrayList<>();
        for (Element source : sources) {
            String guid = source.getAttribute("guid");
            assertThat(source.getAttribute("plainTextPath")).isEqualTo("internal://" + guid + ".txt");
            expected.add("Sources/" + guid + ".txt");
        }
        expected.add("project.qde");
        assertThat(project.entries.keySet()).containsExactlyElementsOf(expected);
        byte[] first = project.entries.get(expected.get(0));
        assertThat(first[0]).as("no byte-order mark").isEqualTo((byte) 'V');
        assertThat(new String(first, StandardCharsets.UTF_8))
                .isEqualTo("Voices \uD83C\uDF0D from the field\n\n"
                        + "Introduction\n\n" + QdaFixture.INTRO_TEXT.replace("\r\n", "\n") + "\n\n"
                        + "Links to WSIS Action Lines\n\n" + QdaFixture.LINKS_TEXT + "\n\n"
                        + "Introduction\n\n" + QdaFixture.AGAIN_TEXT + "\n\n"
                        + "Estonian Experience\n\n" + QdaFixture.ESTONIA_TEXT + "\n");
        assertThat(new String(project.entries.get(expected.get(1)), StandardCharsets.UTF_8))
                .isEqualTo(QdaFixture.QUIET_TITLE + "\n\nNothing to code here.\n");
        assertThat(project.zipEntries.values())
                .allSatisfy(entry -> assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2025, 7, 11, 0, 0)));
    }

    @Test
    void theSameRunGivesTheSameBytesInAnotherFolder() throws Exception {
        Path again = write(QdaFixture.result(), work.resolve("elsewhere/deeper"));
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(written));
    }

    @Test
    void aMentionWhoseWordsAreNotAtItsOffsetsIsLeftUncodedAndCounted() throws Exception {
        AnalysisResult fixture = QdaFixture.result();
        List<CountryMention> countries = new ArrayList<>(fixture.countries().mentions());
        CountryMention kenya = countries.get(0);
        countries.set(
                0,
                new CountryMention(
                        kenya.session(),
                        "KE",
                        "Kenya",
                        kenya.kind(),
                        kenya.section(),
                        kenya.sentence(),
                        kenya.start() + 1,
                        kenya.end() + 1));
        AnalysisResult shifted = new AnalysisResult(
                fixture.run(),
                fixture.actionLines(),
                fixture.documents(),
                fixture.sessions(),
                fixture.actionLineMentions(),
                fixture.actionLineNames(),
                fixture.coverage(),
                fixture.labelConflicts(),
                new CountryAnalysis(countries, fixture.countries().frequencies(), List.of(), List.of()),
                fixture.themes(),
                fixture.figures(),
                fixture.findings(),
                fixture.rejects());
        QdaProjectFile read = new QdaProjectFile(write(shifted, work.resolve("shifted")));
        assertThat(read.selectionsPerCode()).doesNotContainKey("Kenya").containsEntry("T\u00FCrkiye", 2);
        assertThat(QdaProjectFile.text(read.root(), "Description"))
                .endsWith(
                        " 13 coded selections. Each session is a"
                                + " plain-text source (UTF-8, LF line ends) and a case; selection positions count Unicode code points."
                                + " 1 mention was not found in its session's text and not coded; the CSV exports list every mention.");
    }

    @Test
    void aRunWithoutSessionsIsAValidProjectWithItsCodebook() throws Exception {
        QdaProjectFile empty = new QdaProjectFile(write(ReportFixture.nothingRead(), work.resolve("empty")));
        assertThat(ProjectStructure.problems(empty.root())).isEmpty();
        assertThat(QdaProjectFile.children(empty.root()))
                .extracting(Element::getLocalName)
                .containsExactly("Users", "CodeBook", "Variables", "Description");
        assertThat(empty.entries.keySet()).containsExactly("project.qde");
        Set<String> topCodes = new HashSet<>();
        empty.all("Code").forEach(c -> topCodes.add(c.getAttribute("name")));
        assertThat(topCodes).contains("WSIS Action Lines", "Named only", "Countries", "Themes");
    }

    private static Element selection(String words) {
        return project.all("PlainTextSelection").stream()
                .filter(s -> s.getAttribute("name").equals(words))
                .findFirst()
                .orElseThrow();
    }
}
