package org.wsisanalytics.reports.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code manifest.json}, the run's record: parameters, inputs with their checksums, and the
 * size and SHA-256 of every other file of the run folder. It must be written last.
 */
public final class ManifestWriter {

    public static final Path FILE = Path.of("manifest.json");

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Checksums the given outputs (relative to the run folder) and writes the manifest next to them. */
    public Path write(RunSummary result, Path runFolder, List<Path> outputs) throws IOException {
        RunInfo run = result.run();
        List<Manifest.Input> inputs = new ArrayList<>();
        for (DocumentSource source : run.inputs()) {
            inputs.add(new Manifest.Input(source.name(), source.location(), source.sizeBytes(), source.sha256()));
        }
        List<Manifest.Output> files = new ArrayList<>();
        for (Path relative : outputs) {
            Path file = runFolder.resolve(relative);
            files.add(new Manifest.Output(slashes(relative), Files.size(file), Sha256.of(file)));
        }
        Manifest manifest = new Manifest(
                run.runId(),
                run.runDate().toString(),
                run.startedAt().toString(),
                run.version(),
                new TreeMap<>(run.parameters()),
                inputs,
                files,
                new Manifest.Counts(
                        result.documents().size(),
                        result.sessions(),
                        result.totals().actionLineMentions(),
                        result.totals().countryMentions(),
                        result.totals().themeMentions(),
                        result.totals().figures(),
                        result.findings(),
                        result.rejects().size()));
        mapper.writeValue(runFolder.resolve(FILE).toFile(), manifest);
        return FILE;
    }

    private static String slashes(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
