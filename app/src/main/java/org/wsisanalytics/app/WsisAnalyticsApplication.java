package org.wsisanalytics.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Analyses WSIS session summaries: {@code java -jar wsis-analytics.jar [--input=...] [--output=DIR] [--run-date=...]}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WsisAnalyticsApplication {

    public static void main(String[] args) {
        // Without SpringApplication.exit a failed job would still end the process with 0.
        System.exit(SpringApplication.exit(SpringApplication.run(WsisAnalyticsApplication.class, args)));
    }
}
