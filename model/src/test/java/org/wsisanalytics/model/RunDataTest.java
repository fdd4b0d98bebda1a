package org.wsisanalytics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.model.oracle.AnalysisResult;
import org.wsisanalytics.model.oracle.CountryAnalysis;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.model.oracle.ThemeAnalysis;

class RunDataTest {

    private static final Session FIRST = new Session(
            "a.txt",
            1,
            "7",
            "Connectivity",
            null,
            null,
            null,
            null,
            StructureLayer.TEMPLATE,
            List.of(
                    new Section("Introduction", SectionType.INTRODUCTION, "Kenya and Chile connected 40 schools."),
                    new Section("Links", SectionType.ACTION_LINE_LINKS, "C2 and C4")));
    private static final Session SECOND = new Session(
            "a.txt",
            2,
            null,
            "Ethics",
            null,
            null,
            null,
            null,
            StructureLayer.TEMPLATE,
            List.of(new Section("", SectionType.INTRODUCTION, "No line here.")));
    private static final Session THIRD = new Session(
            "b.txt",
            1,
            null,
            "Media",
            null,
            null,
            null,
            null,
            StructureLayer.OUTLINE,
            List.of(new Section("", SectionType.INTRODUCTION, "Community radio (C9) matters.")));

    private static final Finding FINDING_A = new Finding(
            "a.txt", 1, Severity.WARNING, "name-mismatch", "The facilitator is spelled differently", "Kenya");
    private static final Finding FINDING_B =
            new Finding("b.txt", null, Severity.INFO, "missing-title", "No title was recognised", "");

    private static AnalysisResult result() {
        RunInfo run = new RunInfo(
                "run-1",
                LocalDate.of(2025, 7, 14),
                Instant.parse("2025-07-14T06:00:00Z"),
                "1",
                List.of(new DocumentSource("a.txt", "in/a.txt", "a".repeat(64), 10)),
                Map.of());
        List<ActionLineMention> lines = List.of(
                new ActionLineMention(FIRST.key(), "C2", "C2", "Links", true, "C2 and C4", 0, 2),
                new ActionLineMention(FIRST.key(), "C4", "C4", "Links", true, "C2 and C4", 7, 9),
                new ActionLineMention(THIRD.key(), "C9", "C9", "", false, "Community radio (C9) matters.", 17, 19));
        List<ThemeMention> themes =
                List.of(new ThemeMention(THIRD.key(), "Media", "radio", "", "Community radio (C9) matters.", 10, 15));
        List<CountryMention> countries = List.of(
                new CountryMention(
                        FIRST.key(),
                        "KE",
                        "Kenya",
                        CountryMentionKind.NAME,
                        "Introduction",
                        "Kenya and Chile connected 40 schools.",
                        0,
                        5),
                new CountryMention(
                        FIRST.key(),
                        "CL",
                        "Chile",
                        CountryMentionKind.NAME,
                        "Introduction",
                        "Kenya and Chile connected 40 schools.",
                        10,
                        15));
        return new AnalysisResult(
                run,
                List.of(new ActionLine("C2", 2, "Infrastructure")),
                List.of(),
                List.of(FIRST, SECOND, THIRD),
                lines,
                List.of(),
                List.of(new ActionLineCoverage(FIRST.key(), "C2", 1, true)),
                List.of(),
                new CountryAnalysis(countries, List.of(), List.of(), List.of()),
                new ThemeAnalysis(
                        List.of("Media"),
                        themes,
                        List.of(new ThemeCount(THIRD.key(), "Media", 1)),
                        List.of(new TaxonomyTerm("Media", "radio", false))),
                List.of(),
                List.of(FINDING_A, FINDING_B),
                List.of());
    }

