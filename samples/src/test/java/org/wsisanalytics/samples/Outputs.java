package org.wsisanalytics.samples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a run's outputs back the way an analyst's tools would. */
final class Outputs {

    private Outputs() {}

    /** The rows of a CSV export (a leading byte-order mark is tolerated), keyed by its header. */
    static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new java.io.StringReader(text)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    /** The files of a run folder, relative to it, in name order. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
    }

    /** The files whose bytes differ between two run folders that hold the same files. */
    static List<Path> differing(Path one, Path two) throws IOException {
        List<Path> differing = new ArrayList<>();
        for (Path file : files(one)) {
            if (!Arrays.equals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)))) {
                differing.add(file);
            }
        }
        return differing;
    }
}
