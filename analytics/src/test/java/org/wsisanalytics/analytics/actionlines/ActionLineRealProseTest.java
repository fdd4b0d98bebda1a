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

/** Traps of texts written by others: look-alike characters, codes written apart, rooms, programme tables. */
class ActionLineRealProseTest {

    private static List<ActionLineMention> detect(String text) {
        return ActionLineDetectorTest.detect(text);
    }

    private static List<ActionLineMention> detectInLinks(String text) {
        return ActionLineDetectorTest.detect(
                new Section("Links to WSIS Action Lines", SectionType.ACTION_LINE_LINKS, text));
    }

    /** "C5 С5 12 14" per mention: line, notation as written, offsets. */
    private static List<String> found(List<ActionLineMention> mentions) {
        return mentions.stream()
                .map(m -> m.actionLine() + " " + m.notation() + " " + m.start() + " " + m.end())
                .toList();
    }

    @Nested
    class LookAlikeCharacters {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // Cyrillic capital es
                    "The panel stressed \u04215 above all.         | C5 \u04215 19 21",
                    // Cyrillic es in a word of Latin letters and a Cyrillic lower-case a
                    "It stressed Action Line \u04217 first.        | C7 Action Line \u04217 12 26",
                    "\u0410\u0441ti\u043En Lin\u0435 \u04212 was cited. | C2 \u0410\u0441ti\u043En Lin\u0435 \u04212 0 14",
                    // Greek capital lunate sigma, Roman numeral one hundred
                    "Work on \u03F93 continued.                  | C3 \u03F93 8 10",
                    "Work on \u216D4 continued.                  | C4 \u216D4 8 10",
                    // fullwidth letter and digits
                    "Fullwidth \uFF23\uFF15 in a table.            | C5 \uFF23\uFF15 10 12",
                    "Mixed C\uFF17 in a table.                     | C7 C\uFF17 6 8",
                    "Fullwidth \uFF23\uFF11\uFF11 too.             | C11 \uFF23\uFF11\uFF11 10 13",
                    "Fullwidth \uFF23\uFF11\uFF10 too.             | C10 \uFF23\uFF11\uFF10 10 13",
                    // Cyrillic A in the programme abbreviation
                    "\u0410L \u04219 Media                         | C9 \u0410L \u04219 0 5",
                })
        void areFoundWithTheNotationAsWritten(String text, String expected) {
            assertThat(found(detect(text))).containsExactly(expected);
        }

        @Test
        void theSentenceKeepsTheTextAsWritten() {
            assertThat(detect("Trust matters. The panel stressed \u04215 and \uFF23\uFF16."))
                    .extracting(ActionLineMention::actionLine, ActionLineMention::sentence)
                    .containsExactly(
                            tuple("C5", "The panel stressed \u04215 and \uFF23\uFF16."),
                            tuple("C6", "The panel stressed \u04215 and \uFF23\uFF16."));
        }

        @Test
        void aLowerCaseLookAlikeCountsInAListWithAPlainCode() {
            assertThat(found(detect("Lines \u04211 and \u04415 were cited.")))
                    .containsExactly("C1 \u04211 6 8", "C5 \u04415 13 15");
        }

        @Test
        void aNameWithALookAlikeLetterIsFoundAsWritten() {
            // Cyrillic small ie and o in "e-environment" and "on"
            String text = "It revisited the action line \u043En \u0435-environment.";
            assertThat(ActionLineNameDetectorTest.inProse(text)).singleElement().satisfies(reference -> {
                assertThat(reference.actionLine()).isEqualTo("C7");
                assertThat(reference.phrase()).isEqualTo("the action line \u043En \u0435-environment");
                assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.phrase());
            });
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Fullwidth \uFF23\uFF11\uFF12 is no line.",
                    "Emissions of \u0421\u041E2 fell.",
                    "During \u0421\u041E\u0412ID-19 services moved online.",
                    "\u042119 and \u0421l1 and \u04210 are no lines.",
                    "a lower-case \u04415 alone is no code",
                    "\u041C\u04215 and X\uFF23\uFF13 are product names.",
                })
        void lookAlikesOfWhatIsNoCodeStayNoCode(String text) {
            assertThat(detect(text)).isEmpty();
        }
    }

    @Nested
    class CodesWrittenApart {

        @Test
        void countInALinksSection() {
            assertThat(found(detectInLinks("C 7, C.3 and C-5; also C. 4 and c11.")))
                    .containsExactly("C7 C 7 0 3", "C3 C.3 5 8", "C5 C-5 13 16", "C4 C. 4 23 27", "C11 c11 32 35");
        }

        @Test
        void countAfterARunInLinksLabel() {
            assertThat(found(detect("Links to WSIS Action Lines: C.7 (e-agriculture).")))
                    .containsExactly("C7 C.7 28 31");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "It supports Action Line C-7 (e-health). | C7 Action Line C-7 12 27",
                    "Security (AL C.5) came up.              | C5 AL C.5 10 16",
                    "under WSIS Action Line C 2 as well      | C2 WSIS Action Line C 2 6 26",
                    "see Action Lines C 3 and C 7            | C3 Action Lines C 3 4 20, C7 C 7 25 28",
                })
        void countAfterActionLineWording(String text, String expected) {
            assertThat(found(detect(text))).containsExactlyElementsOf(List.of(expected.split(", ")));
        }

        @Test
        void countInAListWithAPlainCode() {
            assertThat(found(detect("Outcomes touched C1, C 3 and C5.")))
                    .containsExactly("C1 C1 17 19", "C3 C 3 21 24", "C5 C5 29 31");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Plan C. 7 countries joined.",
                    "Take vitamin C 5 times a day.",
                    "C.7 The meeting agreed on next steps.",
                    "In the C-5 model the wing fits.",
                    "C-19 hit every sector.",
                    "around c. 10 participants",
                })
        void doNotCountInOtherProse(String text) {
            assertThat(detect(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"C 19 and C-12", "C.7.2 of the plan", "C 0 and c 12", "Room C 2 and Hall C-1"})
        void neverCountWhenTheyAreNoCode(String text) {
            assertThat(detectInLinks(text)).isEmpty();
        }
    }

    @Nested
    class RoomsAndPlaces {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Meet in Room C2 after lunch.",
                    "Venue: building C2, ground floor.",
                    "Hall C1, CICG",
                    "Location: meeting room C10",
                    "The C2 room is on the left.",
                    "Salle C1",
                    "Rooms C1 and C2 are booked.",
                    "Rooms C1, C3 and C5",
                    "Room C2-C4 is free.",
                    "Boardroom C3, ITU Tower",
                    "Bâtiment C2, salle 3",
                    "in the C2 building",
                    "Floor C3 and Wing C4",
                    "Booth C7 in the exhibition",
                    "See cell C3 of the sheet and Annex C11.",
                    "Send it in a C5 envelope.",
                    "as set out in paragraph C7 and para. C.7",
                    "Chapter C2 reviews the plan.",
                })
        void areNoActionLines(String text) {
            assertThat(detect(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "capacity building C4 and C5               | C4, C5",
                    "Capacity-Building C4                      | C4",
                    "C5 Building confidence and security       | C5",
                    "C2 building trust in networks             | C2",
                    "Room 2: Action Line C2 facilitation meeting | C2",
                    "Room K\tAL C9 Media                       | C9",
                })
        void wordsThatGiveTheCodeBackOrPlacesWithoutACode(String text, String expected) {
            assertThat(detect(text))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactlyElementsOf(List.of(expected.split(", ")));
        }
    }

    @Nested
    class ProgrammeTables {

        @Test
        void anAlCellIsAnActionLine() {
            assertThat(found(detect("14:30-16:15\tAL C7 e-agriculture\tRoom C2")))
                    .containsExactly("C7 AL C7 12 17");
        }

        @Test
        void pluralAlCarriesOverToTheList() {
            assertThat(found(detect("ALs C3, C4 and C7: access and skills")))
                    .containsExactly("C3 ALs C3 0 6", "C4 C4 8 10", "C7 C7 15 17");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"AL 5 is no notation", "ALC7 glued", "The ALs are many."})
        void alWithoutACodeIsNoReference(String text) {
            assertThat(detect(text)).isEmpty();
        }
    }

    @Nested
    class OtherCodesOfTheGenre {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "SDG targets 9.c and 17.8 guide the work.",
                    "SDG 9.C and Target 5.b",
                    "During COVID-19 and after C19 lockdowns",
                    "C12 and C0 do not exist.",
                    "(c) 2024 ITU",
                    "Fig. C3 shows the trend.",
                    "a C40 city and a C20 summit",
                })
        void areNoActionLines(String text) {
            assertThat(detect(text)).isEmpty();
        }

        @Test
        void aSummitNamedLikeALineIsALimit() {
            // "C7" beside G7 and G20 names a summit, but nothing in the code itself tells it from the action line.
            assertThat(detect("the G7, G20 and C7 summits"))
                    .extracting(ActionLineMention::actionLine)
                    .containsExactly("C7");
        }
    }
}