    @Test
    void theSummaryKeepsRunWideFiguresOnly() {
        RunSummary summary = InMemoryRunData.summary(result());
        assertThat(summary.sessions()).isEqualTo(3);
        assertThat(summary.lineTotals()).containsExactly(new ActionLineTotal("C2", 1, 1));
        assertThat(summary.themes()).containsExactly(new ThemeTotal("Media", 1, 1));
        assertThat(summary.linesReferenced()).isEqualTo(1);
        assertThat(summary.themesTouched()).isEqualTo(1);
        assertThat(summary.totals()).isEqualTo(new MentionTotals(3, 0, 2, 1, 0));
        assertThat(summary.findings()).isEqualTo(2);
    }

    @Test
    void findingsComeOneAtATimeInOrder() throws IOException {
        List<Finding> seen = new ArrayList<>();
        InMemoryRunData.of(result()).forEachFinding(seen::add);
        assertThat(seen).containsExactly(FINDING_A, FINDING_B);
    }

    @Test
    void overviewsComeInOrderWithTheirOutlinesCoverageAndThemeCounts() throws IOException {
        List<SessionOverview> seen = new ArrayList<>();
        InMemoryRunData.of(result()).forEachOverview(seen::add);
        assertThat(seen).extracting(SessionOverview::key).containsExactly(FIRST.key(), SECOND.key(), THIRD.key());
        SessionOutline first = seen.get(0).session();
        assertThat(first.sections())
                .containsExactly(
                        new SectionOutline("Introduction", SectionType.INTRODUCTION, 6),
                        new SectionOutline("Links", SectionType.ACTION_LINE_LINKS, 3));
        assertThat(first.words()).isEqualTo(FIRST.words()).isEqualTo(9);
        assertThat(seen)
                .extracting(o -> o.session().structure())
                .containsExactly(StructureLayer.TEMPLATE, StructureLayer.TEMPLATE, StructureLayer.OUTLINE);
        assertThat(seen.get(0).coverage()).containsExactly(new ActionLineCoverage(FIRST.key(), "C2", 1, true));
        assertThat(seen.get(1).coverage()).isEmpty();
        assertThat(seen.get(2).themeCounts()).containsExactly(new ThemeCount(THIRD.key(), "Media", 1));
    }

    @Test
    void lineTotalsCountSessionsAndMentionsAndKeepLinesNobodyNames() {
        SessionKey a = new SessionKey("a.txt", 1);
        SessionKey b = new SessionKey("a.txt", 2);
        List<ActionLine> lines = List.of(
                new ActionLine("C1", 1, "Governance"),
                new ActionLine("C2", 2, "Infra"),
                new ActionLine("C3", 3, "Access"));
        assertThat(InMemoryRunData.lineTotals(
                        lines,
                        List.of(
                                new ActionLineCoverage(a, "C1", 2, false),
                                new ActionLineCoverage(a, "C3", 1, true),
                                new ActionLineCoverage(b, "C1", 4, true))))
                .containsExactly(
                        new ActionLineTotal("C1", 2, 6),
                        new ActionLineTotal("C2", 0, 0),
                        new ActionLineTotal("C3", 1, 1));
        assertThatThrownBy(() -> InMemoryRunData.lineTotals(lines, List.of(new ActionLineCoverage(a, "C9", 1, false))))
                .hasMessageContaining("C9");
    }

    @Test
    void themeTotalsFollowTheTaxonomyAndPutUnknownThemesLastAlphabetically() {
        SessionKey a = new SessionKey("a.txt", 1);
        SessionKey b = new SessionKey("a.txt", 2);
        assertThat(InMemoryRunData.themeTotals(
                        List.of("Media", "Ethics", "Gender"),
                        List.of(
                                new ThemeCount(a, "Gender", 2),
                                new ThemeCount(a, "Zeta", 1),
                                new ThemeCount(b, "Gender", 3),
                                new ThemeCount(b, "Alpha", 1),
                                new ThemeCount(b, "Media", 1))))
                .containsExactly(
                        new ThemeTotal("Media", 1, 1),
                        new ThemeTotal("Ethics", 0, 0),
                        new ThemeTotal("Gender", 2, 5),
                        new ThemeTotal("Alpha", 1, 1),
                        new ThemeTotal("Zeta", 1, 1));
    }

