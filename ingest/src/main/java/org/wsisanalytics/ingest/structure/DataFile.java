package org.wsisanalytics.ingest.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's small data files: UTF-8, one entry a line, "#" starts a comment line. */
final class DataFile {

    private DataFile() {}

    static List<String> entries(String resource) {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            // A missing bundled file is a packaging bug, not a user error.
            throw new IllegalStateException("data file " + resource + " is missing from the ingest jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return entries(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    static List<String> entries(Reader reader) throws IOException {
        List<String> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
