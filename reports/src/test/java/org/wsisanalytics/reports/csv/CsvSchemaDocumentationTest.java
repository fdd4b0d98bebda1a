package org.wsisanalytics.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsisanalytics.model.oracle.InMemoryRunData;
import org.wsisanalytics.reports.ReportFixture;

/**
 * The CSV columns are written down once, in the outputs table of reports/README.md; this test holds that table to
 * the header rows the exporter actually writes, so a column added to the exporter fails here until it is documented.
 */
class CsvSchemaDocumentationTest {

    /** A table row naming a CSV file, then its columns as the first code span of the next cell. */
    private static final Pattern ROW = Pattern.compile("^\\| `((?:data/)?[a-z_]+\\.csv)` \\| `([^`]+)`");

    @Test
    void theReadmeListsEveryFileTheExporterWritesWithItsColumnsInOrder(@TempDir Path folder) throws IOException {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Path file : new CsvExporter().writeAll(InMemoryRunData.of(ReportFixture.result()), folder)) {
            written.put(file.toString().replace('\\', '/'), header(folder.resolve(file)));
        }

        assertThat(documented()).isEqualTo(written);
    }

    private static List<String> header(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return Arrays.asList(
                    first.replace(String.valueOf(CsvExporter.BOM), "").split(",", -1));
        }
    }

    private static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        String outputs = Files.readString(Path.of("README.md")).split("## Outputs", 2)[1];
        for (String line : outputs.split("\\R")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                documented.put(row.group(1), Arrays.asList(row.group(2).split(",\\s*")));
            }
        }
        return documented;
    }
}
