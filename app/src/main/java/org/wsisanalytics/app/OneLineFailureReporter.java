package org.wsisanalytics.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that a failure analyzer explained (a bad settings file, a database that cannot be
 * reached) as one line, what was wrong and what to do, instead of Spring Boot's framed "APPLICATION FAILED TO
 * START" block, whose reporter is silenced in {@code application.properties}. The exception itself goes to the
 * debug log ({@code --verbose}).
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    private static final Logger log = LoggerFactory.getLogger(OneLineFailureReporter.class);

    @Override
    public void report(FailureAnalysis analysis) {
        log.debug("Start-up failure", analysis.getCause());
        String description = analysis.getDescription().strip().replaceAll("\\s*\\R\\s*", " ");
        String action =
                analysis.getAction() == null ? "" : analysis.getAction().strip().replaceAll("\\s*\\R\\s*", " ");
        if (action.isEmpty()) {
            log.error(description);
        } else {
            log.error(
                    "{}{} {}",
                    description,
                    description.matches(".*[.;:!?]$") ? "" : ";",
                    Character.toLowerCase(action.charAt(0)) + action.substring(1));
        }
    }
}
