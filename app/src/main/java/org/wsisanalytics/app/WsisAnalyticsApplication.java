package org.wsisanalytics.app;

import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wsisanalytics.app.run.Usage;
import org.wsisanalytics.reports.ReportWriter;

/**
 * Analyses WSIS session summaries: {@code java -jar wsis-analytics.jar [--input=...] [--output=DIR] [--run-date=...]}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WsisAnalyticsApplication {

    public static void main(String[] args) {
        // --help and --version need neither Spring nor the database: answered here, they take a fraction of a second.
        // This class names no Spring type in its code (SpringLaunch does), so that verifying it loads none.
        Optional<String> quick = Usage.quickAnswer(args);
        if (quick.isPresent()) {
            System.out.println(quick.get());
            return;
        }
        Optional<String> usageError = Usage.quickUsageError(args);
        if (usageError.isPresent()) {
            System.err.println(usageError.get());
            System.exit(1);
        }
        // The reports' libraries prepare fonts and schema types once per process, some 0.5 s of work: it runs on a
        // thread of its own while Spring starts, the database opens and the documents are read. Logging is set up
        // first, here: a library that logs from that thread while SLF4J is still starting on this one would make
        // SLF4J print a warning about replayed calls on the console.
        LoggerFactory.getILoggerFactory();
        ReportWriter.prepareInBackground();
        System.exit(SpringLaunch.run(WsisAnalyticsApplication.class, Usage.withLogLevels(args)));
    }
}
