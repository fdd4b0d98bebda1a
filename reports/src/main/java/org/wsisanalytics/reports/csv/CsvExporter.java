package org.wsisanalytics.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CoverageState;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.KeyMessage;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.SessionOverview;
import org.wsisanalytics.model.SharedMessage;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.SessionSink;

/**
 * Writes the CSV exports: UTF-8 with a byte-order mark (so Excel opens accented names correctly),
 * a header row, RFC 4180 quoting and CRLF line ends. Rows are written straight from the run's
 * summary and, for the mentions, from one walk over its sessions, one at a time.
 */
public final class CsvExporter {

    /** The byte-order mark written before the header; readers other than Excel may need to skip it. */
    public static final char BOM = '\uFEFF';

    static final String[] SESSIONS = {
        "document",
        "session_index",
        "session_id",
        "title",
        "facilitator",
        "facilitator_listed",
        "sections",
        "words",
        "structure",
        "facilitator_organization"
    };
    static final String[] MENTIONS = {
        "document",
        "session_index",
        "session_id",
        "action_line",
        "notation",
        "section",
        "in_links_section",
        "sentence",
        "location"
    };
    static final String[] NAME_REFERENCES = {
        "document",
        "session_index",
        "session_id",
        "action_line",
        "sub_line",
        "phrase",
        "section",
        "in_links_section",
        "sentence",
        "location"
    };
    static final String[] COVERAGE = {
        "document",
        "session_index",
        "session_id",
        "action_line",
        "mentions",
        "in_links_section",
        "named_only",
        "label_conflict"
    };
    static final String[] COUNTRY_MENTIONS = {
        "document",
        "session_index",
        "session_id",
        "iso2",
        "country",
        "surface",
        "kind",
        "section",
        "sentence",
        "location"
    };
    static final String[] COUNTRIES = {"iso2", "country", "region", "subregion", "groups", "mentions", "sessions"};
    static final String[] THEMES = {"document", "session_index", "session_id", "theme", "mentions"};
    static final String[] FIGURES = {
        "document",
        "session_index",
        "session_id",
        "kind",
        "role",
        "value",
        "unit",
        "text",
        "occurrences",
        "section",
        "sentence",
        "location"
    };
    static final String[] FINDINGS = {
        "document", "session_index", "severity", "check", "message", "evidence", "location"
    };
    static final String[] KEY_MESSAGES = {
        "document", "session_index", "session_id", "rank", "part", "section", "sentence", "location"
    };
    static final String[] SHARED_MESSAGES = {
        "kind", "item", "label", "sessions", "document", "session_index", "section", "quote", "location"
    };
    static final String[] REJECTS = {"input", "reason"};

    /** Writes every CSV file into the run folder and returns their paths relative to it, in a fixed order. */
    public List<Path> writeAll(RunData data, Path runFolder) throws IOException {
        return SessionSink.walk(data, open(data, runFolder));
    }

    /**
     * Opens every CSV file and writes the rows that come from the summary; the files with a row per session or
     * per mention are filled session by session, all at once.
     */
    public SessionSink open(RunData data, Path runFolder) throws IOException {
        ExportSink sink = new ExportSink(runFolder);
        try {
            sink.summary(data);
            return sink;
        } catch (IOException | RuntimeException e) {
            sink.close();
            throw e;
        }
    }

    private static final class ExportSink implements SessionSink {
        private final List<CsvFile> open = new ArrayList<>();
        private final CsvFile sessions;
        private final CsvFile mentions;
        private final CsvFile names;
        private final CsvFile coverage;
        private final CsvFile countryMentions;
        private final CsvFile countries;
        private final CsvFile themes;
        private final CsvFile figures;
        private final CsvFile findings;
        private final CsvFile keyMessages;
        private final CsvFile sharedMessages;
        private final CsvFile rejects;
        private final CsvFile events;
        private final CsvFile eventLines;
        private final CsvFile eventCountries;
        private final CsvFile eventThemes;
        private CountryLookup countryNames;

