package org.wsisanalytics.analytics.countries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows of one tab-separated reference file, with line numbers for error messages. */
record DataFile(String source, List<Row> rows) {

    /** One non-comment, non-blank line, split at tabs. */
    record Row(int line, String[] columns) {
    }

    static DataFile resource(String name) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The reference file '" + name + "' is missing from the classpath "
                        + "(package org.wsisanalytics.analytics.countries); the build is incomplete.");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference file '" + name + "': " + e.getMessage(), e);
        }
    }

    static DataFile file(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the aliases file '" + path + "': " + e.getMessage()
                    + "; check the path and that the file is UTF-8 text.", e);
        }
    }

    static DataFile parse(String source, String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(new Row(i + 1, line.split("\t", -1)));
        }
        return new DataFile(source, List.copyOf(rows));
    }

    IllegalArgumentException error(Row row, String problem) {
        return new IllegalArgumentException("Cannot read '" + source + "', line " + row.line() + ": " + problem);
    }

    /** The row's columns, checked to be at least {@code count} and trimmed. */
    String[] columns(Row row, int count, String expected) {
        if (row.columns().length < count) {
            throw error(row, "found " + row.columns().length + " column(s), expected " + count
                    + " tab-separated columns (" + expected + ").");
        }
        String[] columns = new String[row.columns().length];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = row.columns()[i].strip();
        }
        return columns;
    }
}
