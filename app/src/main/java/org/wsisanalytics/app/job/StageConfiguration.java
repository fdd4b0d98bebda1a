package org.wsisanalytics.app.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
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

    /** Started at start-up although beans are lazy: the detectors are built while the database opens. */
    @Bean
    @Lazy(false)
    DetectorsInBackground detectorsInBackground(ReferenceData reference) {
        return DetectorsInBackground.start(reference);
    }

    @Bean
    Detectors detectors(DetectorsInBackground building) {
        return building.get();
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
