package org.wsisanalytics.reports.qda;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.ThemeTotal;

/**
 * The project's codebook, made from the run's summary before the first session: "WSIS Action Lines" with C1 to
 * C11 (the sub-lines of a line as its children), "Named only" for references to a line by name alone, "Countries"
 * by M49 region, and "Themes" in the taxonomy's order. Its size follows the reference data, not the sessions.
 * Colours are the workbook's chart colours: action lines blue, countries orange, themes green.
 */
final class Codebook {

    static final String ACTION_LINE_COLOUR = "#4472C4";
    static final String COUNTRY_COLOUR = "#ED7D31";
    static final String THEME_COLOUR = "#70AD47";
    static final String NAMED_ONLY_COLOUR = "#A5A5A5";
    static final String NO_REGION = "No M49 region";

    private final List<QdaCode> roots;
    private final Map<String, String> actionLines = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> themes = new HashMap<>();
    private final String namedOnly;

    /**
     * @param summary the run's summary: its action lines, mentioned countries and themes
     * @param subLines per action-line code, the names of its sub-lines (C7's), in the order to show
     * @param guids the run's identifiers
     */
    Codebook(RunSummary summary, Map<String, List<String>> subLines, QdaGuids guids) {
        namedOnly = guids.code("named-only");
        roots = List.of(
                actionLineCodes(summary.actionLines(), subLines, guids),
                new QdaCode(
                        namedOnly,
                        "Named only",
                        true,
                        NAMED_ONLY_COLOUR,
                        "An action line referred to by its name only, without its number (\"the action line on"
                                + " e-environment\"); shown as evidence, not counted in the coverage.",
                        List.of()),
                countryCodes(summary.countries(), guids),
                themeCodes(summary.themes(), guids));
    }

    private QdaCode actionLineCodes(List<ActionLine> lines, Map<String, List<String>> subLines, QdaGuids guids) {
        List<QdaCode> codes = new ArrayList<>();
        for (ActionLine line : lines) {
            List<QdaCode> children = new ArrayList<>();
            for (String subLine : subLines.getOrDefault(line.code(), List.of())) {
                children.add(new QdaCode(
                        guids.code("action-line/" + line.code() + "/" + subLine),
                        line.code() + " " + subLine,
                        true,
                        ACTION_LINE_COLOUR,
                        "Sub-line of " + line.code() + " " + line.name() + ".",
                        List.of()));
            }
            String guid = guids.code("action-line/" + line.code());
            actionLines.put(line.code(), guid);
            codes.add(new QdaCode(
                    guid,
                    line.code() + " " + line.name(),
                    true,
                    ACTION_LINE_COLOUR,
                    "WSIS Action Line " + line.code() + " (Geneva Plan of Action, 2003): " + line.name() + ".",
                    children));
        }
        return new QdaCode(
                guids.code("action-lines"),
                "WSIS Action Lines",
                false,
                ACTION_LINE_COLOUR,
                "References to an action line by its number (C3, Action Line 4, AL C5).",
                codes);
    }

    private QdaCode countryCodes(List<CountryFrequency> frequencies, QdaGuids guids) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        Map<String, List<Country>> byRegion = new TreeMap<>(collator);
        for (CountryFrequency frequency : frequencies) {
            Country country = frequency.country();
            byRegion.computeIfAbsent(
                            country.region().isBlank() ? NO_REGION : country.region(), region -> new ArrayList<>())
                    .add(country);
        }
        List<QdaCode> regions = new ArrayList<>();
        byRegion.forEach((region, members) -> {
            members.sort(Comparator.comparing(Country::name, collator).thenComparing(Country::iso2));
            List<QdaCode> codes = new ArrayList<>();
            for (Country country : members) {
                String guid = guids.code("country/" + country.iso2());
                countries.put(country.iso2(), guid);
                codes.add(new QdaCode(
                        guid,
                        country.name(),
                        true,
                        COUNTRY_COLOUR,
                        country.iso2() + (country.subregion().isBlank() ? "" : ", " + country.subregion()),
                        List.of()));
            }
            regions.add(
                    new QdaCode(guids.code("region/" + region), region, false, COUNTRY_COLOUR, "UN M49 region", codes));
        });
        return new QdaCode(
                guids.code("countries"),
                "Countries",
                false,
                COUNTRY_COLOUR,
                "Countries mentioned by name, demonym, language or in an organisation's name, by UN M49 region.",
                regions);
    }

    private QdaCode themeCodes(List<ThemeTotal> totals, QdaGuids guids) {
        List<QdaCode> codes = new ArrayList<>();
        for (ThemeTotal total : totals) {
            String guid = guids.code("theme/" + total.theme());
            themes.put(total.theme(), guid);
            codes.add(new QdaCode(guid, total.theme(), true, THEME_COLOUR, null, List.of()));
        }
        return new QdaCode(
                guids.code("themes"),
                "Themes",
                false,
                THEME_COLOUR,
                "Themes of the run's taxonomy, in its order.",
                codes);
    }

    /** The top-level codes, in the order shown. */
    List<QdaCode> roots() {
        return roots;
    }

    /** The code of an action line ("C3"), or {@code null} where the summary has no such line. */
    String actionLine(String code) {
        return actionLines.get(code);
    }

    /** The code of a country by ISO code, or {@code null} where the summary does not list it. */
    String country(String iso2) {
        return countries.get(iso2);
    }

    /** The code of a theme, or {@code null} where the summary does not list it. */
    String theme(String name) {
        return themes.get(name);
    }

    String namedOnly() {
        return namedOnly;
    }
}
