package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

class CountryLineLinksTest {

    private static final CountryDetector COUNTRIES = new CountryDetector(Gazetteer.loadDefault());
    private static final ActionLineDetector LINES = new ActionLineDetector(ActionLineCatalog.loadDefault());

    @Test
    void aSentenceLinksTheCountriesAndLinesItNamesAndNoOthers() {
        List<CountryMention> linked = link("Kenya expanded rural broadband under C2. Ghana trained teachers.\n\n"
                + "The session related to C4 and C7.");

        assertThat(linked)
                .extracting(CountryMention::iso2, CountryMention::actionLines)
                .containsExactly(tuple("KE", List.of("C2")), tuple("GH", List.of()));
    }

    @Test
    void aListItemLinksAcrossItsSentences() {
        List<CountryMention> linked = link("Examples:\n\n- Kenya: rural broadband reached 2 million homes. This serves"
                + " C2 and C11.\n\n- Ghana: teacher training.");

        assertThat(linked)
                .extracting(CountryMention::iso2, CountryMention::actionLines)
                .containsExactly(tuple("KE", List.of("C2", "C11")), tuple("GH", List.of()));
    }

    @Test
    void anOrganisationsNameLinksNothing() {
        List<CountryMention> linked = link("The Nigerian Communications Commission presented its C2 work.");

        assertThat(linked).singleElement().satisfies(m -> {
            assertThat(m.kind().counted()).isFalse();
            assertThat(m.actionLines()).isEmpty();
        });
    }

    private static List<CountryMention> link(String text) {
        Section section = new Section("Discussion", SectionType.OTHER, text);
        Session session = new Session(
                "a.txt", 1, null, "A session", null, null, null, null, StructureLayer.TEMPLATE, List.of(section));
        return CountryLineLinks.link(section, COUNTRIES.detect(session, section), LINES.detect(session, section));
    }
}
