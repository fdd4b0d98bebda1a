package org.wsisanalytics.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One CSV export being written: UTF-8 with a byte-order mark, a header row, RFC 4180 quoting. */
final class CsvFile implements AutoCloseable {

    private final Path relative;
    private final CSVPrinter printer;

    private CsvFile(Path relative, CSVPrinter printer) {
        this.relative = relative;
        this.printer = printer;
    }

    /** Creates {@code runFolder/relative} (and its folder) and writes the byte-order mark and the header. */
    static CsvFile open(Path runFolder, Path relative, String[] header) throws IOException {
        Path file = runFolder.resolve(relative);
        Files.createDirectories(file.getParent());
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            out.write(CsvExporter.BOM);
            return new CsvFile(
                    relative,
                    new CSVPrinter(
                            out, CSVFormat.RFC4180.builder().setHeader(header).get()));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    void row(Object... values) throws IOException {
        printer.printRecord(values);
    }

    /** The file's path relative to the run folder. */
    Path path() {
        return relative;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
