package org.wsisanalytics.analytics.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.FigureKind;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

class FigureDetectorTest {

    private static final FigureDetector DETECTOR = new FigureDetector();

    private static List<Figure> detect(String text) {
        return DETECTOR.detect(new Session(
                "doc.txt",
                1,
                null,
                "Title",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(new Section("Key challenges", SectionType.OTHER, text))));
    }

    /** Kind, value as plain text, unit and text of each figure. */
    private static List<List<String>> rows(String text) {
        return detect(text).stream()
                .map(f -> List.of(f.kind().name(), f.value().toPlainString(), f.unit(), f.text()))
                .toList();
    }

    private static List<String> row(FigureKind kind, String value, String unit, String text) {
        return List.of(kind.name(), value, unit, text);
    }

    @Test
    void percentagesWithSignOrWordsAndTheirQualifier() {
        assertThat(rows("Nearly 40% of the world, 25 per cent of schools, over 99 percent of homes, 12.5 % more,"
                        + " 7 percentage of nothing, 30 per-cent"))
                .containsExactly(
                        row(FigureKind.PERCENTAGE, "40", "%", "Nearly 40%"),
                        row(FigureKind.PERCENTAGE, "25", "%", "25 per cent"),
                        row(FigureKind.PERCENTAGE, "99", "%", "over 99 percent"),
                        row(FigureKind.PERCENTAGE, "12.5", "%", "12.5 %"));
    }

    @Test
    void countsWithScaleWords() {
        assertThat(rows("2.6 billion people are offline; 7.5 million Ugandans; 6.4 lakh villages; 3 crore homes;"
                        + " 5M+ citizens; 2 thousand schools."))
                .containsExactly(
                        row(FigureKind.QUANTITY, "2600000000", "people", "2.6 billion people"),
                        row(FigureKind.QUANTITY, "7500000", "Ugandans", "7.5 million Ugandans"),
                        row(FigureKind.QUANTITY, "640000", "villages", "6.4 lakh villages"),
                        row(FigureKind.QUANTITY, "30000000", "homes", "3 crore homes"),
                        row(FigureKind.QUANTITY, "5000000", "citizens", "5M+ citizens"),
                        row(FigureKind.QUANTITY, "2000", "schools", "2 thousand schools"));
    }

    @Test
    void thousandsSeparatorsIncludingThinAndNoBreakSpaces() {
        assertThat(rows("over 80 000 elderly people, 80\u2009000 pupils, 80\u202F000 women, 80\u00A0000 men,"
                        + " 1,000 schools and 17,000+ graduates"))
                .extracting(r -> r.get(1) + " " + r.get(2))
                .containsExactly(
                        "80000 elderly people",
                        "80000 pupils",
                        "80000 women",
                        "80000 men",
                        "1000 schools",
                        "17000 graduates");
    }

    @Test
    void theUnitIsTheShortNounPhraseAfterTheNumber() {
        assertThat(rows("over 250 innovative companies in more than 50 countries worldwide; 642 Youth Computer Clubs"
                        + " training; 710 million metric tons of carbon; 81.8 billion kilowatt-hours; roughly 5 American Big"
                        + " Tech' that rule; 2 million youth; 5.7 billion in 2003; 10 out of the 11 WSIS action lines"))
                .extracting(r -> r.get(2), r -> r.get(3))
                .containsExactly(
                        tuple("innovative companies", "over 250 innovative companies"),
                        tuple("countries", "more than 50 countries"),
                        tuple("Youth Computer Clubs", "642 Youth Computer Clubs"),
                        tuple("metric tons", "710 million metric tons"),
                        tuple("kilowatt-hours", "81.8 billion kilowatt-hours"),
                        tuple("American Big Tech", "roughly 5 American Big Tech"),
                        tuple("youth", "2 million youth"),
                        tuple("", "5.7 billion"),
                        tuple("WSIS action lines", "10 out of the 11 WSIS action lines"));
    }

    @Test
    void money() {
        assertThat(rows("USD 5 million, $2 billion, \u20AC300 million, US$ 1.5bn, CHF 10 million, \u00A3 40m,"
                        + " 3 million US dollars and EUR 250"))
                .containsExactly(
                        row(FigureKind.MONEY, "5000000", "USD", "USD 5 million"),
                        row(FigureKind.MONEY, "2000000000", "USD", "$2 billion"),
                        row(FigureKind.MONEY, "300000000", "EUR", "\u20AC300 million"),
                        row(FigureKind.MONEY, "1500000000", "USD", "US$ 1.5bn"),
                        row(FigureKind.MONEY, "10000000", "CHF", "CHF 10 million"),
                        row(FigureKind.MONEY, "40000000", "GBP", "\u00A3 40m"),
                        row(FigureKind.MONEY, "3000000", "USD", "3 million US dollars"),
                        row(FigureKind.MONEY, "250", "EUR", "EUR 250"));
    }

    @Test
    void yearsAreNoFiguresTargetsIncluded() {
        assertThat(detect("Internet for All by 2030 and the 2030 Agenda, Agenda 2063, Vision 2030, Türkiye's 2026"
                        + " target, until 2035, by the end of 2027. It happened in 2025, since 2020, in 1991, beyond 2025,"
                        + " (2024), WSIS 2003 focused and 2024 priorities centre on rights."))
                .isEmpty();
    }

