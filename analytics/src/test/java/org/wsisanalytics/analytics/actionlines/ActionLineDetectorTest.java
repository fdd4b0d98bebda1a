package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.StructureLayer;

class ActionLineDetectorTest {

    private static final ActionLineDetector DETECTOR = new ActionLineDetector(ActionLineCatalog.loadDefault());

    static List<ActionLineMention> detect(Section... sections) {
        return DETECTOR.detect(new Session(
                "doc.txt", 2, null, "A session", null, null, null, null, StructureLayer.TEMPLATE, List.of(sections)));
    }

    static List<ActionLineMention> detect(String text) {
        return detect(new Section("Body", SectionType.OTHER, text));
    }

    @Nested
    class Notations {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "The session covered C3 at length.          | C3  | C3",
                    "C5. Building confidence and security.      | C5  | C5",
                    "It stressed Action Line C2 above all.      | C2  | Action Line C2",
                    "as defined under WSIS Action Line C6, is   | C6  | WSIS Action Line C6",
                    "Security (AL C5) came up.                  | C5  | AL C5",
                    "Action Line 4: Capacity building           | C4  | Action Line 4",
                    "as articulated in Action Line One.         | C1  | Action Line One",
                    "INTERVENTIONS ALIGN WITH ACTION LINE C6 ON | C6  | ACTION LINE C6",
                    "Action Line C7 (ICT Applications: E-government) was addressed | C7 | Action Line C7",
                    "Action Line C10 (Ethical Dimensions)       | C10 | Action Line C10",
                    "Action Line 11: International cooperation  | C11 | Action Line 11",
                    "the importance of Action Line C6 – Enabling Environment. | C6 | Action Line C6",
                    "Action Line 8 -> diversity                 | C8  | Action Line 8",
                    "ensuring trust in digital systems (C5) were | C5 | C5",
                    "see action-line c3 below                   | C3  | action-line c3",
                    "as in Action Line No. 9                    | C9  | Action Line No. 9",
                })
        void findsEachNotationOnceWithItsText(String text, String code, String notation) {
            assertThat(detect(text))
                    .extracting(ActionLineMention::actionLine, ActionLineMention::notation)
                    .containsExactly(tuple(code, notation));
        }

        @ParameterizedTest(name = "Action Line {0}")
        @CsvSource({
            "One, C1",
            "Two, C2",
            "three, C3",
            "Four, C4",
            "Five, C5",
            "Six, C6",
            "Seven, C7",
            "Eight, C8",
            "Nine, C9",
            "Ten, C10",
            "Eleven, C11"
        })
        void readsNumberWordsOneToEleven(String word, String code) {
            assertThat(detect("This links to Action Line " + word + "."))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly(code);
        }

        @Test
        void eachElementOfAListIsAMentionWithItsOwnOffsets() {
            String text = "alignment to several WSIS Action Lines such as C1, C3, C4, C5, C7.";
            List<ActionLineMention> mentions = detect(text);

            assertThat(mentions)
                    .extracting(
                            ActionLineMention::actionLine,
                            ActionLineMention::notation,
                            ActionLineMention::start,
                            ActionLineMention::end)
                    .containsExactly(
                            tuple("C1", "C1", 47, 49),
                            tuple("C3", "C3", 51, 53),
                            tuple("C4", "C4", 55, 57),
                            tuple("C5", "C5", 59, 61),
                            tuple("C7", "C7", 63, 65));
        }

        @Test
        void aPluralPrefixCarriesOverToTheFollowingElements() {
            assertThat(detect("Action Lines C1 and C3 matter."))
                    .extracting(ActionLineMention::notation)
                    .containsExactly("Action Lines C1", "C3");
            assertThat(detect("See Action Lines 1, 3 and 5 here."))
                    .extracting(ActionLineMention::actionLine, ActionLineMention::notation)
                    .containsExactly(tuple("C1", "Action Lines 1"), tuple("C3", "3"), tuple("C5", "5"));
            assertThat(detect("Action Lines Two & Four"))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C2", "C4");
        }

        @Test
        void aListStopsWhereTheElementsChangeKind() {
            assertThat(detect("Action Lines 1 and 3, ten years on, still matter."))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C1", "C3");
            assertThat(detect("Action Line 2, 3 million people are offline."))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C2");
        }

        @Test
        void twoReferencesInOneSentenceAreTwoMentions() {
            assertThat(detect("This can be directly linked to Action Line Two and Action Line Four"))
                    .extracting(ActionLineMention::notation)
                    .containsExactly("Action Line Two", "Action Line Four");
            assertThat(detect("Action Line 8 -> diversity + Action Line 9 -> media (key actor)"))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C8", "C9");
            assertThat(detect("WSIS Action Line C2 (Infrastructure) and C11 (E-Governance)."))
                    .extracting(ActionLineMention::notation)
                    .containsExactly("WSIS Action Line C2", "C11");
        }

        @Test
        void offsetsPointAtTheNotationInTheSectionText() {
            String text = "Intro.\n\nThe dialogue emphasized WSIS Action Line C3 (Access) and (C5).";
            for (ActionLineMention mention : detect(text)) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.notation());
            }
            assertThat(detect(text))
                    .extracting(ActionLineMention::start, ActionLineMention::end)
                    .containsExactly(tuple(32, 51), tuple(66, 68));
        }

        @Test
        void aNotationWrappedOverTwoLinesIsStillOneMention() {
            assertThat(detect("the importance of Action\nLine C6 for all"))
                    .extracting(ActionLineMention::notation)
                    .containsExactly("Action\nLine C6");
        }
    }

    @Nested
    class LookAlikes {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "C12 is not an action line.",
                    "Cl1 is a typo of a code.",
                    "The C-3 form is not used.",
                    "During COVID-19 services moved online.",
                    "C2C and B2C markets grew.",
                    "CO2 emissions fell.",
                    "The ABC3 and XC5 products.",
                    "Colour #C3C3C3 and id 0xC5 and a3C5f.",
                    "Clause C3.1 of the draft.",
                    "See https://example.org/C3 for details.",
                    "As set out in Section C4 of the annex.",
                    "Meet in Room C2 after lunch.",
                    "Staff need English at level C1 or a C1-level certificate.",
                    "Speakers reached C2 level in French.",
                    "Links to WSIS Action Lines",
                    "This session linked to 10 out of the 11 WSIS action lines:",
                    "the WSIS Action Line Targets and the Action Lines on inclusion",
                    "The AL 5 form is not used.",
                    "Action Line 12 does not exist, nor does Action Line 0.",
                    "lower-case c3 is not a code",
                    "C40 Cities and C19 and C110.",
                    "the C3-PO droid",
                    "Room C2-C4 is free.",
                })
        void findsNothing(String text) {
            assertThat(detect(text)).isEmpty();
        }

        @Test
        void c10AndC11AreNotC1() {
            assertThat(detect("C10 and C11, then Action Line C10."))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C10", "C11", "C10");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Action Lines C1–C5 were discussed.",
                    "Lines C1-C5 were discussed.",
                    "C1 – C5 were discussed.",
                    "C1 to C5 were discussed.",
                    "Action Lines 1–5 were discussed.",
                    "Action Lines 1 through 5 were discussed.",
                    "Action Lines C1—5 were discussed."
                })
        void rangesCountEveryLineInThem(String text) {
            assertThat(detect(text))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C1", "C2", "C3", "C4", "C5");
        }

        @Test
        void theLinesInsideARangeHaveTheRangeAsNotationAndTheEndsTheirOwn() {
            List<ActionLineMention> found = detect("As in Action Lines C7 to C9 and C11.");
            assertThat(found)
                    .extracting(ActionLineMention::actionLine, ActionLineMention::notation, ActionLineMention::start)
                    .containsExactly(
                            tuple("C7", "Action Lines C7", 6),
                            tuple("C8", "C7 to C9", 19),
                            tuple("C9", "C9", 25),
                            tuple("C11", "C11", 32));
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "C5–C3 were discussed.|C5,C3",
                    "C3-1 of the annex|C3",
                    "C10-C11 and Action Line 2-3 times|C10,C11,C2,C3"
                })
        void rangesThatAreNotAscendingOrNotReferencesGiveOnlyWhatTheyName(String text, String expected) {
            assertThat(detect(text)).extracting(ActionLineMention::actionLine).containsExactly(expected.split(","));
        }
    }

    @Nested
    class Evidence {

        @Test
        void theSentenceIsTheWholeSentenceAroundTheNotation() {
            String text = "The panel met. Prof. Abbasi cited e.g. 2.6 billion offline, as in Action Line C1. It ended.";
            assertThat(detect(text))
                    .extracting(ActionLineMention::sentence)
                    .containsExactly("Prof. Abbasi cited e.g. 2.6 billion offline, as in Action Line C1.");
        }

        @Test
        void aListItemIsItsOwnSentenceWithoutBoldMarkersOrBullet() {
            String text = "Session outcomes directly advanced:\n\n"
                    + "- **C1 (Public Policy):** Uruguay's governance restructuring for service digitization.\n"
                    + "- **C2 (Infrastructure):** Costa Rica's 5G rollout";
            assertThat(detect(text))
                    .extracting(ActionLineMention::sentence)
                    .containsExactly(
                            "C1 (Public Policy): Uruguay's governance restructuring for service digitization.",
                            "C2 (Infrastructure): Costa Rica's 5G rollout");
        }

        @Test
        void mentionsCarryTheSessionAndTheSectionHeadingAsWritten() {
            List<ActionLineMention> mentions = detect(
                    new Section("Introduction", SectionType.INTRODUCTION, "No reference here."),
                    new Section("Fresh Priorities", SectionType.PRIORITIES, "Collaboration (Action Line C1)."));
            assertThat(mentions).singleElement().satisfies(m -> {
                assertThat(m.session()).isEqualTo(new SessionKey("doc.txt", 2));
                assertThat(m.section()).isEqualTo("Fresh Priorities");
            });
        }

        @Test
        void mentionsComeInSectionAndTextOrder() {
            List<ActionLineMention> mentions = detect(
                    new Section("A", SectionType.OTHER, "C9 then C2."),
                    new Section("B", SectionType.OTHER, "C1 then C11."));
            assertThat(mentions).extracting(ActionLineMention::actionLine).containsExactly("C9", "C2", "C1", "C11");
        }
    }

    @Nested
    class LinksSection {

        @Test
        void everyMentionInAnActionLineLinksSectionIsInIt() {
            assertThat(detect(new Section(
                            "Links to WSIS Action Lines",
                            SectionType.ACTION_LINE_LINKS,
                            "C5. Building confidence.\n\nAlso C3.")))
                    .extracting(ActionLineMention::inLinksSection)
                    .containsExactly(true, true);
        }

        @Test
        void aCombinedHeadingCountsEvenIfTypedOtherwise() {
            assertThat(detect(new Section(
                            "Fresh priorities & Links to WSIS Action Lines",
                            SectionType.PRIORITIES,
                            "This can be directly linked to Action Line Two")))
                    .extracting(ActionLineMention::inLinksSection)
                    .containsExactly(true);
            assertThat(detect(new Section(
                            "INTERVENTIONS ALIGN CLOSELY WITH WSIS ACTION LINES",
                            SectionType.OTHER,
                            "The role of governments (Action Line C1).")))
                    .extracting(ActionLineMention::inLinksSection)
                    .containsExactly(true);
        }

        @Test
        void aRunInLabelMarksItsSentenceOnly() {
            String text = "Security matters, see C5. Links to WSIS Action Lines: the discussions highlighted "
                    + "alignment to C1, C3. Later C4 came up.";
            assertThat(detect(text))
                    .extracting(ActionLineMention::actionLine, ActionLineMention::inLinksSection)
                    .containsExactly(tuple("C5", false), tuple("C1", true), tuple("C3", true), tuple("C4", false));
        }

        @Test
        void aRunInLabelOpeningAParagraphMarksItsListItems() {
            String text = "**Links to the WSIS Action Lines:**\n- C1 (Governance): partnerships.\n- C3 (Access): data."
                    + "\n\nOther paragraph with C4.";
            assertThat(detect(text))
                    .extracting(ActionLineMention::actionLine, ActionLineMention::inLinksSection)
                    .containsExactly(tuple("C1", true), tuple("C3", true), tuple("C4", false));
        }

        @Test
        void otherSectionsAreNotLinks() {
            assertThat(
                            detect(
                                    new Section(
                                            "Achievements",
                                            SectionType.ACHIEVEMENTS,
                                            "Reflecting WSIS Action Line C2 (Infrastructure). The links to WSIS Action Lines are many: C4.")))
                    .extracting(ActionLineMention::inLinksSection)
                    .containsExactly(false, false);
        }
    }
}
