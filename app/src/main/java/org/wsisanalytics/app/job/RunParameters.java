package org.wsisanalytics.app.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code analysisJob}'s parameters, named once. A run is identified by its id, run date and the fingerprint
 * of its inputs, so the same command after a failure restarts the same job instance; the output folder and the
 * {@code --input} text are carried along without identifying it (the same run may be published elsewhere).
 */
public final class RunParameters {

    static final String RUN_ID = "runId";
    static final String RUN_DATE = "runDate";
    static final String FINGERPRINT = "inputsFingerprint";
    static final String OUTPUT = "output";
    static final String INPUT = "input";

    private RunParameters() {}

    public static JobParameters of(String runId, LocalDate runDate, String fingerprint, Path output, String input) {
        return new JobParametersBuilder()
                .addString(RUN_ID, runId)
                .addLocalDate(RUN_DATE, runDate)
                .addString(FINGERPRINT, fingerprint)
                .addString(OUTPUT, output.toString(), false)
                .addString(INPUT, input, false)
                .toJobParameters();
    }
}
