package org.wsisanalytics.app.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes a run's outputs so that readers never see half of them: everything is written to a
 * staging folder beside the final one (same file system), renamed into place in one step, and
 * only then is {@code latest} switched to it. Publications into one output folder are
 * serialised by a file lock, so two runs never interleave their moves.
 */
public final class RunPublisher {

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String LATEST = "latest";

    /** Creates an empty staging folder for the run, removing any left by an interrupted attempt. */
    public Path stage(Path outputRoot, String runId) throws IOException {
        checkRunId(runId);
        if (Files.exists(outputRoot) && !Files.isDirectory(outputRoot)) {
            throw new IOException("The output folder '" + outputRoot + "' is a file; give --output a folder.");
        }
        Files.createDirectories(outputRoot);
        String prefix = ".staging-" + runId + "-";
        try (DirectoryStream<Path> old = Files.newDirectoryStream(outputRoot, prefix + "*")) {
            for (Path leftover : old) {
                deleteTree(leftover);
            }
        }
        return Files.createDirectory(outputRoot.resolve(prefix + UUID.randomUUID()));
    }

    /**
     * Moves the staging folder to {@code outputRoot/runId} and points {@code latest} at it. An
     * existing folder of the same run (published by an attempt that died before it could record
     * success) is replaced.
     */
    public Path publish(Path staging, Path outputRoot, String runId) throws IOException {
        checkRunId(runId);
        Path target = outputRoot.resolve(runId);
        try (FileChannel channel = FileChannel.open(
                        outputRoot.resolve(".publish.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            Path replaced = null;
            if (Files.exists(target)) {
                replaced = outputRoot.resolve(".replaced-" + runId + "-" + UUID.randomUUID());
                Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            pointLatestAt(outputRoot, runId);
            if (replaced != null) {
                deleteTree(replaced);
            }
        }
        return target;
    }

    private static void pointLatestAt(Path outputRoot, String runId) throws IOException {
        Path latest = outputRoot.resolve(LATEST);
        Path link = outputRoot.resolve(".latest-" + UUID.randomUUID());
        try {
            Files.createSymbolicLink(link, Path.of(runId));
            Files.move(link, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (UnsupportedOperationException | FileAlreadyExistsException | SecurityException e) {
            Files.deleteIfExists(link);
            // File systems without symbolic links get a small text file naming the run instead.
            Path text = outputRoot.resolve(".latest-" + UUID.randomUUID());
            Files.writeString(text, runId + System.lineSeparator());
            Files.move(
                    text,
                    outputRoot.resolve(LATEST + ".txt"),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void checkRunId(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("Unsafe run id '" + runId + "'");
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
