package org.wsisanalytics.app.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The job parameters every step needs, read once per step.
 *
 * @param runId the run's id
 * @param output the output root folder
 * @param input the --input value as given (for the record)
 * @param version the application's version
 */
record RunContext(String runId, Path output, String input, String version) {

    static RunContext of(JobParameters parameters, String version) {
        return new RunContext(
                parameters.getString(RunParameters.RUN_ID),
                Path.of(parameters.getString(RunParameters.OUTPUT)),
                parameters.getString(RunParameters.INPUT),
                version);
    }

    /**
     * The parameters the outputs record. The output folder is not one of them: it says where a run was
     * published, not what it holds, and with it the same run published in two places would differ.
     */
    Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(RunParameters.INPUT, input);
        return map;
    }
}
