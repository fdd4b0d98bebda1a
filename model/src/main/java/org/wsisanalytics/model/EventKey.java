package org.wsisanalytics.model;

/**
 * The event and year a document reports on, as its title names them ("WSIS Forum", 2025): what puts documents of
 * one event side by side with those of another.
 *
 * @param event the event's name: a known event's own name, else the document's title up to its first colon
 * @param year the event's year, or {@code null} where neither the title nor the file name gives one
 */
public record EventKey(String event, Integer year) implements Comparable<EventKey> {

    public EventKey {
        Requires.text(event, "event");
        if (year != null && (year < 1900 || year > 2099)) {
            throw new IllegalArgumentException("An event's year must be between 1900 and 2099, not " + year);
        }
    }

    /** By name, then by year (no year first). */
    @Override
    public int compareTo(EventKey other) {
        int byName = event.compareTo(other.event);
        if (byName != 0) {
            return byName;
        }
        return Integer.compare(year == null ? 0 : year, other.year == null ? 0 : other.year);
    }
}