    @Test
    void aSummaryWhoseLineTotalsDoNotFollowTheActionLinesIsRefused() {
        RunSummary summary = InMemoryRunData.summary(result());
        assertThatThrownBy(() -> new RunSummary(
                        summary.run(),
                        summary.actionLines(),
                        summary.documents(),
                        3,
                        List.of(),
                        summary.countries(),
                        summary.rollUps(),
                        summary.countryActionLines(),
                        summary.themes(),
                        summary.themeTerms(),
                        summary.totals(),
                        summary.findings(),
                        summary.rejects(),
                        List.of(),
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not follow");
        assertThatThrownBy(() -> new RunSummary(
                        summary.run(),
                        summary.actionLines(),
                        summary.documents(),
                        0,
                        summary.lineTotals(),
                        summary.countries(),
                        summary.rollUps(),
                        summary.countryActionLines(),
                        summary.themes(),
                        summary.themeTerms(),
                        summary.totals(),
                        summary.findings(),
                        summary.rejects(),
                        List.of(),
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the run's 0 sessions");
    }

    @Test
    void aSessionsEvidenceHasOneTextPerSection() {
        SessionOverview overview =
                new SessionOverview(SessionOutline.of(FIRST), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> new SessionEvidence(
                        overview,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new Section("", SectionType.INTRODUCTION, "Kenya and Chile connected 40 schools.")),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Session SessionKey[document=a.txt, index=1] has 2 sections but 1 section texts");
    }

    @Test
    void everySessionIsVisitedOnceInOrderWithItsOwnEvidence() throws IOException {
        List<SessionEvidence> seen = new ArrayList<>();
        InMemoryRunData.of(result()).forEachSession(seen::add);
        assertThat(seen).extracting(SessionEvidence::key).containsExactly(FIRST.key(), SECOND.key(), THIRD.key());
        assertThat(seen.get(0).actionLines())
                .extracting(ActionLineMention::actionLine)
                .containsExactly("C2", "C4");
        assertThat(seen.get(0).countries()).extracting(CountryMention::iso2).containsExactly("KE", "CL");
        assertThat(seen.get(1).actionLines()).isEmpty();
        assertThat(seen.get(1).countries()).isEmpty();
        assertThat(seen.get(2).actionLines())
                .extracting(ActionLineMention::actionLine)
                .containsExactly("C9");
        assertThat(seen.get(2).themes()).extracting(ThemeMention::surface).containsExactly("radio");
        assertThat(seen.get(2).themeCounts()).containsExactly(new ThemeCount(THIRD.key(), "Media", 1));
        assertThat(seen.get(0).themeCounts()).isEmpty();
        assertThat(seen.get(0).sectionTexts()).containsExactly("Kenya and Chile connected 40 schools.", "C2 and C4");
        assertThat(seen.get(1).sectionTexts()).containsExactly("No line here.");
        assertThat(seen.get(0).coverage()).containsExactly(new ActionLineCoverage(FIRST.key(), "C2", 1, true));
        assertThat(new MentionTotals(
                        seen.stream().mapToInt(e -> e.actionLines().size()).sum(),
                        seen.stream().mapToInt(e -> e.actionLineNames().size()).sum(),
                        seen.stream().mapToInt(e -> e.countries().size()).sum(),
                        seen.stream().mapToInt(e -> e.themes().size()).sum(),
                        seen.stream().mapToInt(e -> e.figures().size()).sum()))
                .as("every item is handed over once")
                .isEqualTo(InMemoryRunData.summary(result()).totals());
    }

    @Test
    void aVisitorsFailureStopsTheWalk() {
        List<SessionKey> seen = new ArrayList<>();
        assertThatThrownBy(() -> InMemoryRunData.of(result()).forEachSession(session -> {
                    seen.add(session.key());
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThat(seen).containsExactly(FIRST.key());
    }
}
