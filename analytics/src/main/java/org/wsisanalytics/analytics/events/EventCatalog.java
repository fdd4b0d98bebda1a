package org.wsisanalytics.analytics.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.EventKey;

/**
 * Which event and year a document reports on, read from its title (documents of the genre name both there: "WSIS
 * Forum 2025: Outcome Document", "IGF 2025 Session Reports"), with its file name for the year where the title
 * gives none ("alfm-c2-2025-report.txt").
 * <ul>
 * <li><b>Event</b>: the first row of {@code events.tsv} whose words the title holds; else the title's own words up
 * to its first colon, without the event's year at their end ("Asia-Pacific Regional Review of WSIS Implementation";
 * a horizon stays: "WSIS+20 Vision beyond 2025").</li>
 * <li><b>Year</b>: the first four-digit year 1900–2099 of the title that is not a horizon ("beyond 2025", "by
 * 2030", "post-2025"); else the first in the file name; else none.</li>
 * </ul>
 */
public final class EventCatalog {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.+-])(19\\d\\d|20\\d\\d)(?![\\d/.])");
    private static final Pattern HORIZON =
            Pattern.compile("(?i)\\b(?:beyond|after|until|till|by|towards?|since|before|through|post|pre|to)[\\s-]*$");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern TRAILING_YEAR = Pattern.compile("[\\s,–—-]*\\b(?:19|20)\\d\\d\\s*$");

    private final List<Event> events;

    private EventCatalog(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** The bundled catalog, {@code events.tsv}. */
    public static EventCatalog loadDefault() {
        return parse(ReferenceFile.bundled(EventCatalog.class, "events.tsv", "the bundled events file 'events.tsv'"));
    }

    /** A user's catalog in the bundled file's format, replacing it. */
    public static EventCatalog load(Path file) {
        return parse(ReferenceFile.read(file, "events from '" + file + "'"));
    }

    static EventCatalog parse(ReferenceFile file) {
        List<Event> events = new ArrayList<>();
        for (ReferenceFile.Row row : file.rows()) {
            List<String> columns = file.columns(row, 2, 2, "2 tab-separated columns (event, regular expression)");
            try {
                events.add(new Event(columns.get(0), Pattern.compile(columns.get(1), Pattern.CASE_INSENSITIVE)));
            } catch (PatternSyntaxException e) {
                throw file.error(row, "the regular expression is not valid: " + e.getDescription() + ".");
            }
        }
        return new EventCatalog(events);
    }

    /**
     * The event and year of a document.
     *
     * @param title the document's title, or {@code null} where it has none
     * @param fileName the document's file name
     */
    public EventKey of(String title, String fileName) {
        String text = title == null || title.isBlank() ? stem(fileName) : title.strip();
        return new EventKey(event(text), year(text, fileName));
    }

    private String event(String title) {
        for (Event event : events) {
            if (event.pattern().matcher(title).find()) {
                return event.name();
            }
        }
        int colon = title.indexOf(':');
        String head = (colon > 0 ? title.substring(0, colon) : title).strip();
        Matcher trailing = TRAILING_YEAR.matcher(head);
        if (!trailing.find()
                || HORIZON.matcher(head.substring(0, trailing.start())).find()) {
            return head;
        }
        String withoutYear = head.substring(0, trailing.start()).strip();
        return withoutYear.isEmpty() ? head : withoutYear;
    }

    private static Integer year(String title, String fileName) {
        Matcher matcher = YEAR.matcher(title);
        while (matcher.find()) {
            if (!HORIZON.matcher(title.substring(0, matcher.start())).find()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        Matcher inName = FILE_YEAR.matcher(fileName);
        return inName.find() ? Integer.valueOf(inName.group(1)) : null;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private record Event(String name, Pattern pattern) {}
}
