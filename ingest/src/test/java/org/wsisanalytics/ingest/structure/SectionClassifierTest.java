package org.wsisanalytics.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsisanalytics.model.SectionType;

class SectionClassifierTest {

    private final SectionClassifier classifier = SectionClassifier.bundled();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Introduction | INTRODUCTION",
                "Achievements of 20 years of WSIS | ACHIEVEMENTS",
                "Fresh priorities for the next decade | PRIORITIES",
                "Emerging trends shaping the future | TRENDS",
                "Opportunities for accelerating progress | OPPORTUNITIES",
                "Key challenges requiring urgent action | CHALLENGES",
                "Links to the WSIS Action Lines | ACTION_LINE_LINKS",
                "Fresh priorities & Links to WSIS Action Lines | ACTION_LINE_LINKS",
                "INTERVENTIONS ALIGN CLOSELY WITH WSIS ACTION LINES, ESPECIALLY ACTION LINE C6 | ACTION_LINE_LINKS",
                "COUNTRIES REPORT SIGNIFICANT ACHIEVEMENTS DRIVEN BY WSIS VALUES AND ACTION LINES | ACHIEVEMENTS",
                "Case Example | CASE_EXAMPLES",
                "The Estonian Experience | CASE_EXAMPLES",
                "Tangible Outcomes / case studies discussed during the session | CASE_EXAMPLES",
                "Tangible Outcomes of the session | ACHIEVEMENTS",
                "Key Issues discussed: Looking Beyond 2025 | INTRODUCTION",
                "Vision for WSIS beyond 2025 | VISION",
                "THE FUTURE OF WSIS REQUIRES TRUSTWORTHY, INCLUSIVE AND SUSTAINABLE DIGITAL TRANSFORMATION | VISION",
                "Key Recommendations and Forward-Looking Action Plan for the WSIS+20 Review and Beyond | VISION",
                "Conclusion | CONCLUSION",
                "Lignes d'action du SMSI | ACTION_LINE_LINKS",
                "Liens avec les grandes lignes d'action | ACTION_LINE_LINKS",
                "Líneas de acción de la CMSI | ACTION_LINE_LINKS",
                "Résumé | INTRODUCTION",
                "Resumen | INTRODUCTION",
                "Recommandations | VISION",
                "Recomendaciones | VISION",
                "Défis | CHALLENGES",
                "Points clés | OTHER",
                "Le plan d'action de Genève | OTHER",
                "Cross-cutting observations | OTHER",
                "Action Line 6: Enabling Environment | OTHER"
            })
    void classifiesHeadingsByMeaning(String heading, SectionType expected) {
        assertThat(classifier.classify(heading)).isEqualTo(expected);
    }

    @Test
    void aCombinedHeadingCoversEveryTypeItNames() {
        assertThat(classifier.types("Emerging trends, Opportunities & Challenges"))
                .containsExactly(SectionType.TRENDS, SectionType.OPPORTUNITIES, SectionType.CHALLENGES);
    }

    @Test
    void readsAUsersRulesAndRejectsAnUnknownType() throws Exception {
        SectionClassifier custom =
                SectionClassifier.read(new StringReader("# mine\nCHALLENGES: \\bhurdles\\b\n"), "mine.txt");

        assertThat(custom.classify("Remaining hurdles")).isEqualTo(SectionType.CHALLENGES);
        assertThat(custom.classify("Introduction")).isEqualTo(SectionType.OTHER);
        assertThatThrownBy(() -> SectionClassifier.read(new StringReader("PROBLEMS: x"), "mine.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mine.txt: rule 'PROBLEMS: x' has an unknown section type");
    }
}
