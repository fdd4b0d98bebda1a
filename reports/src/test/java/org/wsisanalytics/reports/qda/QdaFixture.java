package org.wsisanalytics.reports.qda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.ThemeAnalysis;
import org.wsisanalytics.reports.ReportFixture;

/**
 * A run whose texts are hard to count in: emoji (outside the Basic Multilingual Plane, two UTF-16 units each) before
 * and inside mentions, "Stępińska", a CR LF line end, a country name broken across a line, a heading used twice,
 * with a mention in the second section of that name, and a demonym both in a heading (as the analyze step finds it:
 * offsets in the heading, the heading as sentence) and at the same offsets in that section's body. Offsets are
 * UTF-16 positions, as the detectors give them.
 */
final class QdaFixture {

    static final String DOCUMENT = "voices-\uD83C\uDF0D.md";
    static final String INTRO = "Introduction";
    static final String LINKS = "Links to WSIS Action Lines";
    static final String INTRO_TEXT = "Lidia St\u0119pi\u0144ska-Ustasiak \uD83C\uDFA4 opened: \uD83C\uDDF0\uD83C\uDDEA"
            + " Kenya and T\u00FCrkiye \uD83E\uDD1D back C3.\r\nTurkish experts \uD83D\uDE00 added that AI"
            + " \uD83E\uDD16 helps youth.";
    static final String LINKS_TEXT = "C1, C7 and the action line on e-environment \uD83C\uDF31.";
    static final String AGAIN_TEXT = "Back in \uD83C\uDFE0 Costa\nRica's capital, women led.";
    static final String ESTONIA = "Estonian Experience";
    static final String ESTONIA_TEXT = "Estonian teachers \uD83C\uDF93 shared lessons.";
    static final List<String> THEMES = List.of("AI", "Gender", "Youth and children");

    private QdaFixture() {}

    /** A title that names an action line: the analyze step reads it as a one-line section headed by itself. */
    static final String QUIET_TITLE = "Quiet session on C5";

