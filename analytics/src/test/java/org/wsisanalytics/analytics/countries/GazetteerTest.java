package org.wsisanalytics.analytics.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

class GazetteerTest {

    private static final Gazetteer DEFAULT = Gazetteer.loadDefault();

    @TempDir
    Path dir;

    @Test
    void hasEveryIso3166CodeOfTheJdkInCodeOrder() {
        assertThat(DEFAULT.countries())
                .extracting(Country::iso2)
                .containsExactlyElementsOf(
                        Arrays.stream(Locale.getISOCountries()).sorted().toList());
    }

    @Test
    void countriesCarryNameM49RegionAndGroups() {
        assertThat(List.of("TR", "KE", "BR", "CD", "TW", "US", "FJ", "BO"))
                .map(code -> DEFAULT.byIso2(code).orElseThrow())
                .extracting(Country::name, Country::region, Country::subregion, Country::groups)
                .containsExactly(
                        tuple("Türkiye", "Asia", "Western Asia", Set.of()),
                        tuple("Kenya", "Africa", "Sub-Saharan Africa", Set.of()),
                        tuple("Brazil", "Americas", "Latin America and the Caribbean", Set.of()),
                        tuple("Democratic Republic of the Congo", "Africa", "Sub-Saharan Africa", Set.of("LDC")),
                        tuple("Taiwan", "", "", Set.of()),
                        tuple("United States", "Americas", "Northern America", Set.of()),
                        tuple("Fiji", "Oceania", "Melanesia", Set.of("SIDS")),
                        tuple("Bolivia", "Americas", "Latin America and the Caribbean", Set.of("LLDC")));
        assertThat(DEFAULT.byIso2("la")).map(Country::groups).contains(Set.of("LDC", "LLDC"));
        assertThat(DEFAULT.byIso2("GW")).map(Country::groups).contains(Set.of("LDC", "SIDS"));
        assertThat(DEFAULT.byIso2("XX")).isEmpty();
        assertThat(DEFAULT.byIso2(null)).isEmpty();
    }

    @Test
    void groupsReflectTheListsOf2025() {
        assertThat(DEFAULT.countries())
                .filteredOn(c -> c.groups().contains("LDC"))
                .hasSize(44);
        assertThat(DEFAULT.countries())
                .filteredOn(c -> c.groups().contains("LLDC"))
                .hasSize(32);
        assertThat(DEFAULT.countries())
                .filteredOn(c -> c.groups().contains("SIDS"))
                .hasSize(58);
        // Graduated: Bhutan (2023), São Tomé and Príncipe (2024); Bhutan stays landlocked, STP an island State.
        assertThat(DEFAULT.byIso2("BT").orElseThrow().groups()).containsExactly("LLDC");
        assertThat(DEFAULT.byIso2("ST").orElseThrow().groups()).containsExactly("SIDS");
        assertThat(DEFAULT.byIso2("BD").orElseThrow().groups()).containsExactly("LDC");
    }

    @Test
    void aUsersAliasesAreAddedAndReplaceDefaultsOfTheSameForm() throws IOException {
        Path file =
                write("# our own names\nKE\tname\tJamhuri ya Kenya\nCD\tdemonym\tCongolese\n-\tblock\tKenya Airways\n");
        Gazetteer gazetteer = Gazetteer.load(file);
        assertThat(detect(gazetteer, "Jamhuri ya Kenya and Congolese firms; Kenya Airways flew."))
                .extracting(CountryMention::iso2, CountryMention::surface)
                .containsExactly(tuple("KE", "Jamhuri ya Kenya"), tuple("CD", "Congolese"));
        assertThat(detect(DEFAULT, "Congolese firms"))
                .extracting(CountryMention::iso2)
                .containsExactly("CG");
        assertThat(gazetteer.countries()).hasSize(DEFAULT.countries().size());
    }

    @Test
    void anUnknownCodeIsReportedWithFileAndLine() throws IOException {
        Path file = write("KE\tname\tKenia\n\nXX\tname\tAtlantis\n");
        assertThatThrownBy(() -> Gazetteer.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read '" + file + "', line 3: 'XX' is not a country code of countries.tsv; use an "
                        + "ISO 3166-1 alpha-2 code such as 'KE' (or '-' with kind 'block').");
    }

    @Test
    void malformedLinesAreReportedWithFileAndLine() throws IOException {
        assertThatThrownBy(() -> Gazetteer.load(write("KE name Kenia\n")))
                .hasMessageEndingWith("line 1: found 1 column(s), expected 3 tab-separated columns (iso2, kind, forms "
                        + "separated by ' | ').");
        assertThatThrownBy(() -> Gazetteer.load(write("# c\nKE\tnickname\tKenia\n")))
                .hasMessageEndingWith("line 2: kind 'nickname' is not one of name, demonym, block.");
        assertThatThrownBy(() -> Gazetteer.load(write("KE\tname\tkenia\n")))
                .hasMessageEndingWith("line 1: the form 'kenia' has no capital letter: matching is "
                        + "case-sensitive and only capitalised words are countries.");
        assertThatThrownBy(() -> Gazetteer.load(write("KE\tname\tKenia\nTZ\tname\tKenia\n")))
                .hasMessageContaining("the form 'Kenia' is given twice, for KE (name) and for TZ (name)");
    }

    @Test
    void aMissingFileSaysWhichFile() {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> Gazetteer.load(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot read the aliases file '" + missing + "'");
    }

    @Test
    void everyCountryNameIsFoundAsItsOwnCountry() {
        CountryDetector detector = new CountryDetector(DEFAULT);
        for (Country country : DEFAULT.countries()) {
            String text = "We met " + country.name() + " today.";
            assertThat(detector.detect(session(text)))
                    .as(text)
                    .extracting(CountryMention::iso2)
                    .containsExactly(country.iso2());
        }
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "aliases", ".tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CountryMention> detect(Gazetteer gazetteer, String text) {
        return new CountryDetector(gazetteer).detect(session(text));
    }

    private static Session session(String text) {
        return new Session(
                "doc.txt",
                1,
                null,
                "S",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(new Section("", SectionType.OTHER, text)));
    }
}
