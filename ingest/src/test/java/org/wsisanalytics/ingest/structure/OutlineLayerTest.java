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
                "Summaries of the digital week", "",
                "Bridging the connectivity gap for small island states", "",
                "Introduction", "", "Ministers from Fiji and Samoa spoke.", "",
                "Key challenges", "", "Costs of submarine cables remain high.", "",
                "Skills for a digital tomorrow", "",
                "Introduction", "", "The session looked at training.", "",
                "Ethics of artificial intelligence in public services", "",
                "PANELLISTS CALL FOR OPEN ALGORITHM REGISTERS", "", "Chile presented its register.");

        assertThat(structure.sessions()).extracting(Session::title, Session::structure).containsExactly(
                tuple("Bridging the connectivity gap for small island states", StructureLayer.OUTLINE),
                tuple("Skills for a digital tomorrow", StructureLayer.OUTLINE),
                tuple("Ethics of artificial intelligence in public services", StructureLayer.OUTLINE));
        assertThat(structure.sessions().get(0).sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Key challenges");
        assertThat(structure.findings()).filteredOn(f -> f.check().equals("structure-outline")).hasSize(1);
    }

    @Test
    void markedLevelsChooseTheLevelThatRepeatsAndSessionNumbersBecomeIds() {
        RecognizedStructure structure = read(
                "# WSIS Forum programme", "",
                "## Session 231: Open data for all", "", "Room C2, 10:00", "", "Speakers from Chile discussed open data.", "",
                "### Key challenges", "", "Licences are unclear.", "",
                "## Session 232: Satellites and rural schools", "", "Speakers from Nepal described rural schools.");

        assertThat(structure.sessions()).extracting(Session::sessionId, Session::title).containsExactly(
                tuple("231", "Session 231: Open data for all"),
                tuple("232", "Session 232: Satellites and rural schools"));
    }

    @Test
    void aSessionNumberAloneTakesTheTitleOnTheNextLine() {
        RecognizedStructure structure = read(
                "Session 101", "Digital public infrastructure", "Tuesday 9 July 2025, 14:00",
                "Panellists from India and Brazil compared their identity systems at length and in detail.", "",
                "Session 102", "Cyber resilience for small states", "Wednesday 10 July 2025, 09:00",
                "Estonia and Mauritius presented their national computer emergency teams in detail.");

        assertThat(structure.sessions()).extracting(Session::sessionId, Session::title).containsExactly(
                tuple("101", "Session 101: Digital public infrastructure"),
                tuple("102", "Session 102: Cyber resilience for small states"));
    }

    @Test
    void headingsThatAreAllSectionNamesLeaveTheDocumentOneUnit() {
        RecognizedStructure structure = read(
                "Submission of the Ministry of ICT", "",
                "Background", "", "Our ministry in Ghana runs community centres.", "",
                "Challenges", "", "Power cuts stop the centres.", "",
                "Recommendations", "", "Fund solar panels.");

        assertThat(structure.sessions()).extracting(Session::title, Session::structure)
                .containsExactly(tuple("Submission of the Ministry of ICT", StructureLayer.WHOLE));
        assertThat(structure.sessions().get(0).sections()).extracting(Section::heading)
                .containsExactly("Background", "Challenges", "Recommendations");
        assertThat(structure.findings()).filteredOn(f -> f.check().equals("structure-whole"))
                .extracting(f -> f.message()).singleElement().asString()
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
}
