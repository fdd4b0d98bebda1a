package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.StructureLayer;

class ActionLineNameDetectorTest {

    private static final ActionLineNameDetector DETECTOR = new ActionLineNameDetector(ActionLineCatalog.loadDefault());

    static List<ActionLineNameReference> detect(Section... sections) {
        return DETECTOR.detect(new Session(
                "doc.txt", 3, null, "A session", null, null, null, null, StructureLayer.TEMPLATE, List.of(sections)));
    }

    /** In an ordinary section: only action-line wording makes a name a reference. */
    static List<ActionLineNameReference> inProse(String text) {
        return detect(new Section("Summary", SectionType.OTHER, text));
    }

    /** In the links-to-action-lines part. */
    static List<ActionLineNameReference> inLinks(String text) {
        return detect(new Section("Links to WSIS Action Lines", SectionType.ACTION_LINE_LINKS, text));
    }

    @Nested
    class WithActionLineWording {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "There was a call for the WSIS action line on e-environment to evolve. | C7 | e-environment |"
                            + " the WSIS action line on e-environment",
                    "It revisited the action line on e-environment. | C7 | e-environment |"
                            + " the action line on e-environment",
                    "Speakers praised the Action Line on Capacity Building. | C4 |  | the Action Line on Capacity Building",
                    "Action Line on Capacity Building | C4 |  | Action Line on Capacity Building",
                    "Funding for the capacity-building action line grew. | C4 |  | the capacity-building action line",
                    "the capacity building action line | C4 |  | the capacity building action line",
                    "the e-health action line | C7 | e-health | the e-health action line",
                    "the WSIS Action Line for Enabling Environment | C6 |  | the WSIS Action Line for Enabling Environment",
                    "the action line on access to information and knowledge | C3 |  |"
                            + " the action line on access to information and knowledge",
                    "the action line on ICT Applications | C7 |  | the action line on ICT Applications",
                    "the action line on infrastructure | C2 |  | the action line on infrastructure",
                    "the WSIS action-line on cultural diversity | C8 |  | the WSIS action-line on cultural diversity",
                    "the action line on international and regional cooperation | C11 |  |"
                            + " the action line on international and regional cooperation",
                    "the action line on the role of governments and all stakeholders in the promotion of ICTs for"
                            + " development | C1 | | the action line on the role of governments and all stakeholders in"
                            + " the promotion of ICTs for development",
                })
        void findsTheNameWithItsWording(String text, String code, String subLine, String phrase) {
            assertThat(inProse(text))
                    .extracting(
                            ActionLineNameReference::actionLine,
                            ActionLineNameReference::subLine,
                            ActionLineNameReference::phrase,
                            ActionLineNameReference::inLinksSection)
                    .containsExactly(tuple(code, subLine, phrase, false));
        }

        @Test
        void pluralWordingOpensAListOfNames() {
            String text = "The panel returned to the action lines on media and on ethics.";

            assertThat(inProse(text))
                    .extracting(
                            ActionLineNameReference::actionLine,
                            ActionLineNameReference::phrase,
                            ActionLineNameReference::start,
                            ActionLineNameReference::end)
                    .containsExactly(tuple("C9", "the action lines on media", 22, 47), tuple("C10", "ethics", 55, 61));
        }

        @Test
        void aListBeforePluralWordingCountsEachName() {
            assertThat(inProse("It built on the media, ethics and capacity building action lines."))
                    .extracting(ActionLineNameReference::actionLine, ActionLineNameReference::phrase)
                    .containsExactly(
                            tuple("C9", "the media"),
                            tuple("C10", "ethics"),
                            tuple("C4", "capacity building action lines"));
        }

        @Test
        void singularWordingMarksOneNameOnly() {
            // "ethics" alone is no reference: singular wording does not carry over a list.
            assertThat(inProse("the action line on media and ethics"))
                    .extracting(ActionLineNameReference::actionLine)
                    .containsExactly("C9");
            assertThat(inProse("media and the ethics action line"))
                    .extracting(ActionLineNameReference::actionLine)
                    .containsExactly("C10");
        }

        @Test
        void theReferenceCarriesTheSessionSectionSentenceAndOffsets() {
            String text = "Speakers met. Then the action line on e-environment came up.\nNext point.";

            ActionLineNameReference reference =
                    detect(new Section("Key issues", SectionType.OTHER, text)).get(0);

            assertThat(reference.session()).isEqualTo(new SessionKey("doc.txt", 3));
            assertThat(reference.section()).isEqualTo("Key issues");
            assertThat(reference.sentence()).isEqualTo("Then the action line on e-environment came up.");
            assertThat(text.substring(reference.start(), reference.end()))
                    .isEqualTo("the action line on e-environment");
            assertThat(reference.start()).isEqualTo(19);
        }

        @Test
        void aWrappedLineJoinsWordingAndNameButABlankLineDoesNot() {
            assertThat(inProse("the action line on\ne-environment")).hasSize(1);
            assertThat(inProse("capacity building\n\nAction lines were reviewed."))
                    .isEmpty();
            assertThat(inProse("Several action lines on\n\ncapacity building")).isEmpty();
        }
    }

    @Nested
    class InTheLinksPart {

        @Test
        void aNameOfTwoOrMoreWordsOrASubLineCounts() {
            List<ActionLineNameReference> references = inLinks(
                    "Speakers urged updating texts on the enabling environment. They also discussed e-environment.");

            assertThat(references)
                    .extracting(
                            ActionLineNameReference::actionLine,
                            ActionLineNameReference::subLine,
                            ActionLineNameReference::phrase,
                            ActionLineNameReference::inLinksSection)
                    .containsExactly(
                            tuple("C6", null, "the enabling environment", true),
                            tuple("C7", "e-environment", "e-environment", true));
        }

        @Test
        void wordedReferencesThereAreMarkedAsInTheLinksPart() {
            assertThat(inLinks("the WSIS action line on e-environment"))
                    .extracting(ActionLineNameReference::inLinksSection)
                    .containsExactly(true);
        }

        @Test
        void aLinksHeadingOfAnotherTypeCounts() {
            Section section = new Section(
                    "Fresh priorities & Links to WSIS Action Lines",
                    SectionType.OTHER,
                    "This links to capacity building and to cultural diversity.");

            assertThat(detect(section))
                    .extracting(ActionLineNameReference::actionLine, ActionLineNameReference::inLinksSection)
                    .containsExactly(tuple("C4", true), tuple("C8", true));
        }

        @Test
        void aRunInLabelMakesItsSentenceAndParagraphTheLinksPart() {
            String text = "Links to WSIS Action Lines: the enabling environment mattered. So did capacity building."
                    + "\n\nIn general prose capacity building is no reference.";

            assertThat(inProse(text))
                    .extracting(
                            ActionLineNameReference::actionLine,
                            ActionLineNameReference::start,
                            ActionLineNameReference::inLinksSection)
                    .containsExactly(tuple("C6", 28, true), tuple("C4", 70, true));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Poland's use of AI in media literacy programmes.",
                    "Ethics was addressed by all speakers.",
                    "Libya's focus on regulatory infrastructure strengthening and access.",
                    "The session reinforced the relevance of WSIS Action Lines, particularly:",
                    "an enabling policy and regulatory environment",
                    "socio-cultural diversity",
                })
        void singleWordsAndOtherWordingsAreNoReference(String text) {
            assertThat(inLinks(text)).isEmpty();
        }
    }

    @Nested
    class LabelsOfNumericNotations {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "the session stressed Action Line C6 – Enabling Environment. Countries agreed.",
                    "- **C3 (Access to Information):** Cambodia's open-data policies.",
                    "C3 (Access to information)",
                    "- **C7 (ICT Applications):** AI and e-government solutions (Russia, Dominican Republic).",
                    "Action Line C7 (ICT Applications: E-government) was addressed particularly by Belgium.",
                    "C5. Building confidence and security in use of ICTs.",
                    "Action Line 4: Capacity building",
                    "Action Line 1: The role of governments and stakeholders in the promotion of ICTs for development",
                    "The role of governments in shaping enabling environments (Action Line C1), improving access to"
                            + " information and digital literacy (C3), and ensuring trust (C5) were at the core.",
                    "INTERVENTIONS ALIGN WITH WSIS ACTION LINES, ESPECIALLY ACTION LINE C6 ON ENABLING ENVIRONMENTS",
                    "Action Line C4 on capacity building",
                    "Action Line 8 -> cultural diversity + Action Line 9 -> media",
                })
        void aNameThatLabelsANumericNotationIsSkipped(String text) {
            assertThat(inLinks(text)).isEmpty();
        }

        @Test
        void aNameAfterTheLabelInTheSameSentenceStillCounts() {
            String text = "Action Line C6 (Enabling Environment) was addressed by Belgium, and capacity building.";

            assertThat(inLinks(text))
                    .extracting(ActionLineNameReference::actionLine, ActionLineNameReference::phrase)
                    .containsExactly(tuple("C4", "capacity building"));
        }
    }

    @Nested
    class NoReference {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "All speakers addressed the Action Lines on inclusion.",
                    "It reinforced the relevance of the WSIS Action Lines over two decades.",
                    "This session linked to 10 out of the 11 WSIS action lines:",
                    "Capacity building is essential for every country.",
                    "Mr. Silaa described the enabling environment that has positioned Tanzania for success.",
                    "Absence of Enabling Environment: in many countries the policy is absent.",
                    "Creating an enabling environment, as defined under WSIS Action Line C6, is essential.",
                    "ICT applications have played a key role in expanding access.",
                    "amplifying the work done to achieve the WSIS Action Line Targets",
                    "the action line on multimedia",
                    "the action lines on youth and gender",
                })
        void inOrdinaryProse(String text) {
            assertThat(inProse(text)).isEmpty();
        }
    }

    @Test
    void referencesComeInSectionAndTextOrder() {
        List<ActionLineNameReference> references = detect(
                new Section("Summary", SectionType.OTHER, "The e-health action line and the action line on ethics."),
                new Section(
                        "Links to WSIS Action Lines", SectionType.ACTION_LINE_LINKS, "Capacity building, e-learning."));

        assertThat(references)
                .extracting(
                        ActionLineNameReference::section,
                        ActionLineNameReference::actionLine,
                        ActionLineNameReference::subLine)
                .containsExactly(
                        tuple("Summary", "C7", "e-health"),
                        tuple("Summary", "C10", null),
                        tuple("Links to WSIS Action Lines", "C4", null),
                        tuple("Links to WSIS Action Lines", "C7", "e-learning"));
    }

    @Test
    void aSessionWithoutNamesHasNoReferences() {
        assertThat(inLinks("Action Line C1: Common standards for digital public goods."))
                .isEmpty();
        assertThat(detect(new Section("Empty", SectionType.OTHER, ""))).isEmpty();
    }

    @Test
    void aUserCatalogsVariantsAreLookedFor(@TempDir Path folder) throws IOException {
        StringBuilder rows = new StringBuilder("code\tkind\ttext\n");
        for (int n = 1; n <= 11; n++) {
            rows.append('C').append(n).append("\tname\tLine number ").append(n).append('\n');
        }
        rows.append("C9\tvariant\tCommunity radio\n");
        Path file = Files.writeString(folder.resolve("lines.tsv"), rows, StandardCharsets.UTF_8);
        ActionLineNameDetector detector = new ActionLineNameDetector(ActionLineCatalog.load(file));

        List<ActionLineNameReference> references = detector.detect(new Session(
                "doc.txt",
                1,
                null,
                "S",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(new Section("Body", SectionType.OTHER, "the action line on community radio"))));

        assertThat(references).extracting(ActionLineNameReference::actionLine).containsExactly("C9");
    }
}
