package org.wsisanalytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

/** Reads the real sample document: the text of the published WSIS+20 HLTF summaries PDF. */
class SampleDocumentTest {

    private static final Path SAMPLE = Path.of("../samples/documents/wsis20-hltf-summaries-2025.txt");

    private static ParsedDocument document;

    @BeforeAll
    static void readSample() throws Exception {
        DocumentSource source = new DocumentSource("wsis20-hltf-summaries-2025.txt", SAMPLE.toString(),
                "0".repeat(64), Files.size(SAMPLE));
        document = new DocumentIngestor(IngestLimits.defaults()).read(SAMPLE, source);
    }

    @Test
    void hasTheDocumentTitle() {
        assertThat(document.title())
                .isEqualTo("WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators");
    }

    @Test
    void findsThirteenSessionsInDocumentOrderWithTheirTitlesAsWritten() {
        assertThat(document.sessions()).extracting(Session::title).containsExactly(
                "Forging partnerships for purpose: advancing the digital for development landscape",
                "Information and communication infrastructure: a foundation for universal, sustainable and affordable access",
                "Accelerating global access to information and knowledge in the digital era",
                "Future Ready: Enhancing Skills for a Digital Tomorrow",
                "Towards a safer connected world: collaborative strategies to strengthen digital trust and cyber resilience",
                "Building inclusive & knowledge-driven digital societies",
                "ICT Applications to Unlock the Full Potential of Digital – Part I",
                "Local to Global: preserving culture and language in a digital era",
                "When policy meets progress: paving the way for a fit for future digital world",
                "Moral pixels: painting an ethical landscape in the information society",
                "Partnership pivot: rethinking cooperation in the digital era",
                "Click to govern: inclusive and efficient e-services",
                "ICT application to unlock the full potential of digital – Part II");
        assertThat(document.sessions()).extracting(Session::index)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void takesSessionIdsAndLinksFromTheTableMatchedByTitle() {
        assertThat(document.sessions()).extracting(Session::sessionId).containsExactly(
                "378", "379", "417", "419", "421", "430", "427", "428", "426", "431", "433", "436", "438");
        assertThat(document.sessions().get(6).link()).isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/427");
        assertThat(document.sessions().get(12).link()).isEqualTo("https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/438");
    }

    @Test
    void namesTheFacilitatorAsInTheBodyAndAsInTheTable() {
        assertThat(document.sessions()).extracting(Session::facilitator).containsExactly(
                "Amrita Choudhury", "Valeria Betancourt", "Abdulkarim Oloyede", "Cheryl Miller", "Lucien Castex",
                "Cerys Stansfield", "Meni Anastasiadou", "Caroline Vuillemin", "Lidia Stępińska-Ustasiak",
                "Anriette Esterhuysen", "Lori Schulman", "Yuhan Zheng", "Daniella Esi Darlington");
        assertThat(document.sessions()).extracting(Session::facilitatorListed).containsExactly(
                "Amrita Choudhury", "Valeria Betancourt", "Abdulkarim Oloyede", "Cheryl Miller", "Lucien CASTEX",
                "Cerys Stansfield", "Meni Anastasiadou", "Caroline Vuillemin", "Lidia Stępińska-Ustasiak",
                "Anriette Esterhuysen", "Lori Schulman", "Yuhua Zheng", "Daniella Esi Darlington");
    }

    @Test
    void readsTheFacilitatorsTableIncludingTheRowsWrappedInHtml() {
        assertThat(document.facilitators()).hasSize(13);
        assertThat(document.facilitators().get(3)).isEqualTo(new FacilitatorEntry(
                "Future-ready: enhancing skills for a digital tomorrow",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/419", "419", "Cheryl Miller",
                "Vice President, Digital Policy", "US Council for International Business"));
        assertThat(document.facilitators().get(9)).isEqualTo(new FacilitatorEntry(
                "Moral pixels: painting an ethical landscape in the information society",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/431", "431", "Anriette Esterhuysen",
                "Senior Advisor Internet Governance", "Association for Progressive Communications"));
    }

    @Test
    void firstSessionHasTheTemplateSectionsAndItsRunInLinksLabel() {
        Session first = document.sessions().get(0);

        assertThat(first.sections()).extracting(Section::heading, Section::type).containsExactly(
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
                .isEqualTo("the discussions highlighted alignment to several WSIS Action Lines such as C1, C3, C4, C5, C7.");
        assertThat(first.sections().get(4).text()).endsWith("this can help to reduce the technological divide.");
    }

    @Test
    void joinsTheParagraphThatThePageBreakCutAndDropsHeadersAndDraftMarks() {
        Session first = document.sessions().get(0);

        assertThat(first.sections().get(6).text())
                .contains("aims to build digital inclusion by strengthening individual capacities of the citizens.");
        assertThat(document.sessions()).flatExtracting(Session::sections).extracting(Section::text)
                .noneMatch(text -> text.contains("Summaries from the High-Level Track Facilitators"))
                .noneMatch(text -> text.contains("DRAFT"))
                .noneMatch(text -> text.contains("**") || text.contains("<p>"));
        assertThat(first.sections().get(8).text()).endsWith("build and equitable society we all aspire for.");
    }

    @Test
    void recognisesHeadingsThatLeaveTheTemplate() {
        assertThat(types(3)).containsExactly(SectionType.INTRODUCTION, SectionType.CASE_EXAMPLES,
                SectionType.CASE_EXAMPLES, SectionType.CASE_EXAMPLES, SectionType.CASE_EXAMPLES,
                SectionType.CASE_EXAMPLES, SectionType.TRENDS, SectionType.ACTION_LINE_LINKS, SectionType.VISION);
        assertThat(document.sessions().get(3).sections().get(2).heading()).isEqualTo("The Estonian Experience");
        assertThat(types(5)).containsExactly(SectionType.INTRODUCTION, SectionType.ACHIEVEMENTS,
                SectionType.ACTION_LINE_LINKS, SectionType.TRENDS, SectionType.CASE_EXAMPLES, SectionType.VISION);
        assertThat(document.sessions().get(6).sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Key Issues discussed: Looking Beyond 2025", SectionType.INTRODUCTION),
                tuple("Tangible Outcomes of the session", SectionType.ACHIEVEMENTS),
                tuple("Key Recommendations and Forward-Looking Action Plan for the WSIS+20 Review and Beyond",
                        SectionType.VISION));
        assertThat(document.sessions().get(8).sections()).extracting(Section::type).containsExactly(
                SectionType.INTRODUCTION, SectionType.ACHIEVEMENTS, SectionType.PRIORITIES, SectionType.TRENDS,
                SectionType.OPPORTUNITIES, SectionType.CHALLENGES, SectionType.ACTION_LINE_LINKS,
                SectionType.CASE_EXAMPLES, SectionType.VISION, SectionType.OTHER);
        assertThat(document.sessions().get(8).sections().get(1).heading())
                .isEqualTo("COUNTRIES REPORT SIGNIFICANT ACHIEVEMENTS DRIVEN BY WSIS VALUES AND ACTION LINES");
    }

    @Test
    void keepsAListOfActionLinesInsideItsLinksSection() {
        Section links = document.sessions().get(3).sections().get(7);

        assertThat(links.heading()).isEqualTo("Links to the WSIS Action Lines");
        assertThat(links.text()).contains("Action Line 1: The role of governments and stakeholders",
                "Action Line 5: Building Confidence and Security in the Use of ICTs\n\nAction Line 6: Enabling Environment",
                "Action Line 11: International and Regional Cooperation");
    }

    @Test
    void reportsTheZhengSpellingAndTheSessionsWithoutLinks() {
        assertThat(document.findings()).filteredOn(finding -> finding.severity() == Severity.WARNING)
                .extracting(Finding::sessionIndex, Finding::check, Finding::message)
                .containsExactly(tuple(12, "facilitator-name-mismatch",
                        "Session 12 \"Click to govern: inclusive and efficient e-services\" names its facilitator"
                                + " \"Yuhan Zheng\" in the summary but \"Yuhua Zheng\" in the facilitators table."));
        assertThat(document.findings()).filteredOn(finding -> finding.check().equals("missing-action-line-links"))
                .extracting(Finding::sessionIndex).containsExactly(7, 11);
        assertThat(document.findings()).filteredOn(finding -> finding.check().equals("session-title-differs"))
                .extracting(Finding::sessionIndex).containsExactly(7);
        assertThat(document.findings()).allMatch(finding -> finding.document().equals("wsis20-hltf-summaries-2025.txt"));
    }

    private static List<SectionType> types(int sessionIndex) {
        return document.sessions().get(sessionIndex).sections().stream().map(Section::type).toList();
    }
}
