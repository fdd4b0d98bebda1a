package org.wsisanalytics.ingest.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads one of this package's word lists: UTF-8, one entry a line, "#" starts a comment line; lower-cased. */
final class WordList {

    private WordList() {}

    static Set<String> load(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            // A missing bundled file is a packaging bug, not a user error.
            throw new IllegalStateException("data file " + resource + " is missing from the ingest jar");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    words.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return Set.copyOf(words);
    }
}
