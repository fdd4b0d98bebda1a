package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.ingest.clean.TextCleaner;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

class OutlineLayerTest {

    private final StructureRecognizer recognizer = new StructureRecognizer();

    private RecognizedStructure read(String... lines) {
        return recognizer.recognize(new TextCleaner().clean(String.join("\n", lines)), "doc.txt");
    }

    @Test
    void summariesWithoutTemplateWordsAreUnitsUnderTitlesAboveSectionNames() {
        RecognizedStructure structure = read(
                "Summaries of the digital week",
                "",
                "Bridging the connectivity gap for small island states",
                "",
                "Introduction",
                "",
                "Ministers from Fiji and Samoa spoke.",
                "",
                "Key challenges",
                "",
                "Costs of submarine cables remain high.",
                "",
                "Skills for a digital tomorrow",
                "",
                "Introduction",
                "",
                "The session looked at training.",
                "",
                "Ethics of artificial intelligence in public services",
                "",
                "PANELLISTS CALL FOR OPEN ALGORITHM REGISTERS",
                "",
                "Chile presented its register.");

        assertThat(structure.sessions())
                .extracting(Session::title, Session::structure)
                .containsExactly(
                        tuple("Bridging the connectivity gap for small island states", StructureLayer.OUTLINE),
                        tuple("Skills for a digital tomorrow", StructureLayer.OUTLINE),
                        tuple("Ethics of artificial intelligence in public services", StructureLayer.OUTLINE));
        assertThat(structure.sessions().get(0).sections())
                .extracting(Section::heading)
                .containsExactly("Introduction", "Key challenges");
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("structure-outline"))
                .hasSize(1);
    }

    @Test
    void markedLevelsChooseTheLevelThatRepeatsAndSessionNumbersBecomeIds() {
        RecognizedStructure structure = read(
                "# WSIS Forum programme",
                "",
                "## Session 231: Open data for all",
                "",
                "Room C2, 10:00",
                "",
                "Speakers from Chile discussed open data.",
                "",
                "### Key challenges",
                "",
                "Licences are unclear.",
                "",
                "## Session 232: Satellites and rural schools",
                "",
                "Speakers from Nepal described rural schools.");

        assertThat(structure.sessions())
                .extracting(Session::sessionId, Session::title)
                .containsExactly(
                        tuple("231", "Session 231: Open data for all"),
                        tuple("232", "Session 232: Satellites and rural schools"));
    }

    @Test
    void aSessionNumberAloneTakesTheTitleOnTheNextLine() {
        RecognizedStructure structure = read(
                "Session 101",
                "Digital public infrastructure",
                "Tuesday 9 July 2025, 14:00",
                "Panellists from India and Brazil compared their identity systems at length and in detail.",
                "",
                "Session 102",
                "Cyber resilience for small states",
                "Wednesday 10 July 2025, 09:00",
                "Estonia and Mauritius presented their national computer emergency teams in detail.");

        assertThat(structure.sessions())
                .extracting(Session::sessionId, Session::title)
                .containsExactly(
                        tuple("101", "Session 101: Digital public infrastructure"),
                        tuple("102", "Session 102: Cyber resilience for small states"));
    }

    @Test
    void aSessionNumberLineUnderTheTitleAndOrganiserGivesTheId() {
        RecognizedStructure structure = read(
                "# WSIS Forum 2025: Outcome Document",
                "",
                "## Measuring meaningful connectivity",
                "",
                "Organized by: Digital Access Observatory",
                "",
                "Session 412",
                "",
                "Speakers from Kenya and Colombia compared household surveys of mobile data use.",
                "",
                "## Open weather data for farmers",
                "",
                "Organized by: AgriData Commons",
                "",
                "Session 431",
                "",
                "Presenters from Senegal showed forecasts sent as text messages in several languages.",
                "",
                "## Prize ceremony for the winners",
                "",
                "Session 431 organizers and all speakers were thanked by the chair at length.");

        assertThat(structure.sessions())
                .extracting(Session::sessionId, Session::title)
                .containsExactly(
                        tuple("412", "Measuring meaningful connectivity"),
                        tuple("431", "Open weather data for farmers"),
                        tuple(null, "Prize ceremony for the winners"));
    }

    @Test
    void theLabelledLineEndingTheUnitAboveIsNoTitleOverTheNextSessionNumber() {
        // A PDF outcome document as pdftotext writes it: no heading marks, "WSIS Action Lines: ..." ends each unit.
        RecognizedStructure structure = read(
                "WSIS Forum 2025: Outcome Document",
                "",
                "Thematic Workshops",
                "",
                "Measuring meaningful connectivity in secondary cities",
                "",
                "Organized by: Digital Access Observatory",
                "Session 412",
                "Speakers from Kenya and Colombia compared household surveys of mobile data use.",
                "WSIS Action Lines: C2, C3",
                "",
                "Local languages in public service chatbots",
                "",
                "Organized by: Linguistic Inclusion Network",
                "Session 418",
                "Speakers from Nepal and Paraguay showed chatbots that answer in local languages.",
                "WSIS Action Lines: C7, C8",
                "",
                "Open weather data for farmers",
                "",
                "Organized by: AgriData Commons",
                "Session 431",
                "Presenters from Senegal showed forecasts sent as text messages in several languages.",
                "WSIS Action Lines: C3, C7");

        assertThat(structure.sessions())
                .extracting(Session::sessionId, Session::title)
                .containsExactly(
                        tuple("412", "Measuring meaningful connectivity in secondary cities"),
                        tuple("418", "Local languages in public service chatbots"),
                        tuple("431", "Open weather data for farmers"));
    }

    @Test
    void reportTitlesWithAnEventAcronymAndANumberSignAreUnitsAboveTheirFields() {
        RecognizedStructure structure = read(
                "IGF 2025 Session Reports: sessions on WSIS follow-up",
                "",
                "Compiled by the secretariat from the reports filed by rapporteurs.",
                "",
                "IGF 2025 WS #214 Community networks in mountain regions",
                "",
                "Session type: Workshop",
                "Room: Workshop Room C2",
                "Chair/Moderator: Ms. Georgia Lindqvist",
                "",
                "Key takeaways",
                "1. Licence-exempt spectrum let networks in Nepal and Peru reach villages within a year.",
                "",
                "Session summary",
                "The session opened with a short film about a network built by herders in the Andes.",
                "",
                "IGF 2025 Open Forum #37 Twenty years of WSIS: what the action lines still need",
                "",
                "Session type: Open Forum",
                "Room: Plenary Hall",
                "Chair/Moderator: Mr. Kofi Mensah",
                "",
                "Key takeaways",
                "1. The eleven action lines remain a useful map for national plans and reviews.",
                "",
                "Session summary",
                "Speakers recalled the Geneva and Tunis phases of the Summit at some length.",
                "",
                "IGF 2025 Lightning Talk #88 Digital public goods for civil registration",
                "",
                "Session type: Lightning Talk",
                "Room: Lightning Stage B",
                "Chair/Moderator: Ms. Sara Haddad",
                "",
                "Key takeaways",
                "1. Birth registration rose fastest where registries were linked to clinics.",
                "",
                "Session summary",
                "The speaker compared registry projects in Sierra Leone and Papua New Guinea.");

        assertThat(structure.sessions())
                .extracting(Session::sessionId, Session::title)
                .containsExactly(
                        tuple("214", "IGF 2025 WS #214 Community networks in mountain regions"),
                        tuple("37", "IGF 2025 Open Forum #37 Twenty years of WSIS: what the action lines still need"),
                        tuple("88", "IGF 2025 Lightning Talk #88 Digital public goods for civil registration"));
    }

    @Test
    void frenchAndSpanishSessionWordsGiveSessionNumbers() {
        RecognizedStructure structure = read(
                "# Forum régional SMSI 2025",
                "",
                "## Séance 1 : Connectivité abordable en zone rurale",
                "",
                "Regulators from Senegal and Mali compared prices.",
                "",
                "## Sesión 2: Medios comunitarios",
                "",
                "Community radios from Bolivia stream their programmes online.",
                "",
                "## Atelier 3 – Données de santé",
                "",
                "Health ministries presented electronic records.");

        assertThat(structure.sessions()).extracting(Session::sessionId).containsExactly("1", "2", "3");
    }

    @Test
    void aCapitalisedWordBeforeSessionIsNoEventAcronym() {
        assertThat(OutlineHeading.SESSION_NUMBER
                        .matcher("The Session 5 speakers agreed")
                        .find())
                .isFalse();
        assertThat(OutlineHeading.SESSION_NUMBER
                        .matcher("IGF 2025 Session Reports: sessions on WSIS follow-up")
                        .find())
                .isFalse();
        assertThat(OutlineHeading.SESSION_NUMBER
                        .matcher("WSIS+20 Session 7: Ethics")
                        .find())
                .isTrue();
    }

    @Test
    void headingsThatAreAllSectionNamesLeaveTheDocumentOneUnit() {
        RecognizedStructure structure = read(
                "Submission of the Ministry of ICT",
                "",
                "Background",
                "",
                "Our ministry in Ghana runs community centres.",
                "",
                "Challenges",
                "",
                "Power cuts stop the centres.",
                "",
                "Recommendations",
                "",
                "Fund solar panels.");

        assertThat(structure.sessions())
                .extracting(Session::title, Session::structure)
                .containsExactly(tuple("Submission of the Ministry of ICT", StructureLayer.WHOLE));
        assertThat(structure.sessions().get(0).sections())
                .extracting(Section::heading)
                .containsExactly("Background", "Challenges", "Recommendations");
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("structure-whole"))
                .extracting(f -> f.message())
                .singleElement()
                .asString()
                .contains("its 3 headings under the title all name sections");
    }

    @Test
    void aListOfShortLinesIsNotAListOfTitles() {
        List<Block> blocks = Blocks.of("Action Line 9: Media", "Action Line 10: Ethics", "Vision", "Text.");
        List<OutlineHeading> headings = OutlineHeading.find(blocks, SectionClassifier.bundled());

        OutlineLayer.Result result = new OutlineLayer(SectionClassifier.bundled(), List.of()).split(blocks, null);

        assertThat(headings).extracting(OutlineHeading::text).contains("Action Line 10: Ethics");
        assertThat(result.parts()).isEmpty();
    }

    @Test
    void aCoverPageOfShortLinesIsNoOutline() {
        String prose =
                "Member States reported on their regional activities in the year, and the note sums them up. Member States reported on their regional activities in the year, and the note sums them up. Member States reported on their regional activities in the year, and the note sums them up. Member States reported on their regional activities in the year, and the note sums them up. Member States reported on their regional activities in the year, and the note sums them up. Member States reported on their regional activities in the year, and the note sums them up.";
        RecognizedStructure structure = read(
                "Commission on Science and Technology for Development",
                "",
                "Twenty-eighth session",
                "",
                "Geneva, 7\u201311 April 2025",
                "",
                "Item 2 of the provisional agenda",
                "",
                "Progress made in the implementation of and follow-up to the outcomes of the World Summit on the"
                        + " Information Society at the regional level",
                "",
                "Note by the secretariat",
                "",
                "1. " + prose,
                "",
                "2. " + prose,
                "",
                "3. " + prose);

        assertThat(structure.sessions()).extracting(Session::structure).containsExactly(StructureLayer.WHOLE);
    }

    private static final String NOTE =
            "Please note that this outcome document compiles the descriptions and results that"
                    + " the organizers of each session sent to the secretariat after the Forum. The secretariat has not edited"
                    + " them for substance and does not answer for their content. Recordings of every session remain available"
                    + " on the Forum website for those who wish to hear the debates again.";

    private static final String UNIT_PROSE = "Speakers from Kenya and Colombia compared household surveys from three"
            + " mid-sized cities and asked whether a signal on a map means that people are online in a useful way."
            + " More than eighty per cent of residents live under coverage, but fewer than half use mobile data every"
            + " day; the price of a handset, not the price of data, keeps most women offline. Participants agreed"
            + " that coverage targets should be read together with measures of affordability and use, and that"
            + " surveys should ask how often people go online and for what.";

    private RecognizedStructure outcomeDocument(String... before) {
        List<String> lines = new java.util.ArrayList<>(List.of("# WSIS Forum 2025: Outcome Document", ""));
        for (String line : before) {
            lines.add(line);
            lines.add("");
        }
        for (String title : List.of("Measuring connectivity in secondary cities", "Local languages in chatbots")) {
            lines.addAll(List.of("## " + title, "", UNIT_PROSE, ""));
        }
        return read(lines.toArray(String[]::new));
    }

    @Test
    void aNoteOnHowTheDocumentWasCompiledIsFrontMatterNotAUnit() {
        RecognizedStructure structure = outcomeDocument("Thematic Workshops Track (Version 1.2)", NOTE);

        assertThat(structure.sessions())
                .extracting(Session::title)
                .containsExactly("Measuring connectivity in secondary cities", "Local languages in chatbots");
        assertThat(structure.findings())
                .filteredOn(f -> f.check().equals("structure-outline"))
                .singleElement()
                .extracting(f -> f.message())
                .asString()
                .contains("the 64 words before the first are front matter");
    }

    @Test
    void anIntroductionUnderASectionsHeadingOrAsLongAsAUnitIsAUnitOfItsOwn() {
        for (String[] before : List.of(new String[] {"## Introduction", NOTE}, new String[] {UNIT_PROSE})) {
            assertThat(outcomeDocument(before).sessions())
                    .extracting(Session::title)
                    .as(before[0])
                    .containsExactly(
                            "WSIS Forum 2025: Outcome Document",
                            "Measuring connectivity in secondary cities",
                            "Local languages in chatbots");
        }
    }
}
