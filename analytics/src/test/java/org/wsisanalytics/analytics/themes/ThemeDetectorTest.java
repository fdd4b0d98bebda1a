package org.wsisanalytics.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.ThemeMention;

class ThemeDetectorTest {

    private static final ThemeDetector DETECTOR = new ThemeDetector(ThemeTaxonomy.loadDefault());

    private static List<ThemeMention> detect(String text) {
        return DETECTOR.detect(new Session(
                "doc.txt",
                1,
                null,
                "Title",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(new Section("Heading", SectionType.OTHER, text))));
    }

    private static List<String> surfaces(String text) {
        return detect(text).stream().map(ThemeMention::surface).toList();
    }

    private static List<String> themes(String text) {
        return detect(text).stream().map(ThemeMention::theme).toList();
    }

    @Test
    void aiIsCaseSensitiveAndAWholeWord() {
        assertThat(surfaces("AI helps. Use of AI-powered tools and AI4Belgium. AI's risks."))
                .containsExactly("AI", "AI", "AI", "AI");
        assertThat(detect("The fight against AIDS in Dubai; said the chair; ai in lower case; FAIR data; OpenAI."))
                .isEmpty();
        assertThat(themes("artificial intelligence and LLMs and language models"))
                .containsExactly("AI", "AI", "AI");
    }

    @Test
    void anAbbreviationInBracketsAfterItsTermCountsOnce() {
        assertThat(surfaces("Artificial Intelligence (AI) is here. The AI sector grows."))
                .containsExactly("Artificial Intelligence", "AI");
        assertThat(surfaces("digital public infrastructure (DPI) and DPI"))
                .containsExactly("digital public infrastructure", "DPI");
    }

    @Test
    void genderYouthOlderPersonsAndDisabilities() {
        assertThat(detect("women, a woman, girls, Girls in ICT, gender gap, young people, youth-led, children, a child,"
                        + " schoolchildren, kids, the elderly, older persons, seniors, persons with disabilities, disabled"
                        + " learners, (dis)ability, Braille"))
                .extracting(ThemeMention::theme, ThemeMention::surface)
                .containsExactly(
                        tuple("Gender", "women"),
                        tuple("Gender", "woman"),
                        tuple("Gender", "girls"),
                        tuple("Gender", "Girls"),
                        tuple("Gender", "gender"),
                        tuple("Youth and children", "young people"),
                        tuple("Youth and children", "youth"),
                        tuple("Youth and children", "children"),
                        tuple("Youth and children", "child"),
                        tuple("Youth and children", "schoolchildren"),
                        tuple("Youth and children", "kids"),
                        tuple("Older persons", "elderly"),
                        tuple("Older persons", "older persons"),
                        tuple("Older persons", "seniors"),
                        tuple("Persons with disabilities", "persons with disabilities"),
                        tuple("Persons with disabilities", "disabled"),
                        tuple("Persons with disabilities", "(dis)ability"),
                        tuple("Persons with disabilities", "Braille"));
    }

    @Test
    void deliberateExclusionsAreNotThemes() {
        assertThat(detect("accessible and accessibility; an enabling environment; new investment; senior experts;"
                        + " older texts; security challenges; sustainability; skilled students; trusted; agriculture"))
                .isEmpty();
    }

    @Test
    void connectivitySatellitesAndAffordability() {
        assertThat(surfaces("broadband, 5G, fibre and fiber, connectivity infrastructure, the last-mile, satellites,"
                        + " a LEO constellation, Leo the cat, affordable, affordability"))
                .containsExactly(
                        "broadband",
                        "5G",
                        "fibre",
                        "fiber",
                        "connectivity infrastructure",
                        "last-mile",
                        "satellites",
                        "LEO",
                        "affordable",
                        "affordability");
    }

    @Test
    void spacesMatchHyphensAndLineBreaksAndHyphensAreOptional() {
        assertThat(surfaces("cyber security, cyber-security, cyber\nsecurity, cybersecurity"))
                .containsExactly("cyber security", "cyber-security", "cyber\nsecurity", "cybersecurity");
        assertThat(surfaces("e-government, e government, egovernment, e-waste, ewaste, deep fakes, deepfake"))
                .containsExactly(
                        "e-government", "e government", "egovernment", "e-waste", "ewaste", "deep fakes", "deepfake");
    }

    @Test
    void theLongestTermWinsAndCountsOnce() {
        assertThat(detect("digital public infrastructure and universal service funds and digital literacy"))
                .extracting(ThemeMention::theme, ThemeMention::surface)
                .containsExactly(
                        tuple("Digital public infrastructure", "digital public infrastructure"),
                        tuple("Financing and universal service funds", "universal service funds"),
                        tuple("Digital skills and literacy", "digital literacy"));
    }

    @Test
    void everyThemeOfTheTaxonomyCanBeFound() {
        String text = "AI. Gender. Youth. Disabilities. Elderly. Broadband. Satellite. Affordable. Digital skills."
                + " Cybersecurity. Privacy. Misinformation. Multilingual. DPI. E-services. USF. Climate.";
        assertThat(themes(text))
                .containsExactlyElementsOf(ThemeTaxonomy.loadDefault().themes());
    }

    @Test
    void mentionsPointAtTheirTextAndQuoteTheirSentence() {
        String text = "First sentence about nothing. Then women and\ngirls use 5G networks. Last one.";
        List<ThemeMention> mentions = detect(text);
        assertThat(mentions).extracting(ThemeMention::surface).containsExactly("women", "girls", "5G");
        for (ThemeMention mention : mentions) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
            assertThat(mention.sentence()).isEqualTo("Then women and girls use 5G networks.");
            assertThat(mention.section()).isEqualTo("Heading");
        }
        assertThat(mentions.get(0).start()).isEqualTo(35);
    }

    @Test
    void anEmptySessionHasNoMentions() {
        assertThat(DETECTOR.detect(new Session(
                        "doc.txt", 1, null, "Title", null, null, null, null, StructureLayer.TEMPLATE, List.of())))
                .isEmpty();
        assertThat(detect("")).isEmpty();
    }
}
