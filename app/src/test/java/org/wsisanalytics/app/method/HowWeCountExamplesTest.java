package org.wsisanalytics.app.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TaxonomyTerm;
import org.wsisanalytics.reports.method.CountingRules;
import org.wsisanalytics.reports.method.MethodLine;

/**
 * Holds the counting rules that the brief and the workbook print ({@code how-we-count.txt} in reports) to what the
 * detectors do: every example is run through them and must come out as the text says. Here because only app sees
 * both the rules (reports) and the detectors (analytics).
 */
class HowWeCountExamplesTest {

    private static final ActionLineCatalog CATALOG = ActionLineCatalog.loadDefault();
    private final ActionLineDetector numbered = new ActionLineDetector(CATALOG);
    private final ActionLineNameDetector named = new ActionLineNameDetector(CATALOG);
    private final FigureDetector figures = new FigureDetector();
    private final CountryDetector countries = new CountryDetector(Gazetteer.loadDefault());

    @Test
    void theRulesHaveExamplesOfEveryKind() {
        assertThat(CountingRules.lines())
                .extracting(MethodLine::kind)
                .contains(
                        MethodLine.Kind.COUNTS,
                        MethodLine.Kind.NAMED,
                        MethodLine.Kind.NONE,
                        MethodLine.Kind.FIGURE,
                        MethodLine.Kind.NO_FIGURE);
        assertThat(CountingRules.lines())
                .filteredOn(line -> line.kind() == MethodLine.Kind.COUNTRY)
                .extracting(line -> line.country().kind())
                .as("a country example of every kind")
                .containsExactlyInAnyOrder(CountryMentionKind.values());
    }

    @Test
    void everyExampleComesOutOfTheDetectorsAsTheRulesSay() {
        List<MethodLine> examples = CountingRules.lines().stream()
                .filter(line -> line.kind().example())
                .toList();
        for (MethodLine example : examples) {
            Session session = session(example.text());
            List<String> counted = numbered.detect(session).stream()
                    .map(ActionLineMention::actionLine)
                    .toList();
            List<String> names = named.detect(session).stream()
                    .map(ActionLineNameReference::actionLine)
                    .toList();
            int quoted = figures.detect(session).size();
            List<MethodLine.CountryExample> mentioned = countries.detect(session).stream()
                    .map(m -> new MethodLine.CountryExample(m.iso2(), m.kind()))
                    .toList();
            switch (example.kind()) {
                case COUNTS -> {
                    assertThat(counted).as(example.display()).containsExactly(example.actionLine());
                    assertThat(names).as(example.display()).isEmpty();
                }
                case NAMED -> {
                    assertThat(counted).as(example.display()).isEmpty();
                    assertThat(names).as(example.display()).containsExactly(example.actionLine());
                }
                case NONE -> {
                    assertThat(counted).as(example.display()).isEmpty();
                    assertThat(names).as(example.display()).isEmpty();
                }
                case FIGURE -> assertThat(quoted).as(example.display()).isEqualTo(1);
                case NO_FIGURE -> assertThat(quoted).as(example.display()).isZero();
                case COUNTRY -> assertThat(mentioned).as(example.display()).containsExactly(example.country());
                default -> throw new IllegalStateException("not an example: " + example);
            }
        }
    }

    /** The rules send the reader to the Theme terms sheet: the bundled taxonomy it lists is the themes file's. */
    @Test
    void theThemeTermsAreTheRowsOfTheThemesFile() throws IOException {
        List<TaxonomyTerm> rows = new ArrayList<>();
        try (InputStream in = ThemeTaxonomy.class.getResourceAsStream("themes.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("theme\t")) {
                    continue;
                }
                String[] columns = line.split("\t");
                rows.add(new TaxonomyTerm(columns[0], columns[1], columns.length > 2 && columns[2].equals("exact")));
            }
        }
        assertThat(ThemeTaxonomy.loadDefault().reportedTerms())
                .hasSize(rows.size())
                .containsExactlyElementsOf(rows);
    }

    /** The example as the body of an ordinary section (not the links part, where more names are read). */
    private static Session session(String text) {
        return new Session(
                "example.txt",
                1,
                null,
                "Example",
                null,
                null,
                null,
                null,
                StructureLayer.WHOLE,
                List.of(new Section("Discussion", SectionType.OTHER, text)));
    }
}
