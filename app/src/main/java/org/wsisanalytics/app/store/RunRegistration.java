package org.wsisanalytics.app.store;

import java.time.LocalDate;
import java.util.List;

import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Reject;

/**
 * What the store records of a run before its job starts.
 *
 * @param runId the run's id
 * @param fingerprint what identifies its inputs: a second registration of the id with another fingerprint is refused
 * @param runDate the run date
 * @param inputs the documents, in processing order (their positions are 1, 2, ...)
 * @param missingInputs the inputs that could not be opened, recorded as rejects
 */
public record RunRegistration(
        String runId, String fingerprint, LocalDate runDate, List<DocumentSource> inputs, List<Reject> missingInputs) {

    public RunRegistration {
        inputs = List.copyOf(inputs);
        missingInputs = List.copyOf(missingInputs);
    }
}