    static AnalysisResult result() {
        DocumentSource source = new DocumentSource(DOCUMENT, "inbox/" + DOCUMENT, "b".repeat(64), 912);
        RunInfo run = new RunInfo(
                "2025-07-11-0a1b2c3d4e",
                LocalDate.of(2025, 7, 11),
                Instant.parse("2025-07-11T06:00:00Z"),
                "0.1.0-SNAPSHOT",
                List.of(source),
                Map.of());
        Session first = new Session(
                DOCUMENT,
                1,
                "512",
                "Voices \uD83C\uDF0D from the field",
                "Lidia St\u0119pi\u0144ska-Ustasiak",
                null,
                null,
                null,
                StructureLayer.OUTLINE,
                List.of(
                        new Section(INTRO, SectionType.INTRODUCTION, INTRO_TEXT),
                        new Section(LINKS, SectionType.ACTION_LINE_LINKS, LINKS_TEXT),
                        new Section(INTRO, SectionType.OTHER, AGAIN_TEXT),
                        new Section(ESTONIA, SectionType.CASE_EXAMPLES, ESTONIA_TEXT)));
        Session quiet = new Session(
                DOCUMENT,
                2,
                null,
                QUIET_TITLE,
                null,
                null,
                null,
                null,
                StructureLayer.OUTLINE,
                List.of(new Section("", SectionType.INTRODUCTION, "Nothing to code here.")));

        List<ActionLineMention> lines = List.of(
                line(first, "C3", INTRO, INTRO_TEXT, "C3", false),
                line(first, "C1", LINKS, LINKS_TEXT, "C1", true),
                line(first, "C7", LINKS, LINKS_TEXT, "C7", true),
                line(quiet, "C5", QUIET_TITLE, QUIET_TITLE, "C5", false));
        String phrase = "the action line on e-environment";
        int at = LINKS_TEXT.indexOf(phrase);
        List<ActionLineNameReference> names = List.of(new ActionLineNameReference(
                first.key(), "C7", "e-environment", phrase, LINKS, true, LINKS_TEXT, at, at + phrase.length()));
        List<CountryMention> countries = List.of(
                country(first, "KE", INTRO, INTRO_TEXT, "Kenya", "Kenya", CountryMentionKind.NAME),
                country(first, "TR", INTRO, INTRO_TEXT, "T\u00FCrkiye", "T\u00FCrkiye", CountryMentionKind.NAME),
                country(first, "TR", INTRO, INTRO_TEXT, "Turkish", "Turkish", CountryMentionKind.DEMONYM),
                country(first, "CR", INTRO, AGAIN_TEXT, "Costa\nRica's", "Costa Rica's", CountryMentionKind.NAME),
                new CountryMention(first.key(), "EE", "Estonian", CountryMentionKind.DEMONYM, ESTONIA, ESTONIA, 0, 8),
                country(first, "EE", ESTONIA, ESTONIA_TEXT, "Estonian", "Estonian", CountryMentionKind.DEMONYM));
        List<ThemeMention> themes = List.of(
                theme(first, "AI", INTRO, INTRO_TEXT, "AI"),
                theme(first, "Youth and children", INTRO, INTRO_TEXT, "youth"),
                theme(first, "Gender", INTRO, AGAIN_TEXT, "women"));
        List<ActionLineCoverage> coverage = List.of(
                new ActionLineCoverage(first.key(), "C1", 1, true),
                new ActionLineCoverage(first.key(), "C3", 1, false),
                new ActionLineCoverage(first.key(), "C7", 1, true));
        Country kenya = new Country("KE", "Kenya", "Africa", "Sub-Saharan Africa", Set.of());
        Country turkiye = new Country("TR", "T\u00FCrkiye", "Asia", "Western Asia", Set.of());
        Country costaRica = new Country("CR", "Costa Rica", "Americas", "Latin America and the Caribbean", Set.of());
        Country estonia = new Country("EE", "Estonia", "Europe", "Northern Europe", Set.of());
        CountryAnalysis countryAnalysis = new CountryAnalysis(
                countries,
                List.of(
                        new CountryFrequency(turkiye, 2, 1),
                        new CountryFrequency(estonia, 2, 1),
                        new CountryFrequency(kenya, 1, 1),
                        new CountryFrequency(costaRica, 1, 1)),
                List.of(),
                List.of());
        ThemeAnalysis themeAnalysis = new ThemeAnalysis(
                THEMES,
                themes,
                List.of(
                        new ThemeCount(first.key(), "AI", 1),
                        new ThemeCount(first.key(), "Gender", 1),
                        new ThemeCount(first.key(), "Youth and children", 1)),
                List.of());
        return new AnalysisResult(
                run,
                ReportFixture.actionLines(),
                List.of(new ParsedDocumentSummary(source, "WSIS Forum 2025 \uD83C\uDF0D voices", 2)),
                List.of(first, quiet),
                lines,
                names,
                coverage,
                List.of(),
                countryAnalysis,
                themeAnalysis,
                List.of(),
                List.of(),
                List.of());
    }

    /** The C7 sub-lines as the bundled catalog names them. */
    static Map<String, List<String>> subLines() {
        return Map.of(
                "C7",
                List.of(
                        "E-government",
                        "E-business",
                        "E-learning",
                        "E-health",
                        "E-employment",
                        "E-environment",
                        "E-agriculture",
                        "E-science"));
    }

    /**
     * The words each mention of the fixture stands for, in the form the selections must cut out of the source
     * (with a line break inside "Costa Rica's" made a space, as the country's surface is).
     */
    static List<String> expectedWords() {
        List<String> words = new ArrayList<>(List.of(
                "C3",
                "C1",
                "C7",
                "C5",
                "the action line on e-environment",
                "Kenya",
                "T\u00FCrkiye",
                "Turkish",
                "Costa Rica's",
                "Estonian",
                "Estonian",
                "AI",
                "youth",
                "women"));
        words.sort(null);
        return words;
    }

    private static ActionLineMention line(
            Session session, String code, String section, String text, String notation, boolean inLinks) {
        int start = text.indexOf(notation);
        return new ActionLineMention(
                session.key(), code, notation, section, inLinks, text, start, start + notation.length());
    }

    private static CountryMention country(
            Session session,
            String iso2,
            String section,
            String text,
            String written,
            String surface,
            CountryMentionKind kind) {
        int start = text.indexOf(written);
        return new CountryMention(
                session.key(),
                iso2,
                surface,
                kind,
                section,
                text.replace("\r\n", " "),
                start,
                start + written.length());
    }

    private static ThemeMention theme(Session session, String theme, String section, String text, String surface) {
        int start = text.indexOf(surface);
        return new ThemeMention(session.key(), theme, surface, section, text, start, start + surface.length());
    }
}
