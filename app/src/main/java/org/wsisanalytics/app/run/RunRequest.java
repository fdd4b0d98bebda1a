package org.wsisanalytics.app.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.wsisanalytics.app.inputs.Sha256;
import org.wsisanalytics.app.store.RunRegistration;
import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Reject;

/**
 * One run as the command line asked for it. Its identity is the inputs (locations and content
 * hashes, including inputs that could not be found) and the run date: the same command on the
 * same files is the same run, so a failed run is finished by running the command again.
 *
 * @param inputs the documents, in processing order
 * @param missingInputs the --input paths that could not be opened
 * @param runDate the run date
 * @param output the folder that receives the run folder
 */
public record RunRequest(List<DocumentSource> inputs, List<Reject> missingInputs, LocalDate runDate, Path output) {

    public RunRequest {
        inputs = List.copyOf(inputs);
        missingInputs = List.copyOf(missingInputs);
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(output, "output");
    }

    /** SHA-256 over every input's location and content hash, in order. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        inputs.forEach(
                s -> text.append(s.location()).append('\t').append(s.sha256()).append('\n'));
        missingInputs.forEach(r -> text.append(r.input()).append("\tmissing\n"));
        return Sha256.of(text.toString());
    }

    /** What the store records before the job starts. */
    public RunRegistration registration() {
        return new RunRegistration(runId(), fingerprint(), runDate, inputs, missingInputs);
    }

    /** The run's name, also its folder: the run date and the start of the fingerprint. */
    public String runId() {
        return runDate + "-" + fingerprint().substring(0, 10);
    }
}
