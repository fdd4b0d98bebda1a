package org.wsisanalytics.analytics.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The rows of one tab-separated reference file (action lines, countries, themes, or a user's replacement of
 * one): UTF-8, an optional byte-order mark, '#' comment lines and blank lines skipped, each row with its line
 * number so that errors can point at it.
 *
 * @param subject the file as messages name it, completing "Cannot read ...": {@code themes from 'my-themes.tsv'}
 * @param rows the rows in file order
 */
public record ReferenceFile(String subject, List<Row> rows) {

    public ReferenceFile {
        Objects.requireNonNull(subject, "subject");
        rows = List.copyOf(rows);
    }

    /**
     * One row of data.
     *
     * @param line its line number in the file, from 1
     * @param text the row as written
     */
    public record Row(int line, String text) {}

    /** A reference file bundled next to {@code owner} in the module's resources. */
    public static ReferenceFile bundled(Class<?> owner, String name, String subject) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled reference file '" + name + "' is missing from the "
                        + "classpath (package " + owner.getPackageName() + "); the analytics jar is incomplete.");
            }
            return parse(subject, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read the bundled reference file '" + name + "': " + e.getMessage(), e);
        }
    }

    /** A user's file; {@code subject} names it in the messages about its rows and about reading it. */
    public static ReferenceFile read(Path file, String subject) {
        return parse(subject, readText(file, subject));
    }

    /**
     * The content of a user's file.
     *
     * @throws UncheckedIOException "Cannot read <subject>: ..." saying what the user can do
     */
    public static String readText(Path file, String subject) {
        Objects.requireNonNull(file, "file");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(
                    "Cannot read " + subject + ": the file does not exist; check the configured path.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read " + subject + ": " + e.getMessage() + "; the file must be UTF-8 text.", e);
        }
    }

    public static ReferenceFile parse(String subject, String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new Row(i + 1, line));
            }
        }
        return new ReferenceFile(subject, rows);
    }

    /** This file without its first row when that row is a header of column names. */
    public ReferenceFile withoutHeader(Predicate<String> isHeader) {
        return !rows.isEmpty() && isHeader.test(rows.get(0).text().strip())
                ? new ReferenceFile(subject, rows.subList(1, rows.size()))
                : this;
    }

    /**
     * The row's tab-separated columns, each stripped of white space.
     *
     * @param expected the allowed columns for the message, e.g. {@code 3 tab-separated columns (code, kind, text)}
     * @throws IllegalArgumentException naming the file and line when there are fewer than {@code min} or more
     *         than {@code max} columns
     */
    public List<String> columns(Row row, int min, int max, String expected) {
        String[] columns = row.text().split("\t", -1);
        if (columns.length < min || columns.length > max) {
            throw error(row, "found " + columns.length + " column(s), expected " + expected + ".");
        }
        return Arrays.stream(columns).map(String::strip).toList();
    }

    /** "Cannot read <subject>, line <n>: <problem>". */
    public IllegalArgumentException error(Row row, String problem) {
        return new IllegalArgumentException("Cannot read " + subject + ", line " + row.line() + ": " + problem);
    }

    /** "Cannot read <subject>: <problem>", for a problem of the whole file. */
    public IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Cannot read " + subject + ": " + problem);
    }
}
