package org.wsisanalytics.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The run that produced a set of results.
 *
 * @param runId the run's identifier, also the name of its output folder
 * @param runDate the run date the analysts asked for
 * @param startedAt when the run started
 * @param version the application's version
 * @param inputs the input files, in the order they were processed
 * @param parameters the run's parameters as given (name to value), for the record
 */
public record RunInfo(
        String runId,
        LocalDate runDate,
        Instant startedAt,
        String version,
        List<DocumentSource> inputs,
        Map<String, String> parameters) {

    public RunInfo {
        Requires.text(runId, "runId");
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(startedAt, "startedAt");
        Requires.text(version, "version");
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        parameters = Map.copyOf(Objects.requireNonNull(parameters, "parameters"));
    }
}
