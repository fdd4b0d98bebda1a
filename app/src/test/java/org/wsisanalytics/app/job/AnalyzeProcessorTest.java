package org.wsisanalytics.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineLabelCheck;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.figures.FigureChecks;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.app.store.DocumentStore;
import org.wsisanalytics.app.store.SessionToAnalyze;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;
import org.wsisanalytics.model.TextAnchor;
import org.wsisanalytics.model.TextLocation;

class AnalyzeProcessorTest {

    private static final Session SESSION = new Session(
            "summaries.txt",
            3,
            "417",
            "Accelerating access",
            null,
            null,
            null,
            null,
            StructureLayer.TEMPLATE,
            List.of(
                    new Section(
                            "The Estonian Experience",
                            SectionType.CASE_EXAMPLES,
                            "Estonia links its services to Action Line C7."),
                    new Section(
                            "Links to WSIS Action Lines",
                            SectionType.ACTION_LINE_LINKS,
                            "C3 (Access to information).")));

    private final DocumentStore documents = mock(DocumentStore.class);
    private final ActionLineCatalog catalog = ActionLineCatalog.loadDefault();
    private final SessionToAnalyze item = new SessionToAnalyze(1, 3, "summaries.txt");

    private Detectors detectors(ActionLineDetector actionLines) {
        return new Detectors(
                actionLines,
                new ActionLineNameDetector(catalog),
                new ActionLineLabelCheck(catalog),
                new CountryDetector(Gazetteer.loadDefault()),
                new ThemeDetector(ThemeTaxonomy.loadDefault()),
                new FigureDetector(),
                new FigureChecks());
    }

    @Test
    void findsMentionsInTheBodyAndInHeadings() {
        when(documents.session("run", 1, "summaries.txt", 3)).thenReturn(SESSION);
        AnalyzeProcessor processor = new AnalyzeProcessor("run", documents, detectors(new ActionLineDetector(catalog)));

        SessionAnalysis analysis = processor.process(item);

        assertThat(analysis.reject()).isNull();
        assertThat(analysis.actionLines())
                .extracting(m -> m.actionLine() + "@" + m.section())
                .containsExactly("C7@The Estonian Experience", "C3@Links to WSIS Action Lines");
        assertThat(analysis.countries())
                .extracting(m -> m.surface() + "/" + m.kind() + "@" + m.sentence())
                .containsExactly(
                        "Estonian/DEMONYM@The Estonian Experience",
                        "Estonia/NAME@Estonia links its services to Action Line C7.");
    }

    @Test
    void mentionsInTheTitleAreCitedWhereTheTitleIs() {
        Session titled = new Session(
                "agenda.html",
                2,
                null,
                "WSIS Action Line C7 E-health: lessons from Kenya",
                TextLocation.line(18),
                null,
                null,
                null,
                null,
                StructureLayer.OUTLINE,
                List.of(new Section(
                        "Summary",
                        SectionType.INTRODUCTION,
                        "Clinics share records.",
                        List.of(new TextAnchor(0, TextLocation.line(20))),
                        TextLocation.line(19))));
        when(documents.session("run", 1, "agenda.html", 2)).thenReturn(titled);
        AnalyzeProcessor processor = new AnalyzeProcessor("run", documents, detectors(new ActionLineDetector(catalog)));

        SessionAnalysis analysis = processor.process(new SessionToAnalyze(1, 2, "agenda.html"));

        assertThat(analysis.actionLines())
                .extracting(m -> m.actionLine() + "@" + m.section() + "@" + m.location())
                .containsExactly("C7@WSIS Action Line C7 E-health: lessons from Kenya@line 18");
        assertThat(analysis.countries())
                .extracting(m -> m.iso2() + "@" + m.location())
                .containsExactly("KE@line 18");
    }

    @Test
    void aSessionTheDetectorsFailOnIsSkippedAsARejectNotAFailure() {
        when(documents.session("run", 1, "summaries.txt", 3)).thenReturn(SESSION);
        ActionLineDetector broken = mock(ActionLineDetector.class);
        when(broken.detect(any(), any())).thenThrow(new IllegalStateException("pattern\nblew up"));
        AnalyzeProcessor processor = new AnalyzeProcessor("run", documents, detectors(broken));

        SessionAnalysis analysis = processor.process(item);

        assertThat(analysis.actionLines()).isEmpty();
        assertThat(analysis.countries()).isEmpty();
        assertThat(analysis.reject().input()).isEqualTo("summaries.txt (session 3)");
        // The detector's own words stay in the debug log.
        assertThat(analysis.reject().reason())
                .isEqualTo(
                        "Session 3 'Accelerating access' of 'summaries.txt' could not"
                                + " be analysed; it was left out. Run again with --verbose to see the error, and report it with the file.");
    }
}
