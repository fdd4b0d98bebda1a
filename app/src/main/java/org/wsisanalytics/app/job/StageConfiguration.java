package org.wsisanalytics.app.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineLabelCheck;
import org.wsisanalytics.analytics.actionlines.ActionLineNameDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.figures.FigureChecks;
import org.wsisanalytics.analytics.figures.FigureDetector;
import org.wsisanalytics.analytics.themes.ThemeDetector;
import org.wsisanalytics.app.WsisAnalyticsProperties;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.reports.ReportWriter;

/** The plain-Java stages (ingest, analytics, reports) as beans, configured from the properties. */
@Configuration
class StageConfiguration {

    @Bean
    DocumentIngestor documentIngestor(WsisAnalyticsProperties properties) {
        return new DocumentIngestor(properties.ingest().limits());
    }

    /** Made at start-up although beans are lazy: a user's bad reference file stops the start, not the analyze step. */
    @Bean
    @Lazy(false)
    ReferenceData referenceData(WsisAnalyticsProperties properties) {
        return ReferenceData.from(properties.reference());
    }

    @Bean
    Detectors detectors(ReferenceData reference) {
        return new Detectors(
                new ActionLineDetector(reference.actionLines()),
                new ActionLineNameDetector(reference.actionLines()),
                new ActionLineLabelCheck(reference.actionLines()),
                new CountryDetector(reference.gazetteer()),
                new ThemeDetector(reference.themes()),
                new FigureDetector(),
                new FigureChecks());
    }

    @Bean
    ReportWriter reportWriter(WsisAnalyticsProperties properties, ReferenceData reference) {
        return new ReportWriter(
                properties.job().workerThreads(), reference.actionLines().subLines());
    }

    @Bean
    AppVersion appVersion() {
        return AppVersion.fromBuildInfo();
    }
}
