package org.wsisanalytics.app.job;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.actionlines.ActionLineLabelCheck;
import org.wsisanalytics.app.WsisAnalyticsProperties;
import org.wsisanalytics.ingest.DocumentIngestor;
import org.wsisanalytics.ingest.IngestLimits;
import org.wsisanalytics.reports.ReportWriter;

/** The plain-Java stages (ingest, analytics, reports) as beans, configured from the properties. */
@Configuration
class StageConfiguration {

    @Bean
    DocumentIngestor documentIngestor(WsisAnalyticsProperties properties) {
        return new DocumentIngestor(new IngestLimits(properties.maxFileBytes()));
    }

    @Bean
    ActionLineCatalog actionLineCatalog() {
        return ActionLineCatalog.loadDefault();
    }

    @Bean
    ActionLineDetector actionLineDetector(ActionLineCatalog catalog) {
        return new ActionLineDetector(catalog);
    }

    @Bean
    ActionLineLabelCheck actionLineLabelCheck(ActionLineCatalog catalog) {
        return new ActionLineLabelCheck(catalog);
    }

    @Bean
    ReportWriter reportWriter() {
        return new ReportWriter();
    }

    @Bean
    AppVersion appVersion() {
        return AppVersion.fromBuildInfo();
    }
}
