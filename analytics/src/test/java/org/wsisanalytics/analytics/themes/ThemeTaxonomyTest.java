package org.wsisanalytics.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.ThemeMention;

class ThemeTaxonomyTest {

    @TempDir
    Path dir;

    @Test
    void theBundledTaxonomyHasTheSeventeenThemesInOrder() {
        assertThat(ThemeTaxonomy.loadDefault().themes())
                .containsExactly(
                        "AI",
                        "Gender",
                        "Youth and children",
                        "Persons with disabilities",
                        "Older persons",
                        "Connectivity and infrastructure",
                        "Satellites",
                        "Affordability",
                        "Digital skills and literacy",
                        "Cybersecurity and trust",
                        "Data protection and privacy",
                        "Misinformation",
                        "Languages and culture",
                        "Digital public infrastructure",
                        "E-government",
                        "Financing and universal service funds",
                        "Environment and climate");
        assertThat(ThemeTaxonomy.loadDefault().source()).isEqualTo("themes.tsv");
    }

    @Test
    void aUserFileReplacesTheBundledOne() throws IOException {
        Path file = write("# my themes\ntheme\tterm\tcase\nOceans\tocean\nOceans\tsea level\nHealth\tWHO\texact\n");
        ThemeTaxonomy taxonomy = ThemeTaxonomy.load(file);
        assertThat(taxonomy.themes()).containsExactly("Oceans", "Health");
        List<ThemeMention> mentions = new ThemeDetector(taxonomy)
                .detect(new Session(
                        "d.txt",
                        1,
                        null,
                        "T",
                        null,
                        null,
                        null,
                        null,
                        StructureLayer.TEMPLATE,
                        List.of(new Section("", SectionType.OTHER, "Oceans and sea-level rise; WHO, who knows; AI."))));
        assertThat(mentions)
                .extracting(ThemeMention::theme, ThemeMention::surface)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Oceans", "Oceans"),
                        org.assertj.core.groups.Tuple.tuple("Oceans", "sea-level"),
                        org.assertj.core.groups.Tuple.tuple("Health", "WHO"));
    }

    @Test
    void errorsNameTheFileAndTheLine() throws IOException {
        Path columns = write("AI\tAI\texact\nGender\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(columns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read themes from '" + columns + "', line 2: found 1 column(s), expected 2 or 3"
                        + " tab-separated columns (theme, term, optional 'exact').");
        Path duplicate = write("AI\tAI\texact\nGender\twomen\nYouth\tWomen\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(duplicate))
                .hasMessage("Cannot read themes from '" + duplicate
                        + "', line 3: the term 'Women' is already listed on line 2 (theme 'Gender'); a term belongs to one"
                        + " theme only.");
        Path flag = write("AI\tAI\tcase-sensitive\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(flag))
                .hasMessageContaining("line 1: the third column is"
                        + " 'case-sensitive'; leave it empty (case is ignored) or write 'exact' (case must match).");
        Path emptyTheme = write("\n\n \tterm\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(emptyTheme)).hasMessageContaining("line 3: the theme is empty.");
        Path noLetters = write("Theme\t---\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(noLetters))
                .hasMessageContaining("line 1: the term '---' has no" + " letter or digit to match.");
        Path empty = write("# nothing\n");
        assertThatThrownBy(() -> ThemeTaxonomy.load(empty))
                .hasMessage("Cannot read themes from '" + empty
                        + "': it lists no terms; add rows of the form theme<TAB>term.");
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> ThemeTaxonomy.load(missing))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Cannot read themes from '" + missing + "': the file does not exist; check the configured"
                        + " path.");
    }

    @Test
    void exactAndCaseInsensitiveVariantsOfOneWordAreDifferentTerms() throws IOException {
        Path file = write("\uFEFFAI\tAI\texact\nAgriculture\tai\n");
        assertThat(ThemeTaxonomy.load(file).themes()).containsExactly("AI", "Agriculture");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "themes", ".tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
