package org.wsisanalytics.app.inputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.wsisanalytics.model.DocumentSource;
import org.wsisanalytics.model.Reject;

/**
 * Turns the {@code --input} paths into the run's documents: folders are expanded (recursively,
 * in name order, hidden files left out), every file is hashed, and each document gets a name
 * that is unique within the run. Paths that do not exist or cannot be read become rejects
 * rather than stopping the run.
 */
public final class InputResolver {

    public ResolvedInputs resolve(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<Reject> rejects = new ArrayList<>();
        for (Path path : paths) {
            Path normalized = path.toAbsolutePath().normalize();
            if (Files.isDirectory(normalized)) {
                files.addAll(filesUnder(normalized));
            } else if (Files.isRegularFile(normalized)) {
                files.add(normalized);
            } else {
                rejects.add(new Reject(
                        path.toString(),
                        "Cannot read '" + path + "': no such file or folder; check the --input path."));
            }
        }
        List<DocumentSource> sources = new ArrayList<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        files.forEach(f -> nameCounts.merge(f.getFileName().toString(), 1, Integer::sum));
        for (Path file : files) {
            String name = file.getFileName().toString();
            String unique = nameCounts.get(name) > 1 ? file.toString() : name;
            try {
                sources.add(new DocumentSource(unique, file.toString(), Sha256.of(file), Files.size(file)));
            } catch (IOException e) {
                rejects.add(new Reject(
                        file.toString(),
                        "Cannot read '" + name + "': " + e.getMessage()
                                + "; check the file's permissions. It was skipped."));
            }
        }
        return new ResolvedInputs(sources, rejects);
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the input folder '" + folder + "'", e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The documents of a run and the inputs that could not even be opened. */
    public record ResolvedInputs(List<DocumentSource> sources, List<Reject> rejects) {

        public ResolvedInputs {
            sources = List.copyOf(sources);
            rejects = List.copyOf(rejects);
        }
    }
}
