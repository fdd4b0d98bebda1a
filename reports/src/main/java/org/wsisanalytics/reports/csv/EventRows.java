package org.wsisanalytics.reports.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.ThemeTotal;

/**
 * The rows of the four event files, which put a run's events and years side by side: {@code events.csv} (one row
 * per event and year), {@code event_action_lines.csv} (every action line of each, zeros included),
 * {@code event_countries.csv} (the countries that count, most sessions first) and {@code event_themes.csv} (the
 * themes mentioned, in the taxonomy's order). A year the documents do not give is empty.
 */
final class EventRows {

    static final String[] EVENTS = {
        "event", "year", "documents", "sessions", "action_line_mentions", "country_mentions", "countries"
    };
    static final String[] ACTION_LINES = {"event", "year", "action_line", "sessions", "share"};
    static final String[] COUNTRIES = {"event", "year", "iso2", "country", "mentions", "sessions"};
    static final String[] THEMES = {"event", "year", "theme", "mentions", "sessions"};

    private final CsvFile events;
    private final CsvFile lines;
    private final CsvFile countries;
    private final CsvFile themes;

    EventRows(CsvFile events, CsvFile lines, CsvFile countries, CsvFile themes) {
        this.events = events;
        this.lines = lines;
        this.countries = countries;
        this.themes = themes;
    }

    void write(EventSummary event) throws IOException {
        String name = SpreadsheetSafe.text(event.key().event());
        Object year = event.key().year() == null ? "" : event.key().year();
        events.row(
                name,
                year,
                event.documents(),
                event.sessions(),
                event.actionLineMentions(),
                event.countryMentions(),
                event.countries().size());
        for (ActionLineTotal line : event.lineTotals()) {
            lines.row(name, year, line.actionLine(), line.sessions(), share(event.share(line)));
        }
        for (CountryFrequency country : event.countries()) {
            countries.row(
                    name,
                    year,
                    country.country().iso2(),
                    SpreadsheetSafe.text(country.country().name()),
                    country.mentions(),
                    country.sessions());
        }
        for (ThemeTotal theme : event.themes()) {
            if (theme.mentions() > 0) {
                themes.row(name, year, SpreadsheetSafe.text(theme.theme()), theme.mentions(), theme.sessions());
            }
        }
    }

    /** A share of sessions as a decimal fraction with four places ("0.6154"), the same in every locale. */
    static String share(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
