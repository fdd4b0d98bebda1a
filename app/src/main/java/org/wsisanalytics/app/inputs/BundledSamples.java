package org.wsisanalytics.app.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The sample documents packed into the jar, used when no {@code --input} is given. They are
 * copied to a folder on disk (replaced when the jar's copy differs) so that they are read and
 * hashed exactly like the user's own files.
 */
public final class BundledSamples {

    private static final String PATTERN = "classpath*:bundled-samples/*";

    public List<Path> extractTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(PATTERN);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        List<Path> files = new ArrayList<>();
        for (Resource resource : resources) {
            String name = resource.getFilename();
            if (name == null || name.isBlank() || !resource.isReadable()) {
                continue;
            }
            Path target = folder.resolve(Path.of(name).getFileName().toString());
            Path partial = folder.resolve("." + target.getFileName() + ".part");
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(target) && Sha256.of(target).equals(Sha256.of(partial))) {
                Files.delete(partial);
            } else {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            files.add(target);
        }
        if (files.isEmpty()) {
            throw new IOException("The jar holds no bundled sample; give the documents with --input=PATH.");
        }
        return files;
    }
}
