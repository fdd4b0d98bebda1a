package org.wsisanalytics.analytics.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

class KeyMessagePickerTest {

    private static final KeyMessagePicker PICKER = KeyMessagePicker.withDefaults();

    @Test
    void takesSentencesOnlyFromPartsTheHeadingsWeighFirstByWeight() {
        List<KeyMessage> messages = PICKER.pick(session(
                new Section(
                        "Introduction",
                        SectionType.INTRODUCTION,
                        "Ministers from five regions met in Geneva to" + " discuss the future of the digital economy."),
                new Section(
                        "Fresh priorities",
                        SectionType.PRIORITIES,
                        "Affordable access for rural schools should" + " come first in every national plan."),
                new Section(
                        "Key Recommendations and Way Forward",
                        SectionType.VISION,
                        "Governments must fund community"
                                + " networks in every region. Panellists called for open data standards across borders."),
                new Section(
                        "Conclusion",
                        SectionType.CONCLUSION,
                        "The session closed with thanks to all the speakers" + " who took part today.")));
        assertThat(messages)
                .extracting(KeyMessage::sentence)
                .containsExactly(
                        "Governments must fund community networks in every region.",
                        "Panellists called for open data standards across borders.",
                        "The session closed with thanks to all the speakers who took part today.",
                        "Affordable access for rural schools should come first in every national plan.");
        assertThat(messages).extracting(KeyMessage::rank).containsExactly(1, 2, 3, 4);
        assertThat(messages.get(0).part()).isEqualTo(SectionType.VISION);
        assertThat(messages.get(0).citation())
                .isEqualTo("report.txt, session 2 (no. 378), \u201CKey Recommendations and" + " Way Forward\u201D");
    }

    @Test
    void eachMessageSaysWhereItIsInTheInputAndItsCitationGivesIt() {
        String text = "Governments must fund community networks in every region.\n\n"
                + "Panellists called for open data standards across\nborders and for shared tools.";
        int second = text.indexOf("Panellists");
        List<KeyMessage> messages = PICKER.pick(session(new Section(
                "Conclusion",
                SectionType.CONCLUSION,
                text,
                List.of(
                        new TextAnchor(0, TextLocation.line(120)),
                        new TextAnchor(second, TextLocation.line(122)),
                        new TextAnchor(text.indexOf("borders"), TextLocation.line(123))))));
        assertThat(messages)
                .extracting(KeyMessage::location)
                .containsExactly(TextLocation.line(120), TextLocation.lines(122, 123));
        assertThat(messages.get(1).citation())
                .isEqualTo("report.txt, session 2 (no. 378), \u201CConclusion\u201D, lines 122\u2013123");
        assertThat(PICKER.pick(session(new Section("Conclusion", SectionType.CONCLUSION, text))))
                .as("a text whose location is not known")
                .allSatisfy(m -> {
                    assertThat(m.location()).isNull();
                    assertThat(m.citation()).endsWith("\u201CConclusion\u201D");
                });
    }

    @Test
    void aFourthAndFifthMessageNeedWordsThatStateAMessage() {
        // Without "should", the priorities' sentence above would not have been a fourth message: see below.
        List<KeyMessage> messages = PICKER.pick(session(new Section(
                "Vision",
                SectionType.VISION,
                "The panel looked back at twenty years of the process. Speakers shared stories from their own regions"
                        + " and towns. Several remembered the first summit in Geneva very well. Many thanked the hosts for"
                        + " a warm welcome here. Others described their national portals in some detail.")));
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).sentence()).isEqualTo("The panel looked back at twenty years of the process.");
    }

    @Test
    void leavesOutFragmentsLeadInsAndPartsNoHeadingWeighs() {
        List<KeyMessage> messages = PICKER.pick(session(
                new Section(
                        "Vision",
                        SectionType.VISION,
                        "Panellists called for:\n\n- Open data.\n- Shared networks"
                                + " for rural schools and clinics everywhere."),
                new Section(
                        "Case Examples",
                        SectionType.CASE_EXAMPLES,
                        "Estonia must be praised for its digital" + " identity cards and services.")));
        assertThat(messages)
                .extracting(KeyMessage::sentence)
                .containsExactly("Shared networks for rural schools and clinics everywhere.");
    }

    @Test
    void aHeadingThatSaysWhatMattersMakesAPartWhateverItsType() {
        List<KeyMessage> messages = PICKER.pick(session(new Section(
                "BOLD REGULATORY LEADERSHIP IS ESSENTIAL",
                SectionType.OTHER,
                "Regulators need to act early and together on new technologies.")));
        assertThat(messages).extracting(KeyMessage::heading).containsExactly("BOLD REGULATORY LEADERSHIP IS ESSENTIAL");
        assertThat(PICKER.pick(session(new Section(
                        "Remarks",
                        SectionType.OTHER,
                        "Regulators need to act early and together on new technologies."))))
                .isEmpty();
    }

    @Test
    void aBrokenWeightFileSaysWhichLineAndWhy() {
        assertThatThrownBy(() -> KeyMessageParts.parse(ReferenceFile.parse(
                        "key-message parts from 'mine.tsv'", "section\tVISION\t4\nsection\tVISIONS\t2\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read key-message parts from 'mine.tsv', line 2: 'VISIONS' is not a section type.");
        assertThatThrownBy(() -> KeyMessageParts.parse(
                        ReferenceFile.parse("key-message parts from 'mine.tsv'", "heading\tkey (points\t2\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot read key-message parts from 'mine.tsv', line 1: 'key (points' is not a"
                        + " regular expression");
    }

    private static SessionEvidence session(Section... sections) {
        Session session = new Session(
                "report.txt",
                2,
                "378",
                "Forging partnerships",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(sections));
        return new SessionEvidence(
                new SessionOverview(SessionOutline.of(session), List.of(), List.of(), List.of(), List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                session.sections(),
                List.of());
    }
}
