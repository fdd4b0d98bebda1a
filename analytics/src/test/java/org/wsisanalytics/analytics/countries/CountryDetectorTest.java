package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.StructureLayer;

class CountryDetectorTest {

    private static final CountryDetector DETECTOR = new CountryDetector(Gazetteer.loadDefault());

    static List<CountryMention> detect(Section... sections) {
        return DETECTOR.detect(new Session(
                "doc.txt", 3, null, "A session", null, null, null, null, StructureLayer.TEMPLATE, List.of(sections)));
    }

    static List<CountryMention> detect(String text) {
        return detect(new Section("Body", SectionType.OTHER, text));
    }

    /** "KE:NAME" per mention, in order. */
    static List<String> found(String text) {
        return detect(text).stream().map(m -> m.iso2() + ":" + m.kind()).toList();
    }

    @Nested
    class Traps {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Programmes for women and girls were praised.",
                    "The Indian Ocean cable landed last year.",
                    "They worked with the Organization of American States on it.",
                    "English is the language of most platforms.",
                    "H.E. Mr. Jordan opened the session.",
                    "Ms Chad and Dr. Jordan Smith spoke next.",
                    "Prof. Georgia Lewis moderated.",
                    "The coordinator, Ms. Hala Jordan, spoke of the graduates.",
                    "Dr. Anna-Maria Chad chaired.",
                    "Modérateur : M. Chad Mensah (réseau de santé numérique)",
                    "La Sra. Georgia Ruiz y la Dra. Jordan Pérez moderaron.",
                    "The team met in Atlanta, Georgia last spring.",
                    "Cheap material from china was used.",
                    "A roast turkey, the bird, is out of scope.",
                    "Latin American and North American operators agreed.",
                    "Shipping in the Gulf of Guinea and the South China Sea.",
                    "The AI4Belgium coalition met.",
                    "LET US BUILD THE FUTURE TOGETHER",
                })
        void areNoMention(String text) {
            assertThat(found(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Oman and its women innovators.                           | OM:NAME",
                    "Somalia, not Mali, reported.                             | SO:NAME, ML:NAME",
                    "Nigeria and Niger signed; a Nigerian and a Nigerien spoke. | NG:NAME, NE:NAME, NG:DEMONYM, NE:DEMONYM",
                    "The Dominican Republic and Dominica are both SIDS.       | DO:NAME, DM:NAME",
                    "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea. | PG:NAME, GQ:NAME, GW:NAME, GN:NAME",
                    "South Sudan and Sudan.                                   | SS:NAME, SD:NAME",
                    "India borders the Indian Ocean; Indian firms agree.      | IN:NAME, IN:DEMONYM",
                    "Jordan and Chad signed the declaration.                  | JO:NAME, TD:NAME",
                    "Under scheme M Chad and Jordan signed.                   | TD:NAME, JO:NAME",
                    "Americans and the American delegation.                   | US:DEMONYM, US:DEMONYM",
                    "Georgia joined the panel.                                | GE:NAME",
                    "Georgia, USA hosts a data centre.                        | US:NAME",
                    "SOUTH AFRICA'S ROADMAP AND KENYA                         | ZA:NAME, KE:NAME",
                    "THE US DELEGATION                                        | ",
                    "The US and the U.S. and the USA and the United States.   | US:NAME, US:NAME, US:NAME, US:NAME",
                    "UK, U.K., Britain, Great Britain, United Kingdom and British. | GB:NAME, GB:NAME, GB:NAME, GB:NAME, GB:NAME, GB:DEMONYM",
                    "Northern Ireland and Ireland.                            | GB:NAME, IE:NAME",
                    "The Democratic Republic of the Congo, the DRC and Congo. | CD:NAME, CD:NAME, CG:NAME",
                    "South Korea, the Republic of Korea and the Democratic People's Republic of Korea. | KR:NAME, KR:NAME, KP:NAME",
                    "Niger Delta oil and the Niger River.                     | ",
                })
        void areTheRightCountries(String text, String expected) {
            assertThat(found(text))
                    .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(", ")));
        }
    }

    @Nested
    class Forms {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "Türkiye, TR",
            "Turkiye, TR",
            "Turkey, TR",
            "Republic of Türkiye, TR",
            "Russia, RU",
            "Russian Federation, RU",
            "Côte d'Ivoire, CI",
            "Côte d’Ivoire, CI",
            "Cote d'Ivoire, CI",
            "Ivory Coast, CI",
            "Czechia, CZ",
            "Czech Republic, CZ",
            "Viet Nam, VN",
            "Vietnam, VN",
            "Lao PDR, LA",
            "Laos, LA",
            "Eswatini, SZ",
            "Swaziland, SZ",
            "Cabo Verde, CV",
            "Cape Verde, CV",
            "Palestine, PS",
            "State of Palestine, PS",
            "Holy See, VA",
            "Timor-Leste, TL",
            "East Timor, TL",
            "Myanmar, MM",
            "Burma, MM",
            "Syria, SY",
            "Syrian Arab Republic, SY",
            "Iran, IR",
            "Islamic Republic of Iran, IR",
            "Bolivia, BO",
            "Venezuela, VE",
            "Tanzania, TZ",
            "United Republic of Tanzania, TZ",
            "Moldova, MD",
            "Republic of Moldova, MD",
            "Micronesia, FM",
            "Netherlands, NL",
            "Gambia, GM",
            "The Gambia, GM",
            "Bahamas, BS",
            "São Tomé and Príncipe, ST",
            "Sao Tome and Principe, ST",
            "UAE, AE",
            "Saint Kitts and Nevis, KN",
            "St. Lucia, LC",
        })
        void namesAndAlternativeNames(String form, String iso2) {
            assertThat(detect("Delegates from " + form + " spoke."))
                    .extracting(CountryMention::iso2, CountryMention::surface, CountryMention::kind)
                    .containsExactly(tuple(iso2, form, CountryMentionKind.NAME));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "Estonian, EE", "Tanzanian, TZ", "Tanzanians, TZ", "American, US", "British, GB", "Filipino, PH",
            "Kenyan, KE", "Kenyans, KE", "Nigerian, NG", "Nigerien, NE", "Swiss, CH", "Dutch, NL",
            "Brazilian, BR", "Chinese, CN", "Indian, IN", "Turkish, TR", "Latvian, LV", "Ugandans, UG",
        })
        void demonyms(String form, String iso2) {
            assertThat(detect("The " + form + " experts agreed."))
                    .extracting(CountryMention::iso2, CountryMention::surface, CountryMention::kind)
                    .containsExactly(tuple(iso2, form, CountryMentionKind.DEMONYM));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Costa Rica's FONATEL | Costa Rica's",
                    "Costa Rica’s FONATEL | Costa Rica’s",
                    "the Kenyans' own plan | Kenyans'",
                    "the Philippines' plan | Philippines'",
                    "SOUTH AFRICA'S PLAN  | SOUTH AFRICA'S",
                })
        void possessivesBelongToTheSurface(String text, String surface) {
            assertThat(detect(text)).singleElement().satisfies(m -> {
                assertThat(m.surface()).isEqualTo(surface);
                assertThat(text.substring(m.start(), m.end())).isEqualTo(surface);
            });
        }

        @Test
        void decomposedInputMatchesAndItsOffsetsCoverTheCombiningMarks() {
            String nfd = Normalizer.normalize("Partners in Türkiye and Côte d’Ivoire.", Normalizer.Form.NFD);
            assertThat(detect(nfd)).extracting(CountryMention::iso2).containsExactly("TR", "CI");
            CountryMention turkiye = detect(nfd).get(0);
            assertThat(nfd.substring(turkiye.start(), turkiye.end()))
                    .isEqualTo(Normalizer.normalize("Türkiye", Normalizer.Form.NFD));
            assertThat(turkiye.surface()).hasSize(8);
        }

        @Test
        void namesBrokenAcrossLinesOrSpacedOutStillMatch() {
            String text = "Support for Costa\nRica and for Burkina   Faso and Sierra\u00A0Leone.";
            assertThat(detect(text))
                    .extracting(CountryMention::iso2, CountryMention::surface)
                    .containsExactly(
                            tuple("CR", "Costa Rica"), tuple("BF", "Burkina Faso"), tuple("SL", "Sierra Leone"));
            CountryMention costaRica = detect(text).get(0);
            assertThat(text.substring(costaRica.start(), costaRica.end())).isEqualTo("Costa\nRica");
        }

        @Test
        void aBlankLineEndsAName() {
            assertThat(found("We thank Costa\n\nRica is not a name here.")).isEmpty();
        }

        @Test
        void softHyphensAndUnicodeHyphensAreIgnored() {
            assertThat(found("Guinea\u2011Bissau and Ke\u00ADnya")).containsExactly("GW:NAME", "KE:NAME");
        }
    }

    @Nested
    class Kinds {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Dr. Maida of the Nigerian Communications Commission spoke.     | NG:ORG",
                    "the Bangladesh NGOs Network for Radio & Communication said     | BD:ORG",
                    "Chair of the Independent Communications Authority of South Africa | ZA:ORG",
                    "the Jamaican National AI Task Force reported                    | JM:ORG",
                    "the US Council for International Business (USCIB)              | US:ORG",
                    "the Hellenic Telecommunications and Post Commission (Greece)   | GR:ORG, GR:NAME",
                    "NIGERIAN COMMUNICATIONS COMMISSION                             | NG:ORG",
                    "Kenya's Communications Authority                               | KE:NAME",
                    "the Superintendence of Telecommunications (SUTEL) of Costa Rica | CR:NAME",
                    "the Danish EU Presidency                                       | DK:DEMONYM",
                    "the Netherlands Tech Ambassador                                | NL:NAME",
                    "The UK Experience\\n\\nBaroness Jones of the UK Council          | GB:NAME, GB:ORG",
                    "the Government of Kenya                                        | KE:NAME",
                    "the Latvian language and the Estonian Language                 | LV:LANGUAGE, EE:LANGUAGE",
                    "in Latvian and Lithuanian languages                            | LV:LANGUAGE, LT:LANGUAGE",
                    "Latvian-language content                                       | LV:LANGUAGE",
                    "the Latvian Language Agency                                    | LV:ORG",
                    "Latvian experts on language                                    | LV:DEMONYM",
                    "Latvia's language policy                                       | LV:NAME",
                    "learning at school during the Russian occupation               | RU:HISTORICAL",
                    "British colonial rule ended in 1960                            | GB:HISTORICAL",
                    "the islands were under Portuguese rule                         | PT:HISTORICAL",
                    "the Portuguese empire and the Ottoman Empire                   | PT:HISTORICAL",
                    "the French colonial-era telegraph lines                        | FR:HISTORICAL",
                    "since the Soviet era, Estonian schools                         | EE:DEMONYM",
                    "the Russian invasion and the Russian government                | RU:DEMONYM, RU:DEMONYM",
                    "British rules on data and Portuguese periodicals                | GB:DEMONYM, PT:DEMONYM",
                    "Russia's occupation of the region                              | RU:NAME",
                })
        void kindFollowsTheContext(String text, String expected) {
            assertThat(found(text.replace("\\n", "\n"))).containsExactlyElementsOf(List.of(expected.split(", ")));
        }
    }

    @Nested
    class Evidence {

        @Test
        void mentionsCarrySessionSectionSentenceAndOffsetsInSectionAndTextOrder() {
            Section first = new Section(
                    "Introduction",
                    SectionType.INTRODUCTION,
                    "The session opened. Ghana and Kenya shared plans.\n\nThen Peru spoke.");
            Section second = new Section("Case Examples", SectionType.CASE_EXAMPLES, "- Chile: a fibre backbone.");
            List<CountryMention> mentions = detect(first, second);
            assertThat(mentions)
                    .extracting(
                            CountryMention::iso2,
                            CountryMention::section,
                            CountryMention::sentence,
                            CountryMention::start,
                            CountryMention::end)
                    .containsExactly(
                            tuple("GH", "Introduction", "Ghana and Kenya shared plans.", 20, 25),
                            tuple("KE", "Introduction", "Ghana and Kenya shared plans.", 30, 35),
                            tuple("PE", "Introduction", "Then Peru spoke.", 56, 60),
                            tuple("CL", "Case Examples", "Chile: a fibre backbone.", 2, 7));
            assertThat(mentions).extracting(CountryMention::session).containsOnly(new SessionKey("doc.txt", 3));
        }

        @Test
        void headingsAreNotSearched() {
            assertThat(detect(new Section("The Kenyan Experience", SectionType.OTHER, "No country here.")))
                    .isEmpty();
        }

        @Test
        void emptyTextHasNoMention() {
            assertThat(found("")).isEmpty();
        }
    }
}
