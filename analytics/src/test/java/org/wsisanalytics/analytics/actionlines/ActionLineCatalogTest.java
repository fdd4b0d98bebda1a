package org.wsisanalytics.analytics.actionlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.ActionLine;

class ActionLineCatalogTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultCatalogGivesC7ItsEightSubLinesAndNoOtherLineAny() {
        assertThat(ActionLineCatalog.loadDefault().subLines()).containsOnlyKeys("C7");
        assertThat(ActionLineCatalog.loadDefault().subLines().get("C7"))
                .containsExactly(
                        "E-government",
                        "E-business",
                        "E-learning",
                        "E-health",
                        "E-employment",
                        "E-environment",
                        "E-agriculture",
                        "E-science");
    }

    @Test
    void theDefaultCatalogHasElevenLinesInOrderWithTheirOfficialNames() {
        ActionLineCatalog catalog = ActionLineCatalog.loadDefault();

        assertThat(catalog.all())
                .extracting(ActionLine::code)
                .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11");
        assertThat(catalog.all())
                .extracting(ActionLine::name)
                .containsExactly(
                        "The role of public governance authorities and all stakeholders in the promotion of ICTs for development",
                        "Information and communication infrastructure",
                        "Access to information and knowledge",
                        "Capacity building",
                        "Building confidence and security in the use of ICTs",
                        "Enabling environment",
                        "ICT applications",
                        "Cultural diversity and identity, linguistic diversity and local content",
                        "Media",
                        "Ethical dimensions of the Information Society",
                        "International and regional cooperation");
        assertThat(catalog.byCode("C10").number()).isEqualTo(10);
    }

    @Test
    void theDefaultCatalogKeepsTheOlderC1WordingAndTheC7SubLines() {
        ActionLineCatalog catalog = ActionLineCatalog.loadDefault();

        assertThat(catalog.entries())
                .filteredOn(e -> e.kind() == CatalogEntry.Kind.ALIAS)
                .extracting(CatalogEntry::code, CatalogEntry::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "C1", "The role of governments and all stakeholders in the promotion of ICTs for development"));
        assertThat(catalog.entries())
                .filteredOn(e -> e.kind() == CatalogEntry.Kind.SUB_LINE)
                .allSatisfy(e -> assertThat(e.code()).isEqualTo("C7"))
                .extracting(CatalogEntry::text)
                .containsExactly(
                        "E-government",
                        "E-business",
                        "E-learning",
                        "E-health",
                        "E-employment",
                        "E-environment",
                        "E-agriculture",
                        "E-science");
    }

    @Test
    void theDefaultCatalogHasVariantsForReferencesByName() {
        ActionLineCatalog catalog = ActionLineCatalog.loadDefault();

        assertThat(catalog.entries())
                .filteredOn(e -> e.kind() == CatalogEntry.Kind.VARIANT)
                .extracting(CatalogEntry::code, CatalogEntry::text)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("C8", "Cultural diversity"),
                        org.assertj.core.groups.Tuple.tuple("C10", "Ethics"),
                        org.assertj.core.groups.Tuple.tuple("C11", "International cooperation"))
                .hasSize(14);
    }

    @Test
    void aVariantRowIsReadAndAnUnknownKindListsTheKinds() throws IOException {
        Path file = write("variants.tsv", validRows() + "C9\tvariant\tJournalism\nC9\tnick\tPress\n");

        assertThatThrownBy(() -> ActionLineCatalog.load(file))
                .hasMessageContaining("line 13")
                .hasMessageContaining("not one of name, alias, sub-line, variant");
        ActionLineCatalog catalog = ActionLineCatalog.load(write("ok.tsv", validRows() + "C9\tvariant\tJournalism\n"));
        assertThat(catalog.entries()).last().isEqualTo(new CatalogEntry("C9", CatalogEntry.Kind.VARIANT, "Journalism"));
    }

    @Test
    void theBundledFileNamesItsSource() throws IOException {
        try (InputStream in = ActionLineCatalog.class.getResourceAsStream(ActionLineCatalog.DEFAULT_RESOURCE)) {
            String header = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .takeWhile(line -> line.startsWith("#"))
                    .collect(Collectors.joining("\n"));
            assertThat(header).contains("Geneva Plan of Action", "2003");
        }
    }

    @Test
    void anUnknownCodeIsRejectedByName() {
        ActionLineCatalog catalog = ActionLineCatalog.loadDefault();

        assertThatThrownBy(() -> catalog.byCode("C12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'C12'");
        assertThatThrownBy(() -> catalog.byCode("c3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'c3'");
    }

    @Test
    void aUserFileReplacesTheNames() throws IOException {
        Path file = write("my-lines.tsv", validRows().replace("C9\tname\tMedia", "C9\tname\tMedia and journalism"));

        ActionLineCatalog catalog = ActionLineCatalog.load(file);

        assertThat(catalog.all()).hasSize(11);
        assertThat(catalog.byCode("C9").name()).isEqualTo("Media and journalism");
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesTheFileAndLine() throws IOException {
        Path file = write("bad.tsv", "# my lines\ncode\tkind\ttext\nC1\tname\tOne\nC2 name Two\n");

        assertThatThrownBy(() -> ActionLineCatalog.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 4")
                .hasMessageContaining("expected 3 tab-separated columns");
    }

    @Test
    void anUnknownCodeOrKindNamesTheLine() throws IOException {
        Path badCode = write("code.tsv", validRows() + "C12\tname\tSpace\n");
        Path badKind = write("kind.tsv", "C1\tnickname\tGovernance\n" + validRows());

        assertThatThrownBy(() -> ActionLineCatalog.load(badCode))
                .hasMessageContaining("line 12")
                .hasMessageContaining("'C12' is not an action line code");
        assertThatThrownBy(() -> ActionLineCatalog.load(badKind))
                .hasMessageContaining("line 1")
                .hasMessageContaining("kind 'nickname'");
    }

    @Test
    void aSecondNameForALineIsRejected() throws IOException {
        Path file = write("twice.tsv", validRows() + "C3\tname\tAccess\n");

        assertThatThrownBy(() -> ActionLineCatalog.load(file))
                .hasMessageContaining("line 12")
                .hasMessageContaining("C3 already has a name (line 3)");
    }

    @Test
    void missingLinesAreListed() throws IOException {
        Path file = write(
                "short.tsv",
                validRows().replace("C4\tname\tCapacity building\n", "").replace("C9\tname\tMedia\n", ""));

        assertThatThrownBy(() -> ActionLineCatalog.load(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("no name for C4, C9");
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = folder.resolve("absent.tsv");

        assertThatThrownBy(() -> ActionLineCatalog.load(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist");
    }

    private static String validRows() {
        return IntStream.rangeClosed(1, 11)
                .mapToObj(n ->
                        "C" + n + "\tname\t" + (n == 4 ? "Capacity building" : n == 9 ? "Media" : "Line " + n) + "\n")
                .collect(Collectors.joining());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
