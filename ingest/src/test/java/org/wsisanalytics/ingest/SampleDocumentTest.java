package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.FacilitatorEntry;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.ParsedDocument;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.TextLocation;

/** Reads the real sample document: the text of the published WSIS+20 HLTF summaries PDF. */
class SampleDocumentTest {

    private static final Path SAMPLE = Path.of("../samples/documents/wsis20-hltf-summaries-2025.txt");
    /** The sessions read by hand, shared with the samples module's functional tests. */
    private static final Path EXPECTED = Path.of("../samples/expected/sessions.tsv");

    private static ParsedDocument document;

    @BeforeAll
    static void readSample() throws Exception {
        DocumentSource source = new DocumentSource(
                "wsis20-hltf-summaries-2025.txt", SAMPLE.toString(), "0".repeat(64), Files.size(SAMPLE));
        document = new DocumentIngestor(IngestLimits.defaults()).read(SAMPLE, source);
    }

    @Test
    void hasTheDocumentTitle() {
        assertThat(document.title())
                .isEqualTo("WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators");
    }

    @Test
    void findsThirteenSessionsInDocumentOrderWithTheirTitlesAsWritten() {
        assertThat(document.sessions()).extracting(Session::title).containsExactlyElementsOf(expected(2));
        assertThat(document.sessions())
                .extracting(Session::index)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void takesSessionIdsAndLinksFromTheTableMatchedByTitle() {
        assertThat(document.sessions()).extracting(Session::sessionId).containsExactlyElementsOf(expected(1));
        assertThat(document.sessions().get(6).link())
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/427");
        assertThat(document.sessions().get(12).link())
                .isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/438");
    }

    @Test
    void namesTheFacilitatorAsInTheBodyAndAsInTheTable() {
        assertThat(document.sessions()).extracting(Session::facilitator).containsExactlyElementsOf(expected(3));
        assertThat(document.sessions()).extracting(Session::facilitatorListed).containsExactlyElementsOf(expected(4));
        assertThat(document.sessions().get(11).facilitator()).isEqualTo("Yuhan Zheng");
        assertThat(document.sessions().get(11).facilitatorListed()).isEqualTo("Yuhua Zheng");
    }

    @Test
    void takesEachFacilitatorsOrganisationFromTheTableRowMatchedByTitle() {
        assertThat(document.sessions())
                .extracting(Session::facilitatorOrganization)
                .containsExactlyElementsOf(expected(5));
        assertThat(document.sessions().get(3).facilitatorOrganization())
                .isEqualTo("US Council for International Business");
    }

    @Test
    void readsTheFacilitatorsTableIncludingTheRowsWrappedInHtml() {
        assertThat(document.facilitators()).hasSize(13);
        assertThat(document.facilitators().get(3))
                .isEqualTo(new FacilitatorEntry(
                        "Future-ready: enhancing skills for a digital tomorrow",
                        "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/419",
                        "419",
                        "Cheryl Miller",
                        "Vice President, Digital Policy",
                        "US Council for International Business"));
        assertThat(document.facilitators().get(9))
                .isEqualTo(new FacilitatorEntry(
                        "Moral pixels: painting an ethical landscape in the information society",
                        "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/431",
                        "431",
                        "Anriette Esterhuysen",
                        "Senior Advisor Internet Governance",
                        "Association for Progressive Communications"));
    }

    @Test
    void firstSessionHasTheTemplateSectionsAndItsRunInLinksLabel() {
        Session first = document.sessions().get(0);

        assertThat(first.sections())
                .extracting(Section::heading, Section::type)
                .containsExactly(
                        tuple("Introduction", SectionType.INTRODUCTION),
                        tuple("Achievements of 20 years of WSIS", SectionType.ACHIEVEMENTS),
                        tuple("Fresh priorities", SectionType.PRIORITIES),
                        tuple("Emerging trends", SectionType.TRENDS),
                        tuple("Opportunities", SectionType.OPPORTUNITIES),
                        tuple("Links to WSIS Action Lines", SectionType.ACTION_LINE_LINKS),
                        tuple("Case Examples", SectionType.CASE_EXAMPLES),
                        tuple("Key challenges", SectionType.CHALLENGES),
                        tuple("Vision for WSIS beyond 2025", SectionType.VISION));
        assertThat(first.sections().get(5).text())
                .isEqualTo(
                        "the discussions highlighted alignment to several WSIS Action Lines such as C1, C3, C4, C5, C7.");
        assertThat(first.sections().get(4).text()).endsWith("this can help to reduce the technological divide.");
    }

    @Test
    void joinsTheParagraphThatThePageBreakCutAndDropsHeadersAndDraftMarks() {
        Session first = document.sessions().get(0);

        assertThat(first.sections().get(6).text())
                .contains("aims to build digital inclusion by strengthening individual capacities of the citizens.");
        assertThat(document.sessions())
                .flatExtracting(Session::sections)
                .extracting(Section::text)
                .noneMatch(text -> text.contains("Summaries from the High-Level Track Facilitators"))
                .noneMatch(text -> text.contains("DRAFT"))
                .noneMatch(text -> text.contains("**") || text.contains("<p>"));
        assertThat(first.sections().get(8).text()).endsWith("build and equitable society we all aspire for.");
    }

    @Test
    void recognisesHeadingsThatLeaveTheTemplate() {
        assertThat(types(3))
                .containsExactly(
                        SectionType.INTRODUCTION,
                        SectionType.CASE_EXAMPLES,
                        SectionType.CASE_EXAMPLES,
                        SectionType.CASE_EXAMPLES,
                        SectionType.CASE_EXAMPLES,
                        SectionType.CASE_EXAMPLES,
                        SectionType.TRENDS,
                        SectionType.ACTION_LINE_LINKS,
                        SectionType.VISION);
        assertThat(document.sessions().get(3).sections().get(2).heading()).isEqualTo("The Estonian Experience");
        assertThat(types(5))
                .containsExactly(
                        SectionType.INTRODUCTION,
                        SectionType.ACHIEVEMENTS,
                        SectionType.ACTION_LINE_LINKS,
                        SectionType.TRENDS,
                        SectionType.CASE_EXAMPLES,
                        SectionType.VISION);
        assertThat(document.sessions().get(6).sections())
                .extracting(Section::heading, Section::type)
                .containsExactly(
                        tuple("Key Issues discussed: Looking Beyond 2025", SectionType.INTRODUCTION),
                        tuple("Tangible Outcomes of the session", SectionType.ACHIEVEMENTS),
                        tuple(
                                "Key Recommendations and Forward-Looking Action Plan for the WSIS+20 Review and Beyond",
                                SectionType.VISION));
        assertThat(document.sessions().get(8).sections())
                .extracting(Section::type)
                .containsExactly(
                        SectionType.INTRODUCTION,
                        SectionType.ACHIEVEMENTS,
                        SectionType.PRIORITIES,
                        SectionType.TRENDS,
                        SectionType.OPPORTUNITIES,
                        SectionType.CHALLENGES,
                        SectionType.ACTION_LINE_LINKS,
                        SectionType.CASE_EXAMPLES,
                        SectionType.VISION,
                        SectionType.OTHER);
        assertThat(document.sessions().get(8).sections().get(1).heading())
                .isEqualTo("COUNTRIES REPORT SIGNIFICANT ACHIEVEMENTS DRIVEN BY WSIS VALUES AND ACTION LINES");
    }

    @Test
    void eachHeadingKnowsItsLineSoThatWhatItNamesCanBeCited() {
        assertThat(document.sessions().get(3).sections().get(2).headingLocation())
                .as("\"The Estonian Experience\" is line 315 of the text sample")
                .isEqualTo(TextLocation.line(315));
        assertThat(document.sessions()
                        .get(3)
                        .sections()
                        .get(2)
                        .headingAsSection()
                        .location(0, 5))
                .isEqualTo(TextLocation.line(315));
        assertThat(document.sessions().stream().flatMap(s -> s.sections().stream()))
                .filteredOn(section -> !section.heading().isBlank())
                .allSatisfy(section -> assertThat(section.headingLocation()).isNotNull());
    }

    @Test
    void eachTitleKnowsItsLineSoThatWhatItNamesCanBeCited() {
        assertThat(document.sessions())
                .extracting(Session::titleLocation)
                .as("the \"Leaders TalkX: ...\" lines of the text sample")
                .containsExactly(
                        TextLocation.line(103),
                        TextLocation.line(175),
                        TextLocation.line(223),
                        TextLocation.line(299),
                        TextLocation.line(383),
                        TextLocation.line(445),
                        TextLocation.line(485),
                        TextLocation.line(525),
                        TextLocation.line(585),
                        TextLocation.line(643),
                        TextLocation.line(785),
                        TextLocation.line(828),
                        TextLocation.line(910));
        assertThat(document.sessions().get(3).titleAsSection().location(0, 6)).isEqualTo(TextLocation.line(299));
    }

    @Test
    void keepsAListOfActionLinesInsideItsLinksSection() {
        Section links = document.sessions().get(3).sections().get(7);

        assertThat(links.heading()).isEqualTo("Links to the WSIS Action Lines");
        assertThat(links.text())
                .contains(
                        "Action Line 1: The role of governments and stakeholders",
                        "Action Line 5: Building Confidence and Security in the Use of ICTs\n\nAction Line 6: Enabling Environment",
                        "Action Line 11: International and Regional Cooperation");
    }

    @Test
    void reportsTheZhengSpellingAndTheSessionsWithoutLinks() {
        assertThat(document.findings())
                .filteredOn(finding -> finding.severity() == Severity.WARNING)
                .extracting(Finding::sessionIndex, Finding::check, Finding::message)
                .containsExactly(tuple(
                        12,
                        "facilitator-name-mismatch",
                        "Session 12 \"Click to govern: inclusive and efficient e-services\" names its facilitator"
                                + " \"Yuhan Zheng\" in the summary but \"Yuhua Zheng\" in the facilitators table."));
        assertThat(document.findings())
                .filteredOn(finding -> finding.check().equals("missing-action-line-links"))
                .extracting(Finding::sessionIndex)
                .containsExactly(7, 11);
        assertThat(document.findings())
                .filteredOn(finding -> finding.check().equals("session-title-differs"))
                .extracting(Finding::sessionIndex)
                .containsExactly(7);
        assertThat(document.findings())
                .allMatch(finding -> finding.document().equals("wsis20-hltf-summaries-2025.txt"));
    }

    private static List<SectionType> types(int sessionIndex) {
        return document.sessions().get(sessionIndex).sections().stream()
                .map(Section::type)
                .toList();
    }

    /** One column of samples/expected/sessions.tsv, in session order. */
    private static List<String> expected(int column) {
        try {
            return Files.readAllLines(EXPECTED).stream()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("index\t") && !line.isBlank())
                    .map(line -> line.split("\t")[column])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
