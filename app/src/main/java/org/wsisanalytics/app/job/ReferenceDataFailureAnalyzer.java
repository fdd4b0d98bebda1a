package org.wsisanalytics.app.job;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad reference-data file into Spring Boot's short "failed to start" report, without a stack trace. */
class ReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<ReferenceDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ReferenceDataException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct '" + cause.file() + "', or leave out --" + cause.setting() + " to use the bundled data.",
                cause);
    }
}
