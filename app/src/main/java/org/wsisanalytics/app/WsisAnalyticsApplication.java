package org.wsisanalytics.app;

import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wsisanalytics.app.run.Usage;

/**
 * Analyses WSIS session summaries: {@code java -jar wsis-analytics.jar [--input=...] [--output=DIR] [--run-date=...]}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WsisAnalyticsApplication {

    public static void main(String[] args) {
        // --help and --version need neither Spring nor the database: answered here, they take a fraction of a second.
        Optional<String> quick = Usage.quickAnswer(args);
        if (quick.isPresent()) {
            System.out.println(quick.get());
            return;
        }
        // Without SpringApplication.exit a failed job would still end the process with 0.
        System.exit(SpringApplication.exit(SpringApplication.run(WsisAnalyticsApplication.class,
                Usage.withLogLevels(args))));
    }
}
