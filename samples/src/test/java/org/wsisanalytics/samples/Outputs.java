package org.wsisanalytics.samples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a run's outputs back the way an analyst's tools would. */
final class Outputs {

    private Outputs() {
    }

    /** The rows of a CSV export (a leading byte-order mark is tolerated), keyed by its header. */
    static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new java.io.StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
