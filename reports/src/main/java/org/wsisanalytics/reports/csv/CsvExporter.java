package org.wsisanalytics.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wsisanalytics.model.ActionLineCoverage;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.ActionLineNameReference;
import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryFrequency;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Figure;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.Reject;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;

/**
 * Writes the CSV exports: UTF-8 with a byte-order mark (so Excel opens accented names correctly),
 * a header row, RFC 4180 quoting and CRLF line ends. Rows are written straight from the result,
 * one at a time.
 */
public final class CsvExporter {

    /** The byte-order mark written before the header; readers other than Excel may need to skip it. */
    public static final char BOM = '\uFEFF';

    static final String[] SESSIONS = {"document", "session_index", "session_id", "title", "facilitator",
            "facilitator_listed", "sections", "words"};
    static final String[] MENTIONS = {"document", "session_index", "session_id", "action_line", "notation",
            "section", "in_links_section", "sentence"};
    static final String[] NAME_REFERENCES = {"document", "session_index", "session_id", "action_line", "sub_line",
            "phrase", "section", "in_links_section", "sentence"};
    static final String[] COVERAGE = {"document", "session_index", "session_id", "action_line", "mentions",
            "in_links_section"};
    static final String[] COUNTRY_MENTIONS = {"document", "session_index", "session_id", "iso2", "country", "surface",
            "kind", "section", "sentence"};
    static final String[] COUNTRIES = {"iso2", "country", "region", "subregion", "groups", "mentions", "sessions"};
    static final String[] THEMES = {"document", "session_index", "session_id", "theme", "mentions"};
    static final String[] FIGURES = {"document", "session_index", "session_id", "kind", "value", "unit", "text",
            "section", "sentence"};
    static final String[] FINDINGS = {"document", "session_index", "severity", "check", "message", "evidence"};
    static final String[] REJECTS = {"input", "reason"};

    /** Writes every CSV file into the run folder and returns their paths relative to it, in writing order. */
    public List<Path> writeAll(AnalysisResult result, Path runFolder) throws IOException {
        SessionIds sessionIds = new SessionIds(result.sessions());
        CountryLookup countryNames = new CountryLookup(result.countries());
        List<Path> written = new ArrayList<>();
        written.add(write(runFolder, Path.of("data", "sessions.csv"), SESSIONS, printer -> {
            for (Session s : result.sessions()) {
                printer.printRecord(text(s.document()), s.index(), text(s.sessionId()), text(s.title()),
                        text(s.facilitator()), text(s.facilitatorListed()), s.sections().size(), s.words());
            }
        }));
        written.add(write(runFolder, Path.of("data", "action_line_mentions.csv"), MENTIONS, printer -> {
            for (ActionLineMention m : result.actionLineMentions()) {
                SessionKey key = m.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)), m.actionLine(),
                        text(m.notation()), text(m.section()), m.inLinksSection(), text(m.sentence()));
            }
        }));
        written.add(write(runFolder, Path.of("data", "action_line_names.csv"), NAME_REFERENCES, printer -> {
            for (ActionLineNameReference r : result.actionLineNames()) {
                SessionKey key = r.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)), r.actionLine(),
                        text(r.subLine()), text(r.phrase()), text(r.section()), r.inLinksSection(), text(r.sentence()));
            }
        }));
        written.add(write(runFolder, Path.of("data", "action_line_coverage.csv"), COVERAGE, printer -> {
            for (ActionLineCoverage c : result.coverage()) {
                SessionKey key = c.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)), c.actionLine(),
                        c.mentions(), c.inLinksSection());
            }
        }));
        written.add(write(runFolder, Path.of("data", "country_mentions.csv"), COUNTRY_MENTIONS, printer -> {
            for (CountryMention m : result.countries().mentions()) {
                SessionKey key = m.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)), text(m.iso2()),
                        text(countryNames.name(m.iso2())), text(m.surface()), Labels.lowerCase(m.kind()),
                        text(m.section()), text(m.sentence()));
            }
        }));
        written.add(write(runFolder, Path.of("data", "countries.csv"), COUNTRIES, printer -> {
            for (CountryFrequency f : result.countries().frequencies()) {
                Country c = f.country();
                printer.printRecord(c.iso2(), text(c.name()), text(c.region()), text(c.subregion()),
                        Labels.groups(c), f.mentions(), f.sessions());
            }
        }));
        written.add(write(runFolder, Path.of("data", "themes.csv"), THEMES, printer -> {
            for (ThemeCount t : result.themes().counts()) {
                SessionKey key = t.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)), text(t.theme()),
                        t.mentions());
            }
        }));
        written.add(write(runFolder, Path.of("data", "figures.csv"), FIGURES, printer -> {
            for (Figure f : result.figures()) {
                SessionKey key = f.session();
                printer.printRecord(text(key.document()), key.index(), text(sessionIds.of(key)),
                        Labels.lowerCase(f.kind()), Labels.plain(f.value()), text(f.unit()), text(f.text()),
                        text(f.section()), text(f.sentence()));
            }
        }));
        written.add(write(runFolder, Path.of("data", "findings.csv"), FINDINGS, printer -> {
            for (Finding f : result.findings()) {
                printer.printRecord(text(f.document()), f.sessionIndex() == null ? "" : f.sessionIndex(),
                        f.severity().name(), text(f.check()), text(f.message()), text(f.evidence()));
            }
        }));
        written.add(write(runFolder, Path.of("rejects.csv"), REJECTS, printer -> {
            for (Reject r : result.rejects()) {
                printer.printRecord(text(r.input()), text(r.reason()));
            }
        }));
        return List.copyOf(written);
    }

    private static String text(String value) {
        return SpreadsheetSafe.text(value);
    }

    private static Path write(Path runFolder, Path relative, String[] header, Rows rows) throws IOException {
        Path file = runFolder.resolve(relative);
        Files.createDirectories(file.getParent());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BOM);
            try (CSVPrinter printer = new CSVPrinter(out, format)) {
                rows.print(printer);
            }
        }
        return relative;
    }

    @FunctionalInterface
    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }
}