        ExportSink(Path runFolder) throws IOException {
            try {
                sessions = open(runFolder, Path.of("data", "sessions.csv"), SESSIONS);
                mentions = open(runFolder, Path.of("data", "action_line_mentions.csv"), MENTIONS);
                names = open(runFolder, Path.of("data", "action_line_names.csv"), NAME_REFERENCES);
                coverage = open(runFolder, Path.of("data", "action_line_coverage.csv"), COVERAGE);
                countryMentions = open(runFolder, Path.of("data", "country_mentions.csv"), COUNTRY_MENTIONS);
                countries = open(runFolder, Path.of("data", "countries.csv"), COUNTRIES);
                themes = open(runFolder, Path.of("data", "themes.csv"), THEMES);
                figures = open(runFolder, Path.of("data", "figures.csv"), FIGURES);
                findings = open(runFolder, Path.of("data", "findings.csv"), FINDINGS);
                keyMessages = open(runFolder, Path.of("data", "key_messages.csv"), KEY_MESSAGES);
                sharedMessages = open(runFolder, Path.of("data", "shared_messages.csv"), SHARED_MESSAGES);
                rejects = open(runFolder, Path.of("rejects.csv"), REJECTS);
                events = open(runFolder, Path.of("data", "events.csv"), EventRows.EVENTS);
                eventLines = open(runFolder, Path.of("data", "event_action_lines.csv"), EventRows.ACTION_LINES);
                eventCountries = open(runFolder, Path.of("data", "event_countries.csv"), EventRows.COUNTRIES);
                eventThemes = open(runFolder, Path.of("data", "event_themes.csv"), EventRows.THEMES);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private CsvFile open(Path runFolder, Path relative, String[] header) throws IOException {
            CsvFile file = CsvFile.open(runFolder, relative, header);
            open.add(file);
            return file;
        }

        void summary(RunData data) throws IOException {
            RunSummary result = data.summary();
            countryNames = new CountryLookup(result.countries());
            for (CountryFrequency f : result.countries()) {
                Country c = f.country();
                countries.row(
                        c.iso2(),
                        text(c.name()),
                        text(c.region()),
                        text(c.subregion()),
                        Labels.groups(c),
                        f.mentions(),
                        f.sessions());
            }
            data.forEachFinding(f -> findings.row(
                    text(f.document()),
                    f.sessionIndex() == null ? "" : f.sessionIndex(),
                    f.severity().name(),
                    text(f.check()),
                    text(f.message()),
                    text(f.evidence()),
                    TextLocation.labelOf(f.location())));
            for (SharedMessage m : result.sharedMessages()) {
                sharedMessages.row(
                        Labels.lowerCase(m.kind()),
                        text(m.item()),
                        text(m.label()),
                        m.sessions(),
                        text(m.session().document()),
                        m.session().index(),
                        text(m.section()),
                        text(m.quote()),
                        TextLocation.labelOf(m.location()));
            }
            for (Reject r : result.rejects()) {
                rejects.row(text(r.input()), text(r.reason()));
            }
            EventRows eventRows = new EventRows(events, eventLines, eventCountries, eventThemes);
            for (EventSummary event : result.events()) {
                eventRows.write(event);
            }
        }

        /**
         * One row per line the session numbers or names: the counted lines with their references, the lines named
         * only with 0 references and {@code named_only}, each with the labels that conflict with its number.
         */
        private void coverageRows(SessionOverview overview, String document, int index, String sessionId)
                throws IOException {
            List<String> codes = new ArrayList<>(overview.namedLines());
            overview.coverage().forEach(cell -> codes.add(cell.actionLine()));
            for (String code : ActionLine.codesInOrder(codes)) {
                CoverageState state = overview.state(code);
                int references = overview.coverage().stream()
                        .filter(cell -> cell.actionLine().equals(code))
                        .mapToInt(ActionLineCoverage::mentions)
                        .sum();
                coverage.row(
                        document,
                        index,
                        sessionId,
                        code,
                        references,
                        state == CoverageState.LINKS,
                        state == CoverageState.NAMED_ONLY,
                        text(String.join("; ", overview.conflictingLabels(code))));
            }
        }

        @Override
        public void add(SessionEvidence session) throws IOException {
            SessionOutline s = session.session();
            String document = text(s.document());
            int index = s.index();
            String sessionId = text(s.sessionId());
            sessions.row(
                    document,
                    index,
                    sessionId,
                    text(s.title()),
                    text(s.facilitator()),
                    text(s.facilitatorListed()),
                    s.sections().size(),
                    s.words(),
                    s.structure().word(),
                    text(s.facilitatorOrganization()));
            coverageRows(session.overview(), document, index, sessionId);
            for (ThemeCount t : session.themeCounts()) {
                themes.row(document, index, sessionId, text(t.theme()), t.mentions());
            }
            for (ActionLineMention m : session.actionLines()) {
                mentions.row(
                        document,
                        index,
                        sessionId,
                        m.actionLine(),
                        text(m.notation()),
                        text(m.section()),
                        m.inLinksSection(),
                        text(m.sentence()),
                        TextLocation.labelOf(m.location()));
            }
            for (ActionLineNameReference r : session.actionLineNames()) {
                names.row(
                        document,
                        index,
                        sessionId,
                        r.actionLine(),
                        text(r.subLine()),
                        text(r.phrase()),
                        text(r.section()),
                        r.inLinksSection(),
                        text(r.sentence()),
                        TextLocation.labelOf(r.location()));
            }
            for (CountryMention m : session.countries()) {
                countryMentions.row(
                        document,
                        index,
                        sessionId,
                        text(m.iso2()),
                        text(countryNames.name(m.iso2())),
                        text(m.surface()),
                        Labels.lowerCase(m.kind()),
                        text(m.section()),
                        text(m.sentence()),
                        TextLocation.labelOf(m.location()));
            }
            for (Figure f : session.figures()) {
                figures.row(
                        document,
                        index,
                        sessionId,
                        Labels.lowerCase(f.kind()),
                        Labels.lowerCase(f.role()),
                        Labels.plain(f.value()),
                        text(f.unit()),
                        text(f.text()),
                        Integer.toString(f.occurrences()),
                        text(f.section()),
                        text(f.sentence()),
                        TextLocation.labelOf(f.location()));
            }
            for (KeyMessage k : session.keyMessages()) {
                keyMessages.row(
                        document,
                        index,
                        sessionId,
                        k.rank(),
                        Labels.lowerCase(k.part()),
                        text(k.heading()),
                        text(k.sentence()),
                        TextLocation.labelOf(k.location()));
            }
        }

        @Override
        public List<Path> finish() throws IOException {
            close();
            return List.of(
                    sessions.path(),
                    mentions.path(),
                    names.path(),
                    coverage.path(),
                    countryMentions.path(),
                    countries.path(),
                    themes.path(),
                    figures.path(),
                    findings.path(),
                    keyMessages.path(),
                    sharedMessages.path(),
                    events.path(),
                    eventLines.path(),
                    eventCountries.path(),
                    eventThemes.path(),
                    rejects.path());
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (CsvFile file : open) {
                try {
                    file.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            open.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    private static String text(String value) {
        return SpreadsheetSafe.text(value);
    }
}
