package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;

/** Traps of texts written by others: formal names, codes and abbreviations, languages, cities, look-alike names. */
class CountryRealProseTest {

    private static List<CountryMention> detect(String text) {
        return CountryDetectorTest.detect(text);
    }

    private static List<String> found(String text) {
        return CountryDetectorTest.found(text);
    }

    private static List<String> expected(String expected) {
        return expected == null ? List.of() : List.of(expected.split(", "));
    }

    @Nested
    class FormalNames {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Iran (Islamic Republic of)                    | IR",
                    "Iran, Islamic Republic of                     | IR",
                    "Republic of Korea                             | KR",
                    "Korea (Rep. of)                               | KR",
                    "Korea, Republic of                            | KR",
                    "Democratic People's Republic of Korea         | KP",
                    "Democratic People’s Republic of Korea         | KP",
                    "Dem. People's Rep. of Korea                   | KP",
                    "Korea (Democratic People's Republic of)       | KP",
                    "Korea, Dem. People's Rep.                     | KP",
                    "DPR Korea                                     | KP",
                    "Bolivia (Plurinational State of)              | BO",
                    "Venezuela (Bolivarian Republic of)            | VE",
                    "Venezuela, RB                                 | VE",
                    "The former Yugoslav Republic of Macedonia     | MK",
                    "former Yugoslav Republic of Macedonia         | MK",
                    "FYR of Macedonia                              | MK",
                    "FYROM                                         | MK",
                    "North Macedonia                               | MK",
                    "Türkiye                                       | TR",
                    "Lao People's Democratic Republic              | LA",
                    "Lao PDR                                       | LA",
                    "Micronesia (Federated States of)              | FM",
                    "United Republic of Tanzania                   | TZ",
                    "Republic of Moldova                           | MD",
                    "State of Palestine                            | PS",
                    "Côte d'Ivoire                                 | CI",
                    "Côte d’Ivoire                                 | CI",
                    "Côte D'Ivoire                                 | CI",
                    "Viet Nam                                      | VN",
                    "Czechia                                       | CZ",
                    "Congo (Democratic Republic of the)            | CD",
                    "Congo, Dem. Rep.                              | CD",
                    "Congo (Rep. of the)                           | CG",
                    "Holy See                                      | VA",
                    "Hong Kong, China                              | HK",
                    "Hong Kong SAR                                 | HK",
                    "Macao, China                                  | MO",
                    "Chinese Taipei                                | TW",
                    "Taiwan, Province of China                     | TW",
                })
        void areOneMentionOfTheCountryWithTheWholeFormAsSurface(String form, String iso2) {
            String text = "Delegates of " + form + " spoke.";
            assertThat(detect(text))
                    .extracting(
                            CountryMention::iso2,
                            CountryMention::surface,
                            CountryMention::kind,
                            CountryMention::start,
                            CountryMention::end)
                    .containsExactly(tuple(iso2, form, CountryMentionKind.NAME, 13, 13 + form.length()));
        }

        @Test
        void theNorthIsNotTheSouthInOneSentence() {
            assertThat(found("The Democratic People's Republic of Korea and the Republic of Korea met; "
                            + "so did Korea (Dem. People's Rep. of) and Korea (Rep. of)."))
                    .containsExactly("KP:NAME", "KR:NAME", "KP:NAME", "KR:NAME");
        }

        @Test
        void aFormalNameInCapitalsIsTheCountry() {
            assertThat(found("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA AND BOLIVIA (PLURINATIONAL STATE OF)"))
                    .containsExactly("MK:NAME", "BO:NAME");
        }

        @Test
        void aListInTheStyleOfUnMemberStatesGivesEachCountryOnce() {
            assertThat(found("Iran (Islamic Republic of); Lao People's Democratic Republic; Micronesia (Federated "
                            + "States of); Republic of Moldova; United Republic of Tanzania; Viet Nam"))
                    .containsExactly("IR:NAME", "LA:NAME", "FM:NAME", "MD:NAME", "TZ:NAME", "VN:NAME");
        }
    }

    @Nested
    class CodesAndAbbreviations {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "AL C7 e-agriculture",
                    "ALs C3, C4 and AL C9",
                    "IT SECTOR AND AI IN ML",
                    "The IT department and AI tools in ML pipelines.",
                    "SG and DG opened; IN and OUT lists.",
                    "ID cards, CA certificates and TO DO lists",
                    "NO ONE LEFT BEHIND: ME AND US?",
                    "JOIN US",
                    "CONTACT US\n\nWe reply soon.",
                    "A grant of US$ 5 million and US$5m.",
                    "Fees of 20 US dollars were paid.",
                    "UN, EU and AU officials",
                })
        void areNoCountry(String text) {
            assertThat(found(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Partners from the US and the UK.     | US:NAME, GB:NAME",
                    "THE UAE AND THE USA                  | AE:NAME, US:NAME",
                    "LESSONS FROM THE US                  | US:NAME",
                    "Funding by the DRC and the DPRK.     | CD:NAME, KP:NAME",
                    "a Lao and a Thai engineer            | LA:DEMONYM, TH:DEMONYM",
                })
        void areTheCountryWhereTheyMeanIt(String text, String expected) {
            assertThat(found(text)).containsExactlyElementsOf(expected(expected));
        }
    }

    @Nested
    class Languages {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "French interpretation is provided.                      | FR:LANGUAGE",
                    "Available in Arabic and Spanish.                        | ES:LANGUAGE",
                    "The report was translated into Russian.                 | RU:LANGUAGE",
                    "in Arabic, Chinese, English, French, Russian and Spanish | CN:LANGUAGE, FR:LANGUAGE, RU:LANGUAGE, ES:LANGUAGE",
                    "In French, the term differs.                            | FR:LANGUAGE",
                    "from English into Portuguese by volunteers              | PT:LANGUAGE",
                    "Spanish-speaking countries                              | ES:LANGUAGE",
                    "French and Spanish interpretation                       | FR:LANGUAGE, ES:LANGUAGE",
                    "German subtitles and Italian captioning                 | DE:LANGUAGE, IT:LANGUAGE",
                    "Russian interpreters joined.                            | RU:LANGUAGE",
                    "published in Chinese only                               | CN:LANGUAGE",
                    "in Japanese (original)                                  | JP:LANGUAGE",
                })
        void areLanguages(String text, String expected) {
            assertThat(found(text)).containsExactlyElementsOf(expected(expected));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Investment in Chinese cities grew.                     | CN:DEMONYM",
                    "Exports to French companies rose.                      | FR:DEMONYM",
                    "in German and French cities                            | DE:DEMONYM, FR:DEMONYM",
                    "Nigerian speakers shared their plans.                  | NG:DEMONYM",
                    "the Kenyan version of the model                        | KE:DEMONYM",
                    "Interpretation was offered in France.                  | FR:NAME",
                    "prices in Swiss francs                                 | CH:DEMONYM",
                    "Kenyan text messages                                   | KE:DEMONYM",
                })
        void areNoLanguages(String text, String expected) {
            assertThat(found(text)).containsExactlyElementsOf(expected(expected));
        }

        @Test
        void aLanguageMentionKeepsItsOffsets() {
            assertThat(detect("Simultaneous French interpretation."))
                    .extracting(
                            CountryMention::iso2,
                            CountryMention::surface,
                            CountryMention::kind,
                            CountryMention::start,
                            CountryMention::end)
                    .containsExactly(tuple("FR", "French", CountryMentionKind.LANGUAGE, 13, 19));
        }
    }

    @Nested
    class CitiesAndStates {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "The Forum met in Geneva, then Tunis, Doha, Busan, Kigali and Riyadh.",
                    "Offices in New York and Addis Ababa.",
                    "Flights to Mexico City, Panama City, Kuwait City and Guatemala City.",
                    "The campus in Luxembourg City and Djibouti City.",
                    "Partners in New Mexico, New Jersey and New South Wales.",
                    "Researchers at Georgia Tech and Georgia State University.",
                    "A data centre in Jersey City.",
                })
        void areNoCountry(String text) {
            assertThat(found(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Singapore, Monaco, Luxembourg and Djibouti.               | SG:NAME, MC:NAME, LU:NAME, DJ:NAME",
                    "Vatican City and the Holy See.                            | VA:NAME, VA:NAME",
                    "Mexico and Mexico City.                                   | MX:NAME",
                    "Georgia, Ukraine and Moldova.                             | GE:NAME, UA:NAME, MD:NAME",
                    "Georgia (USA) hosts the lab.                              | US:NAME",
                    "Jersey and Guernsey.                                      | JE:NAME, GG:NAME",
                    "The Kuwait delegation, based in Kuwait City.              | KW:NAME",
                })
        void cityStatesAndCountriesStayCountries(String text, String expected) {
            assertThat(found(text)).containsExactlyElementsOf(expected(expected));
        }
    }

    @Nested
    class OtherTraps {

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "Member States and Arab States agreed.",
                    "Small Island Developing States and the Americas.",
                    "the United Nations and the African Union",
                    "Latin America and the Caribbean",
                    "Kosovo and the Western Balkans",
                    "the Korean Peninsula and the Congo Basin",
                    "the Gulf of Mexico and the Gulf of Guinea",
                    "a guinea pig and a Guinea pig study",
                    "A roast turkey and a turkey farm.",
                    "Mr. Chad Smith and Ms. Jordan Lee",
                })
        void areNoCountry(String text) {
            assertThat(found(text)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Korea and Congo signed.                                  | KR:NAME, CG:NAME",
                    "Guinea, Papua New Guinea and Equatorial Guinea           | GN:NAME, PG:NAME, GQ:NAME",
                    "Niger and Nigeria; Nigerien and Nigerian                 | NE:NAME, NG:NAME, NE:DEMONYM, NG:DEMONYM",
                    "Chad and Jordan                                          | TD:NAME, JO:NAME",
                    "China Mobile and Nepal Telecom                           | CN:ORG, NP:ORG",
                    "China and Chinese firms                                  | CN:NAME, CN:DEMONYM",
                    "Turkey and Türkiye                                       | TR:NAME, TR:NAME",
                    "American Samoa and the Americans                         | AS:NAME, US:DEMONYM",
                    "Macedonian and North Macedonian experts                  | MK:DEMONYM, MK:DEMONYM",
                })
        void areTheRightCountries(String text, String expected) {
            assertThat(found(text)).containsExactlyElementsOf(expected(expected));
        }

        @Test
        void aPersonsFirstNameWithoutATitleIsALimit() {
            // "Jordan Smith" reads as the country: nothing in the words themselves says it is a name.
            assertThat(found("Jordan Smith chaired.")).containsExactly("JO:NAME");
        }
    }
}
