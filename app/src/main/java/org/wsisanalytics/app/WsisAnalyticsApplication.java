package org.wsisanalytics.app;

import java.util.Optional;

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

    /** SLF4J's own notices (not the application's log): at ERROR it prints only its errors. */
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    public static void main(String[] args) {
        // The reports' libraries are prepared on a thread of their own (below). A library that logs from there while
        // SLF4J is still starting on this thread makes SLF4J replay the call and say so on the console in three
        // lines; the call is kept, the notice is not for our users. Set before anything can start SLF4J. (Setting
        // logging up first instead costs half a second of the start: the preparation would wait for it.)
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
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
        // thread of its own while Spring starts, the database opens and the documents are read (see the top).
        ReportWriter.prepareInBackground();
        System.exit(SpringLaunch.run(WsisAnalyticsApplication.class, Usage.withLogLevels(args)));
    }
}
