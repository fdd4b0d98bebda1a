package org.wsisanalytics.app.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Usage errors that would otherwise surface late or not at all: an input that does not exist, an output folder
 * that cannot be created or written. Checked before the run is registered or
 * the job started, so a mistyped path costs nothing and publishes nothing; each problem is one sentence naming the
 * path and what to do.
 */
final class Preflight {

    private Preflight() {}

    /** The first usage error of this command line, if any. */
    static Optional<String> problem(RunOptions options) {
        Optional<String> inputs = inputProblem(options.inputs());
        return inputs.isPresent() ? inputs : outputProblem(options.output());
    }

    /** The first input that does not exist or cannot be read, if any. */
    static Optional<String> inputProblem(List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                return Optional.of("The input '" + input + "' does not exist; check the --input path (files or"
                        + " folders, separated by commas).");
            }
            if (!Files.isReadable(input)) {
                return Optional.of("The input '" + input + "' cannot be read (permission denied); give --input a"
                        + " file or folder you can read.");
            }
        }
        return Optional.empty();
    }

    /** The output folder must be a writable folder, or creatable in the nearest folder that exists. */
    static Optional<String> outputProblem(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of("The output folder '" + output + "' cannot be created; give --output a folder on a"
                    + " disk that exists.");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(
                    existing.equals(absolute)
                            ? "The output folder '" + output + "' is a file; give --output a folder."
                            : "The output folder '" + output + "' cannot be created because '" + existing
                                    + "' is a file;" + " give --output a folder.");
        }
        // access(2) answers for permissions and for read-only file systems alike.
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            return Optional.of(
                    existing.equals(absolute)
                            ? "The output folder '" + output
                                    + "' is not writable; give --output a folder you can write to."
                            : "The output folder '" + output + "' cannot be created in '" + existing + "', which is not"
                                    + " writable; give --output a folder you can write to.");
        }
        return Optional.empty();
    }
}
