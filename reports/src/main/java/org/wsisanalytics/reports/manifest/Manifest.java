package org.wsisanalytics.reports.manifest;

import java.util.List;
import java.util.Map;

/**
 * What {@code manifest.json} holds; serialised with snake_case names ({@code run_id}, {@code size_bytes}).
 *
 * @param runId the run's identifier
 * @param runDate the run date, ISO (2025-07-14)
 * @param startedAt when the run started, ISO instant in UTC
 * @param version the application's version
 * @param parameters the run's parameters, sorted by name
 * @param inputs the input files as read
 * @param outputs every other file written to the run folder, with checksums
 * @param counts sizes of the result
 */
record Manifest(
        String runId,
        String runDate,
        String startedAt,
        String version,
        Map<String, String> parameters,
        List<Input> inputs,
        List<Output> outputs,
        Counts counts) {

    record Input(String name, String location, long sizeBytes, String sha256) {}

    /** @param path relative to the run folder, with "/" separators on every system */
    record Output(String path, long sizeBytes, String sha256) {}

    record Counts(
            int documents,
            int sessions,
            int actionLineMentions,
            int countryMentions,
            int themeMentions,
            int figures,
            int findings,
            int rejects) {}
}
