package org.wsisanalytics.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineLabelConflict;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryActionLine;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CountryMentionKind;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.EventKey;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.FigureRole;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.ParsedDocumentSummary;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RollUp;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.Severity;
import org.wsisanalytics.model.SharedMessage;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TaxonomyTerm;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;
import org.wsisanalytics.model.ThemeTotal;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.model.oracle.ThemeAnalysis;

/**
 * A small but realistic result: the WSIS+20 summaries with three sessions (one with a title that
 * is a formula, one starting with "-cmd", a sentence starting with "@", a sentence with a comma,
 * quotes and a line break), read by the template, and a second document without a facilitators table,
 * read by its outline.
 *
 * <p>Expected figures: 4 sessions; 11 mentions; C2 in 2 sessions, C1 C3 C4 C5 C7 C8 C9 in 1, C6
 * C10 C11 in none.
 */
public final class ReportFixture {

    public static final String SUMMARIES = "wsis20-hltf-summaries-2025.txt";
    public static final String LATE = "late-summary.docx";
    public static final String EVENT_TITLE =
            "WSIS+20 High-Level Event 2025: Summaries from the High-Level Track Facilitators";
    public static final String LINKS = "Links to WSIS Action Lines";

    public static final String A1_INTRO = "Speakers from Türkiye and Poland stressed access to information"
            + " (Action Line C3), noting that \"open data, open minds\"\nremain key.";
    public static final String A1_LINKS = "Links to WSIS Action Lines: C1, C3 and C7.";
    public static final String A2_TRENDS = "@ITU and partners called for trust by design (C5).";
    public static final String A2_LINKS = "The session linked to Action Line C2 and AL C5.";
    public static final String A3_CASES = "Community radio (C9) keeps local languages alive.";
    public static final String A3_LINKS = "Action Line C8.";
    public static final String B1_INTRO = "Türkiye and Côte d'Ivoire shared rural broadband (C2) results.";
    public static final String B1_LINKS = "Action Line 4 (capacity building).";
    public static final String A1_OFFLINE =
            "Still, 2.6 billion people remain offline; in Tuvalu only 40% of women" + " use the internet.";
    public static final String A1_PLEDGE = "The Turkish delegation pledged universal access by 2030.";
    public static final String A1_ACHIEVEMENTS = A1_OFFLINE + " " + A1_PLEDGE;
    public static final String A2_TRAINED =
            "The Communications Authority of Kenya trained 80 000 elderly people" + " in AI tools.";
    public static final String A2_FUND = "Kenya committed USD 5 million to its universal service fund.";
    public static final String A2_CASES = A2_TRAINED + " " + A2_FUND;
    public static final String A3_OPPORTUNITIES = "+15% more listeners tuned in to programmes in the Turkish language.";