    @Test
    void aFigureAimedAtIsATargetAWordBeforeItOrADeadlineInItsClause() {
        assertThat(detect(
                                "Gabon aims for 100% coverage of inhabited areas by 2027, connecting over 250 villages."
                                        + " Kenya connected 250 villages and wants 1,000 villages by 2027. A target of 2 million learners"
                                        + " was set. 90% of schools were online by 2024 already. 40% of homes by 2030 is the deadline.")
                        .stream()
                        .map(f -> f.text() + " " + f.role())
                        .toList())
                .containsExactly(
                        "100% TARGET",
                        "over 250 villages TARGET",
                        "250 villages STATED",
                        "1,000 villages TARGET",
                        "2 million learners TARGET",
                        "90% STATED",
                        "40% TARGET");
        assertThat(detect("Costa Rica's 52% tower expansion targets rural coverage gaps. Policies that use space"
                                + " technology to connect remote regions and empower users, especially the 80% of unconnected"
                                + " landmass. Gabon is on an ambitious agenda to achieve 100% coverage by 2027 and is currently"
                                + " connecting over 250 villages.")
                        .stream()
                        .map(f -> f.text() + " " + f.role())
                        .toList())
                .as("\"targets\" as a verb, a cue in an earlier statement of the sentence")
                .containsExactly("52% STATED", "80% STATED", "100% TARGET", "over 250 villages STATED");
    }

    @Test
    void aFactQuotedAgainIsOneFigureWithItsOccurrencesAndItsFirstEvidence() {
        Session session = new Session(
                "doc.txt",
                1,
                null,
                "Title",
                null,
                null,
                null,
                null,
                StructureLayer.TEMPLATE,
                List.of(
                        new Section(
                                "Achievements",
                                SectionType.ACHIEVEMENTS,
                                "The programme reached approximately 6.4 lakh villages. 40% of them are remote."),
                        new Section(
                                "Case examples",
                                SectionType.CASE_EXAMPLES,
                                "Its 6.4 lakh villages now have fibre; 40 % more want it; 6.4 Lakh Villages said so.")));
        List<Figure> figures = DETECTOR.detect(session);
        assertThat(figures)
                .extracting(Figure::text, Figure::occurrences, Figure::section)
                .containsExactly(
                        tuple("approximately 6.4 lakh villages", 3, "Achievements"), tuple("40%", 2, "Achievements"));
        assertThat(figures.get(0).sentence()).isEqualTo("The programme reached approximately 6.4 lakh villages.");
    }

    @Test
    void aParagraphsNumberIsNoFigure() {
        assertThat(detect("3    Participants from Egypt and Jordan stressed it.\n4 The meeting heard 12 speakers."))
                .extracting(Figure::text)
                .containsExactly("12 speakers");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Session 430, the Leaders TalkX entitled",
                "Leaders TalkX 3: Accelerating",
                "Leaders TalkX2, with",
                "linked to C5 and Action Line 4 and Action Lines 1, 3 and 5",
                "WSIS+20 review and the +20 review",
                "the WSIS + 20 High Level Event",
                "5G rollout and 3G, 4G networks",
                "Web 3.0 platforms and Industry 4.0",
                "1. Return to core principles\n2. Rather than",
                "held on 9 July 2025 in Geneva",
                "on July 9, 2025 in",
                "from 7 — 11 July 2025",
                "launched in May 2025",
                "support 24/7 services",
                "SDG 4 on education",
                "20 years of WSIS",
                "over the past 20 years",
                "a renewed 10-year WSIS process",
                "K-12 skills",
                "10th and 11th graders",
                "the NIS 2 directive",
                "Resolution 6242 enabling",
                "IPv6 standards",
                "https://www.itu.int/net4/wsis/forum/2025/Agenda/Session/378",
                "COVID-19 recovery",
                "a 4K screen",
                "No. 5 of the series",
                "See page 12 for details",
                "three-minute interventions and two decades",
                "C3.1 sub-line",
                "the 9th and 11th of July",
                "by 2030",
                "the 2030 Agenda"
            })
    void identifiersDatesListNumbersAndDurationsAreNotFigures(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void aFigureKeepsItsOffsetsSectionAndSentence() {
        String text = "Intro sentence. While much was achieved, nearly 40% of the world still needs to be connected."
                + " Next sentence.";
        Figure figure = detect(text).get(0);
        assertThat(text.substring(figure.start(), figure.end()))
                .isEqualTo("nearly 40%")
                .isEqualTo(figure.text());
        assertThat(figure.start()).isEqualTo(41);
        assertThat(figure.sentence())
                .isEqualTo("While much was achieved, nearly 40% of the world still needs to be" + " connected.");
        assertThat(figure.section()).isEqualTo("Key challenges");
        assertThat(figure.value()).isEqualByComparingTo(new BigDecimal("40"));
        assertThat(figure.session().index()).isEqualTo(1);
    }

    @Test
    void decimalsAndScalesGivePlainValues() {
        assertThat(detect("1.5 million users and 0.25 billion phones and 120 million people"))
                .extracting(f -> f.value().toPlainString())
                .containsExactly("1500000", "250000000", "120000000");
    }
}
