package org.wsisanalytics.ingest.clean;

import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.TextLocation;

/**
 * Lines as a reader collects them, each with where it is in the input file. A reader sets the location of the
 * part it is reading ({@link #at}) and adds lines; a blank line takes the location of the line before it.
 * Not thread-safe: one per document.
 */
public final class LocatedLines {

    private final List<String> lines = new ArrayList<>();
    private final List<TextLocation> locations = new ArrayList<>();
    private TextLocation current = TextLocation.line(1);

    /** The location of the lines added from now on. */
    public void at(TextLocation location) {
        current = location;
    }

    public TextLocation current() {
        return current;
    }

    public void add(String line) {
        lines.add(line);
        locations.add(current);
    }

    public int size() {
        return lines.size();
    }

    public String get(int index) {
        return lines.get(index);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The last line, or {@code null} when there is none. */
    public String last() {
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }

    /** Replaces a line with one that also holds what is at {@code more}: its location spans both. */
    public void replace(int index, String line, TextLocation more) {
        lines.set(index, line);
        locations.set(index, locations.get(index).through(more));
    }

    public List<String> lines() {
        return lines;
    }

    public List<TextLocation> locations() {
        return locations;
    }

    public CleanText toCleanText(List<String> runningHeaders) {
        return new CleanText(lines, runningHeaders, locations);
    }
}