    /** The taxonomy of the analytics module's default themes file, in its order. */
    public static final List<String> THEMES = List.of(
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

    public static final Country TURKIYE = new Country("TR", "Türkiye", "Asia", "Western Asia", Set.of());
    public static final Country KENYA = new Country("KE", "Kenya", "Africa", "Sub-Saharan Africa", Set.of());
    /** M49 puts Côte d'Ivoire in Sub-Saharan Africa (sub-region), Western Africa (intermediate region). */
    public static final Country COTE_DIVOIRE =
            new Country("CI", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa", Set.of());

    public static final Country POLAND = new Country("PL", "Poland", "Europe", "Eastern Europe", Set.of());
    /** Tuvalu is both a least developed country and a small island developing State. */
    public static final Country TUVALU = new Country("TV", "Tuvalu", "Oceania", "Polynesia", Set.of("SIDS", "LDC"));

    public static final String A2_TITLE =
            "=SUM(A1) Towards a safer connected world: digital trust, \"cyber\" resilience";
    public static final String A3_TITLE = "-cmd Local to global: preserving culture and language in a digital era";
    public static final String B1_TITLE = "Connecting the unconnected in Türkiye and Côte d'Ivoire";

    private ReportFixture() {}

    public static List<ActionLine> actionLines() {
        String[] names = {
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
            "International and regional cooperation"
        };
        List<ActionLine> lines = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            lines.add(new ActionLine("C" + (i + 1), i + 1, names[i]));
        }
        return lines;
    }

    public static AnalysisResult result() {
        DocumentSource summaries = new DocumentSource(SUMMARIES, "inbox/" + SUMMARIES, "a".repeat(64), 48_213);
        DocumentSource late = new DocumentSource(LATE, "inbox/" + LATE, "0123456789abcdef".repeat(4), 12_040);
        DocumentSource notes = new DocumentSource("notes.pdf", "inbox/notes.pdf", "f".repeat(64), 3_311);
        RunInfo run = new RunInfo(
                "20250714-060000-7f3a",
                LocalDate.of(2025, 7, 14),
                Instant.parse("2025-07-14T06:00:00Z"),
                "0.1.0-SNAPSHOT",
                List.of(summaries, late, notes),
                Map.of("input", "inbox/"));

        Session a1 = new Session(
                SUMMARIES,
                1,
                "426",
                "When policy meets progress: paving the way for a fit for future digital world",
                "Lidia Stępińska-Ustasiak",
                "Lidia Stępińska-Ustasiak",
                "Polistratos Institute",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/426",
                StructureLayer.TEMPLATE,
                List.of(
                        new Section("Introduction", SectionType.INTRODUCTION, A1_INTRO),
                        new Section("Achievements", SectionType.ACHIEVEMENTS, A1_ACHIEVEMENTS),
                        new Section(LINKS, SectionType.ACTION_LINE_LINKS, A1_LINKS)));
        Session a2 = new Session(
                SUMMARIES,
                2,
                "421",
                A2_TITLE,
                "Lucien Castex",
                "Lucien CASTEX",
                "AFNIC",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/421",
                StructureLayer.TEMPLATE,
                List.of(
                        new Section("Emerging trends", SectionType.TRENDS, A2_TRENDS),
                        new Section("Case Examples", SectionType.CASE_EXAMPLES, A2_CASES),
                        new Section(LINKS, SectionType.ACTION_LINE_LINKS, A2_LINKS)));
        Session a3 = new Session(
                SUMMARIES,
                3,
                "428",
                A3_TITLE,
                "Caroline Vuillemin",
                "Caroline Vuillemin",
                "Fondation Hironnelle",
                "javascript:alert(1)",
                StructureLayer.TEMPLATE,
                List.of(
                        new Section("Case Examples", SectionType.CASE_EXAMPLES, A3_CASES),
                        new Section("Opportunities", SectionType.OPPORTUNITIES, A3_OPPORTUNITIES),
                        new Section(LINKS, SectionType.ACTION_LINE_LINKS, A3_LINKS)));
        Session b1 = new Session(
                LATE,
                1,
                null,
                B1_TITLE,
                null,
                null,
                null,
                null,
                StructureLayer.OUTLINE,
                List.of(
                        new Section("", SectionType.INTRODUCTION, B1_INTRO),
                        new Section("Links to the Action Lines", SectionType.ACTION_LINE_LINKS, B1_LINKS)));

        List<ActionLineMention> mentions = List.of(
                mention(a1, "C3", "Action Line C3", "Introduction", false, A1_INTRO),
                mention(a1, "C1", "C1", LINKS, true, A1_LINKS),
                mention(a1, "C3", "C3", LINKS, true, A1_LINKS),
                mention(a1, "C7", "C7", LINKS, true, A1_LINKS),
                mention(a2, "C5", "C5", "Emerging trends", false, A2_TRENDS),
                mention(a2, "C2", "Action Line C2", LINKS, true, A2_LINKS),
                mention(a2, "C5", "AL C5", LINKS, true, A2_LINKS),
                mention(a3, "C9", "C9", "Case Examples", false, A3_CASES),
                mention(a3, "C8", "Action Line C8", LINKS, true, A3_LINKS),
                mention(b1, "C2", "C2", "", false, B1_INTRO),
                mention(b1, "C4", "Action Line 4", "Links to the Action Lines", true, B1_LINKS));
        List<ActionLineCoverage> coverage = List.of(
                new ActionLineCoverage(a1.key(), "C1", 1, true),
                new ActionLineCoverage(a1.key(), "C3", 2, true),
                new ActionLineCoverage(a1.key(), "C7", 1, true),
                new ActionLineCoverage(a2.key(), "C2", 1, true),
                new ActionLineCoverage(a2.key(), "C5", 2, true),
                new ActionLineCoverage(a3.key(), "C8", 1, true),
                new ActionLineCoverage(a3.key(), "C9", 1, false),
                new ActionLineCoverage(b1.key(), "C2", 1, false),
                new ActionLineCoverage(b1.key(), "C4", 1, true));
        List<Finding> findings = List.of(
                new Finding(
                        SUMMARIES,
                        2,
                        Severity.WARNING,
                        "facilitator-name-mismatch",
                        "Facilitator is named 'Lucien Castex' in the summary but 'Lucien CASTEX' in the"
                                + " facilitators table.",
                        "Lucien Castex / Lucien CASTEX",
                        TextLocation.line(21)),
                new Finding(
                        LATE,
                        null,
                        Severity.INFO,
                        "missing-facilitators-table",
                        "The document has no facilitators table, so sessions have no session number.",
                        ""));
        List<Reject> rejects = List.of(new Reject(
                "notes.pdf", "Cannot read 'notes.pdf': the file is encrypted (password required); it was skipped."));
        return new AnalysisResult(
                run,
                actionLines(),
                List.of(new ParsedDocumentSummary(summaries, EVENT_TITLE, 3), new ParsedDocumentSummary(late, null, 1)),
                List.of(a1, a2, a3, b1),
                mentions,
                List.of(new ActionLineNameReference(
                        a3.key(),
                        "C9",
                        null,
                        "-the media action line",
                        "Case Examples",
                        false,
                        "-the media action line keeps local languages alive, said one speaker.",
                        0,
                        22)),
                coverage,
                List.of(),
                countries(a1, a2, a3, b1),
                themes(a1, a2, a3, b1),
                figures(a1, a2, a3),
                findings,
                rejects);
    }

    /**
     * The fixture with a line named only and a label in conflict: session 1 (426) also names C6 in words in its
     * links part ("the enabling environment", not numbered: shown, not counted), and session 2's (421) C5 is
     * labelled "E-Governance", a name that fits C7. The counts are those of {@link #result()}.
     */
    public static AnalysisResult withCoverageMarks() {
        AnalysisResult base = result();
        Session a1 = base.sessions().get(0);
        Session a2 = base.sessions().get(1);
        List<ActionLineNameReference> names = new ArrayList<>(base.actionLineNames());
        names.add(
                0,
                new ActionLineNameReference(
                        a1.key(),
                        "C6",
                        null,
                        "the enabling environment",
                        LINKS,
                        true,
                        "Links to WSIS Action Lines: C1, C3 and C7, and the enabling environment.",
                        47,
                        71));
        List<ActionLineLabelConflict> conflicts = List.of(new ActionLineLabelConflict(
                a2.key(), "C5", "E-Governance", "C7 (ICT applications, sub-line E-government)"));
        return new AnalysisResult(
                base.run(),
                base.actionLines(),
                base.documents(),
                base.sessions(),
                base.actionLineMentions(),
                names,
                base.coverage(),
                conflicts,
                base.countries(),
                base.themes(),
                base.figures(),
                base.findings(),
                base.rejects());
    }

    /**
     * {@code data} with two events side by side: "WSIS Forum" 2025 (2 documents, 3 sessions, C3 in 2 of them with 3
     * references, Türkiye 4 mentions in 3 sessions, AI 5 mentions in 2 sessions and Gender none) and an event without
     * a year whose name a spreadsheet could take for a formula ("=Regional review", 1 document, no sessions).
     */
    public static RunData withEvents(RunData data) {
        RunSummary summary = data.summary()
                .withEvents(List.of(
                        new EventSummary(
                                new EventKey("WSIS Forum", 2025),
                                2,
                                3,
                                List.of(new ActionLineTotal("C1", 0, 0), new ActionLineTotal("C3", 2, 3)),
                                List.of(new CountryFrequency(TURKIYE, 4, 3)),
                                List.of(new ThemeTotal("AI", 2, 5), new ThemeTotal("Gender", 0, 0))),
                        new EventSummary(
                                new EventKey("=Regional review", null),
                                1,
                                0,
                                List.of(new ActionLineTotal("C1", 0, 0)),
                                List.of(),
                                List.of())));
        return new RunData() {
            @Override
            public RunSummary summary() {
                return summary;
            }

            @Override
            public void forEachOverview(RunData.OverviewVisitor visitor) throws IOException {
                data.forEachOverview(visitor);
            }

            @Override
            public void forEachSession(RunData.SessionVisitor visitor) throws IOException {
                data.forEachSession(visitor);
            }

            @Override
            public void forEachFinding(RunData.FindingVisitor visitor) throws IOException {
                data.forEachFinding(visitor);
            }
        };
    }

    /**
     * The fixture's run with key messages as the report step adds them: two for session 1·1 (the second a
     * sentence with a line break), one for session 1·2 that starts with "@" (text a spreadsheet could take for a
     * formula), none for the others; and two shared messages.
     */
    public static RunData withMessages(AnalysisResult result) {
        SessionKey a1 = new SessionKey(SUMMARIES, 1);
        SessionKey a2 = new SessionKey(SUMMARIES, 2);
        Map<SessionKey, List<KeyMessage>> messages = Map.of(
                a1,
                        List.of(
                                new KeyMessage(
                                        a1,
                                        1,
                                        A1_PLEDGE,
                                        SectionType.ACHIEVEMENTS,
                                        "Achievements",
                                        SUMMARIES + ", session 1 (no. 426), \u201CAchievements\u201D, line 10",
                                        TextLocation.line(10)),
                                new KeyMessage(
                                        a1,
                                        2,
                                        "Speakers from Türkiye and Poland stressed access to information (Action"
                                                + " Line C3).",
                                        SectionType.INTRODUCTION,
                                        "Introduction",
                                        SUMMARIES + ", session 1 (no. 426), \u201CIntroduction\u201D, line 10",
                                        TextLocation.line(10))),
                a2,
                        List.of(new KeyMessage(
                                a2,
                                1,
                                A2_TRENDS,
                                SectionType.TRENDS,
                                "Emerging trends",
                                SUMMARIES + ", session 2 (no. 421), \u201CEmerging trends\u201D, line 20",
                                TextLocation.line(20))));
        List<SharedMessage> shared = List.of(
                new SharedMessage(
                        SharedMessage.Kind.ACTION_LINE,
                        "C2",
                        "C2 Information and communication " + "infrastructure",
                        2,
                        B1_INTRO,
                        LATE + ", session 1, opening text, para. 3",
                        new SessionKey(LATE, 1),
                        "",
                        TextLocation.paragraph(3)),
                new SharedMessage(
                        SharedMessage.Kind.COUNTRY,
                        "TR",
                        "Türkiye",
                        3,
                        A1_PLEDGE,
                        SUMMARIES + ", session 1 (no. 426), \u201CAchievements\u201D, line 10",
                        a1,
                        "Achievements",
                        TextLocation.line(10)));
        return RunData.withMessages(
                InMemoryRunData.of(result), shared, session -> messages.getOrDefault(session.key(), List.of()));
    }

    /**
     * Countries: Türkiye 4 mentions in 3 sessions (name twice, demonym, language), Kenya 2 in 1 (org, name),
     * Côte d'Ivoire, Poland and Tuvalu 1 each.
     */
    static CountryAnalysis countries(Session a1, Session a2, Session a3, Session b1) {
        List<CountryMention> mentions = List.of(
                country(a1, "TR", "Türkiye", CountryMentionKind.NAME, "Introduction", A1_INTRO),
                country(a1, "PL", "Poland", CountryMentionKind.NAME, "Introduction", A1_INTRO),
                country(a1, "TV", "Tuvalu", CountryMentionKind.NAME, "Achievements", A1_OFFLINE),
                country(a1, "TR", "Turkish", CountryMentionKind.DEMONYM, "Achievements", A1_PLEDGE),
                country(a2, "KE", "Kenya", CountryMentionKind.ORG, "Case Examples", A2_TRAINED),
                country(a2, "KE", "Kenya", CountryMentionKind.NAME, "Case Examples", A2_FUND),
                country(a3, "TR", "Turkish", CountryMentionKind.LANGUAGE, "Opportunities", A3_OPPORTUNITIES),
                country(b1, "TR", "Türkiye", CountryMentionKind.NAME, "", B1_INTRO),
                country(b1, "CI", "Côte d'Ivoire", CountryMentionKind.NAME, "", B1_INTRO));
        List<CountryFrequency> frequencies = List.of(
                new CountryFrequency(TURKIYE, 4, 3),
                new CountryFrequency(KENYA, 2, 1),
                new CountryFrequency(COTE_DIVOIRE, 1, 1),
                new CountryFrequency(POLAND, 1, 1),
                new CountryFrequency(TUVALU, 1, 1));
        List<RollUp> rollUps = List.of(
                new RollUp(RollUp.Dimension.REGION, "Asia", 1, 4, 3),
                new RollUp(RollUp.Dimension.REGION, "Africa", 2, 3, 2),
                new RollUp(RollUp.Dimension.REGION, "Europe", 1, 1, 1),
                new RollUp(RollUp.Dimension.REGION, "Oceania", 1, 1, 1),
                new RollUp(RollUp.Dimension.SUBREGION, "Western Asia", 1, 4, 3),
                new RollUp(RollUp.Dimension.SUBREGION, "Sub-Saharan Africa", 2, 3, 2),
                new RollUp(RollUp.Dimension.SUBREGION, "Eastern Europe", 1, 1, 1),
                new RollUp(RollUp.Dimension.SUBREGION, "Polynesia", 1, 1, 1),
                new RollUp(RollUp.Dimension.GROUP, "LDC", 1, 1, 1),
                new RollUp(RollUp.Dimension.GROUP, "SIDS", 1, 1, 1));
        List<CountryActionLine> withLines = new ArrayList<>();
        for (String line : List.of("C1", "C2", "C3", "C4", "C7", "C8", "C9")) {
            withLines.add(new CountryActionLine("TR", line, 1));
        }
        withLines.addAll(List.of(
                new CountryActionLine("KE", "C2", 1),
                new CountryActionLine("KE", "C5", 1),
                new CountryActionLine("CI", "C2", 1),
                new CountryActionLine("CI", "C4", 1),
                new CountryActionLine("PL", "C1", 1),
                new CountryActionLine("PL", "C3", 1),
                new CountryActionLine("PL", "C7", 1),
                new CountryActionLine("TV", "C1", 1),
                new CountryActionLine("TV", "C3", 1),
                new CountryActionLine("TV", "C7", 1)));
        return new CountryAnalysis(mentions, frequencies, rollUps, withLines);
    }

    /** Themes: session 1 Gender and Connectivity; 2 AI, Older persons, Cybersecurity, Financing; 3 Languages x2; late Connectivity. */
    static ThemeAnalysis themes(Session a1, Session a2, Session a3, Session b1) {
        List<ThemeMention> mentions = List.of(
                theme(a1, "Gender", "women", "Achievements", A1_OFFLINE),
                theme(a1, "Connectivity and infrastructure", "internet", "Achievements", A1_OFFLINE),
                theme(a2, "Cybersecurity and trust", "trust", "Emerging trends", A2_TRENDS),
                theme(a2, "Older persons", "elderly people", "Case Examples", A2_TRAINED),
                theme(a2, "AI", "AI", "Case Examples", A2_TRAINED),
                theme(a2, "Financing and universal service funds", "universal service fund", "Case Examples", A2_FUND),
                theme(a3, "Languages and culture", "local languages", "Case Examples", A3_CASES),
                theme(a3, "Languages and culture", "language", "Opportunities", A3_OPPORTUNITIES),
                theme(b1, "Connectivity and infrastructure", "broadband", "", B1_INTRO));
        List<ThemeCount> counts = List.of(
                new ThemeCount(a1.key(), "Gender", 1),
                new ThemeCount(a1.key(), "Connectivity and infrastructure", 1),
                new ThemeCount(a2.key(), "AI", 1),
                new ThemeCount(a2.key(), "Older persons", 1),
                new ThemeCount(a2.key(), "Cybersecurity and trust", 1),
                new ThemeCount(a2.key(), "Financing and universal service funds", 1),
                new ThemeCount(a3.key(), "Languages and culture", 2),
                new ThemeCount(b1.key(), "Connectivity and infrastructure", 1));
        return new ThemeAnalysis(
                THEMES,
                mentions,
                counts,
                List.of(
                        new TaxonomyTerm("AI", "AI", true),
                        new TaxonomyTerm("AI", "artificial intelligence", false),
                        new TaxonomyTerm("Gender", "women", false)));
    }

    /**
     * Figures; 2.6 billion is given as 2.6E+9 on purpose, as scale arithmetic produces it. The 40% is quoted twice,
     * the USD 5 million is a commitment (a target).
     */
    static List<Figure> figures(Session a1, Session a2, Session a3) {
        return List.of(
                figure(
                        a1,
                        FigureKind.QUANTITY,
                        FigureRole.STATED,
                        new BigDecimal("2.6").multiply(new BigDecimal("1E+9")),
                        "people",
                        "2.6 billion people",
                        1,
                        "Achievements",
                        A1_OFFLINE),
                figure(
                        a1,
                        FigureKind.PERCENTAGE,
                        FigureRole.STATED,
                        new BigDecimal("40"),
                        "%",
                        "40%",
                        2,
                        "Achievements",
                        A1_OFFLINE),
                figure(
                        a2,
                        FigureKind.QUANTITY,
                        FigureRole.STATED,
                        new BigDecimal("80000"),
                        "elderly people",
                        "80 000 elderly people",
                        1,
                        "Case Examples",
                        A2_TRAINED),
                figure(
                        a2,
                        FigureKind.MONEY,
                        FigureRole.TARGET,
                        new BigDecimal("5000000.00"),
                        "USD",
                        "USD 5 million",
                        1,
                        "Case Examples",
                        A2_FUND),
                figure(
                        a3,
                        FigureKind.PERCENTAGE,
                        FigureRole.STATED,
                        new BigDecimal("15"),
                        "%",
                        "+15%",
                        1,
                        "Opportunities",
                        A3_OPPORTUNITIES));
    }

    private static CountryMention country(
            Session session, String iso2, String surface, CountryMentionKind kind, String section, String sentence) {
        int start = sentence.indexOf(surface);
        return new CountryMention(
                session.key(),
                iso2,
                surface,
                kind,
                section,
                sentence,
                start,
                start + surface.length(),
                location(session));
    }

    private static ThemeMention theme(Session session, String theme, String surface, String section, String sentence) {
        int start = sentence.indexOf(surface);
        return new ThemeMention(session.key(), theme, surface, section, sentence, start, start + surface.length());
    }

    private static Figure figure(
            Session session,
            FigureKind kind,
            FigureRole role,
            BigDecimal value,
            String unit,
            String text,
            int occurrences,
            String section,
            String sentence) {
        int start = sentence.indexOf(text);
        return new Figure(
                session.key(),
                kind,
                role,
                value,
                unit,
                text,
                occurrences,
                section,
                sentence,
                start,
                start + text.length(),
                location(session));
    }

    /** A run in which every input was rejected: no documents, no sessions. */
    public static AnalysisResult nothingRead() {
        AnalysisResult full = result();
        return new AnalysisResult(
                full.run(),
                actionLines(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                CountryAnalysis.NONE,
                ThemeAnalysis.NONE,
                List.of(),
                List.of(),
                full.rejects());
    }

    /** The fixture's run with {@code findings} instead of its own. */
    public static AnalysisResult withFindings(List<Finding> findings) {
        AnalysisResult few = result();
        return new AnalysisResult(
                few.run(),
                few.actionLines(),
                few.documents(),
                few.sessions(),
                few.actionLineMentions(),
                few.actionLineNames(),
                few.coverage(),
                few.labelConflicts(),
                few.countries(),
                few.themes(),
                few.figures(),
                findings,
                few.rejects());
    }

    /** The fixture's run with {@code count} notes of one line each, "Finding number 1." on, about its sessions 1–3. */
    public static AnalysisResult numberedFindings(int count) {
        String document = result().documents().get(0).source().name();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            findings.add(
                    new Finding(document, 1 + i % 3, Severity.INFO, "check-" + i, "Finding number " + i + ".", ""));
        }
        return withFindings(findings);
    }

    /**
     * One long document of {@code count} sessions with long titles, session i referring to C(1 + i % 11)
     * in its links section, for layouts that have to break across pages.
     */
    public static AnalysisResult manySessions(int count) {
        return sessionsInDocuments(count);
    }

    /**
     * Documents of as many sessions each as {@code counts} gives, in order, the sessions made as
     * {@link #manySessions} makes them (numbered from 1 in each document); the documents are named
     * {@code document-01.txt} on when there are several, for layouts that group sessions by document.
     */
    public static AnalysisResult sessionsInDocuments(int... counts) {
        AnalysisResult full = result();
        List<Session> sessions = new ArrayList<>();
        List<ActionLineMention> mentions = new ArrayList<>();
        List<ActionLineCoverage> coverage = new ArrayList<>();
        List<ParsedDocumentSummary> documents = new ArrayList<>();
        DocumentSource first = full.run().inputs().get(0);
        for (int d = 0; d < counts.length; d++) {
            String name = counts.length == 1 ? SUMMARIES : String.format("document-%02d.txt", d + 1);
            DocumentSource source = counts.length == 1
                    ? first
                    : new DocumentSource(name, "inbox/" + name, first.sha256(), first.sizeBytes());
            documents.add(new ParsedDocumentSummary(source, EVENT_TITLE, counts[d]));
            for (int i = 1; i <= counts[d]; i++) {
                String line = "C" + (1 + (i - 1) % 11);
                String text = "Links to WSIS Action Lines: " + line + ".";
                Session session = new Session(
                        name,
                        i,
                        String.valueOf(400 + i),
                        "Session " + i + ": ICT applications to unlock the full potential of digital for people in"
                                + " Türkiye, Côte d'Ivoire and small island developing States",
                        "Lidia Stępińska-Ustasiak",
                        "Dr. Lidia Stępińska-Ustasiak",
                        null,
                        null,
                        StructureLayer.TEMPLATE,
                        List.of(new Section(LINKS, SectionType.ACTION_LINE_LINKS, text)));
                sessions.add(session);
                mentions.add(mention(session, line, line, LINKS, true, text));
                coverage.add(new ActionLineCoverage(session.key(), line, 1, true));
            }
        }
        return new AnalysisResult(
                full.run(),
                actionLines(),
                documents,
                sessions,
                mentions,
                List.of(),
                coverage,
                List.of(),
                CountryAnalysis.NONE,
                ThemeAnalysis.NONE,
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * One session whose part on action lines quotes {@code sentences} sentences, the i-th referring to
     * C(1 + i % 11), so that its brief runs over several pages.
     */
    public static AnalysisResult oneLongSession(int sentences) {
        AnalysisResult one = manySessions(1);
        Session session = one.sessions().get(0);
        List<ActionLineMention> mentions = new ArrayList<>();
        for (int i = 1; i <= sentences; i++) {
            String line = "C" + (1 + (i - 1) % 11);
            mentions.add(mention(
                    session,
                    line,
                    line,
                    LINKS,
                    i == 1,
                    "Sentence " + i + " of the session's text, long enough to fill a line of the page or two, refers"
                            + " to action line " + line + " among its several points."));
        }
        return new AnalysisResult(
                one.run(),
                one.actionLines(),
                one.documents(),
                one.sessions(),
                mentions,
                List.of(),
                one.coverage(),
                List.of(),
                CountryAnalysis.NONE,
                ThemeAnalysis.NONE,
                List.of(),
                List.of(),
                List.of());
    }

    private static ActionLineMention mention(
            Session session, String line, String notation, String section, boolean inLinks, String text) {
        int start = text.indexOf(notation);
        SessionKey key = session.key();
        return new ActionLineMention(
                key, line, notation, section, inLinks, text, start, start + notation.length(), location(session));
    }

    /** Where a fixture session's sentences are: line 10 × n of the text, paragraph 3 × n of the Word document. */
    static TextLocation location(Session session) {
        return session.document().endsWith(".docx")
                ? TextLocation.paragraph(3 * session.index())
                : TextLocation.line(10 * session.index());
    }
}
