package org.wsisanalytics.reports.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.wsisanalytics.model.ActionLine;
import org.wsisanalytics.model.ActionLineTotal;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.CoverageState;
import org.wsisanalytics.model.EventSummary;
import org.wsisanalytics.model.Finding;
import org.wsisanalytics.model.RunData;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.RunSummary;
import org.wsisanalytics.model.SessionEvidence;
import org.wsisanalytics.model.SessionOutline;
import org.wsisanalytics.model.TextLocation;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.SessionSink;
import org.wsisanalytics.reports.coverage.CoverageRow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code analysis.json}: run, documents, action lines, country and theme aggregates, totals, shared
 * messages, findings and rejects, then the sessions, each with its sections, action lines, countries and themes,
 * every mention with its sentence and offsets, and its key messages. The sessions are streamed one at a time. Figures' values are
 * written as plain decimals (2600000000, never 2.6E+9).
 */
public final class AnalysisJsonWriter {

    public static final Path FILE = Path.of("analysis.json");

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public Path write(RunData data, Path runFolder) throws IOException {
        SessionSink.walk(data, open(data, runFolder));
        return FILE;
    }

    /** Writes everything before the sessions; each session is then written as it is added. */
    public SessionSink open(RunData data, Path runFolder) throws IOException {
        RunSummary result = data.summary();
        OutputStream out = Files.newOutputStream(runFolder.resolve(FILE));
        try {
            JsonGenerator json = mapper.createGenerator(out);
            json.writeStartObject();
            AnalysisJson.Header header = header(result);
            json.writePOJOProperty("run", header.run());
            json.writePOJOProperty("documents", header.documents());
            json.writePOJOProperty("action_lines", header.actionLines());
            json.writePOJOProperty("countries", header.countries());
            json.writePOJOProperty("themes", header.themes());
            json.writePOJOProperty("aggregates", header.aggregates());
            json.writePOJOProperty("events", header.events());
            json.writePOJOProperty("shared_messages", header.sharedMessages());
            json.writeName("findings");
            json.writeStartArray();
            data.forEachFinding(f -> json.writePOJO(finding(f)));
            json.writeEndArray();
            json.writePOJOProperty("rejects", header.rejects());
            json.writeName("sessions");
            json.writeStartArray();
            return new JsonSink(json, out, result.actionLines(), new CountryLookup(result.countries()));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    private record JsonSink(JsonGenerator json, OutputStream out, List<ActionLine> actionLines, CountryLookup lookup)
            implements SessionSink {

        @Override
        public void add(SessionEvidence session) {
            json.writePOJO(session(session, actionLines, lookup));
        }

        @Override
        public List<Path> finish() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            close();
            return List.of(FILE);
        }

        @Override
        public void close() throws IOException {
            try {
                json.close();
            } finally {
                out.close();
            }
        }
    }

    static AnalysisJson.Header header(RunSummary result) {
        return new AnalysisJson.Header(
                run(result.run()),
                result.documents().stream()
                        .map(d -> new AnalysisJson.Document(d.source().name(), d.title(), d.sessions()))
                        .toList(),
                result.actionLines().stream()
                        .map(l -> new AnalysisJson.ActionLine(l.code(), l.name()))
                        .toList(),
                new AnalysisJson.Countries(
                        result.countries().stream()
                                .map(f -> frequency(f.country(), f.mentions(), f.sessions()))
                                .toList(),
                        result.rollUps().stream()
                                .map(r -> new AnalysisJson.RollUp(
                                        Labels.lowerCase(r.dimension()),
                                        r.name(),
                                        r.countries(),
                                        r.mentions(),
                                        r.sessions()))
                                .toList(),
                        result.countryActionLines().stream()
                                .map(c -> new AnalysisJson.CountryActionLine(
                                        c.iso2(), c.actionLine(), c.sessions(), c.evidence()))
                                .toList(),
                        result.uncountedCountries().stream()
                                .map(u -> new AnalysisJson.NotCounted(
                                        u.country().iso2(),
                                        u.country().name(),
                                        Labels.lowerCase(u.kind()),
                                        u.kind().notCountedReason(),
                                        u.mentions(),
                                        u.sessions()))
                                .toList()),
                new AnalysisJson.Themes(result.themeNames()),
                aggregates(result),
                result.events().stream().map(AnalysisJsonWriter::event).toList(),
                result.sharedMessages().stream()
                        .map(m -> new AnalysisJson.SharedMessage(
                                Labels.lowerCase(m.kind()),
                                m.item(),
                                m.label(),
                                m.sessions(),
                                m.session().document(),
                                m.session().index(),
                                m.section(),
                                m.quote(),
                                m.citation(),
                                label(m.location())))
                        .toList(),
                result.rejects().stream()
                        .map(r -> new AnalysisJson.Reject(r.input(), r.reason()))
                        .toList());
    }

    static AnalysisJson.Session session(SessionEvidence evidence, List<ActionLine> actionLines, CountryLookup lookup) {
        SessionOutline s = evidence.session();
        CoverageRow row = CoverageRow.of(evidence.overview(), actionLines);
        List<AnalysisJson.SessionActionLine> lines = new ArrayList<>();
        for (int j = 0; j < actionLines.size(); j++) {
            if (row.state(j) != CoverageState.NONE) {
                lines.add(new AnalysisJson.SessionActionLine(
                        actionLines.get(j).code(),
                        row.mentions(j),
                        row.inLinksSection(j),
                        row.namedOnly(j),
                        row.conflictingLabels(j)));
            }
        }
        Map<String, Integer> countries = new LinkedHashMap<>();
        for (CountryMention m : evidence.countries()) {
            countries.merge(m.iso2(), 1, Integer::sum);
        }
        return new AnalysisJson.Session(
                s.document(),
                s.index(),
                s.sessionId(),
                s.title(),
                s.facilitator(),
                s.facilitatorListed(),
                s.facilitatorOrganization(),
                s.link(),
                s.words(),
                s.structure().word(),
                s.sections().stream()
                        .map(x -> new AnalysisJson.Section(x.heading(), Labels.lowerCase(x.type()), x.words()))
                        .toList(),
                lines,
                countries.entrySet().stream()
                        .map(e -> new AnalysisJson.Count(e.getKey(), e.getValue()))
                        .toList(),
                evidence.themeCounts().stream()
                        .map(c -> new AnalysisJson.Count(c.theme(), c.mentions()))
                        .toList(),
                evidence.actionLines().stream()
                        .map(m -> new AnalysisJson.ActionLineMention(
                                m.actionLine(),
                                m.notation(),
                                m.section(),
                                m.inLinksSection(),
                                m.sentence(),
                                m.start(),
                                m.end(),
                                label(m.location())))
                        .toList(),
                evidence.actionLineNames().stream()
                        .map(r -> new AnalysisJson.ActionLineName(
                                r.actionLine(),
                                r.subLine(),
                                r.phrase(),
                                r.section(),
                                r.inLinksSection(),
                                r.sentence(),
                                r.start(),
                                r.end(),
                                label(r.location())))
                        .toList(),
                evidence.countries().stream()
                        .map(m -> new AnalysisJson.CountryMention(
                                m.iso2(),
                                lookup.name(m.iso2()),
                                m.surface(),
                                Labels.lowerCase(m.kind()),
                                m.section(),
                                m.sentence(),
                                m.start(),
                                m.end(),
                                label(m.location())))
                        .toList(),
                evidence.themes().stream()
                        .map(m -> new AnalysisJson.ThemeMention(
                                m.theme(),
                                m.surface(),
                                m.section(),
                                m.sentence(),
                                m.start(),
                                m.end(),
                                label(m.location())))
                        .toList(),
                evidence.figures().stream()
                        .map(f -> new AnalysisJson.Figure(
                                Labels.lowerCase(f.kind()),
                                Labels.lowerCase(f.role()),
                                f.value().stripTrailingZeros(),
                                f.unit(),
                                f.text(),
                                f.occurrences(),
                                f.section(),
                                f.sentence(),
                                f.start(),
                                f.end(),
                                label(f.location())))
                        .toList(),
                evidence.keyMessages().stream()
                        .map(k -> new AnalysisJson.KeyMessage(
                                k.rank(),
                                Labels.lowerCase(k.part()),
                                k.heading(),
                                k.sentence(),
                                k.citation(),
                                label(k.location())))
                        .toList());
    }

    static AnalysisJson.Finding finding(Finding f) {
        return new AnalysisJson.Finding(
                f.document(),
                f.sessionIndex(),
                f.severity().name(),
                f.check(),
                f.message(),
                f.evidence(),
                label(f.location()));
    }

    /** A location as JSON gives it: its label ("p. 36"), or null where it is not known. */
    private static String label(TextLocation location) {
        return location == null ? null : location.label();
    }

    private static AnalysisJson.Run run(RunInfo run) {
        return new AnalysisJson.Run(
                run.runId(),
                run.runDate().toString(),
                run.version(),
                new TreeMap<>(run.parameters()),
                run.inputs().stream()
                        .map(i -> new AnalysisJson.Input(i.name(), i.location(), i.sizeBytes(), i.sha256()))
                        .toList());
    }

    private static AnalysisJson.CountryFrequency frequency(Country c, int mentions, int sessions) {
        return new AnalysisJson.CountryFrequency(
                c.iso2(),
                c.name(),
                c.region(),
                c.subregion(),
                List.copyOf(new TreeSet<>(c.groups())),
                mentions,
                sessions);
    }

    private static List<AnalysisJson.LineTotal> lineTotals(List<ActionLineTotal> totals, int sessions) {
        List<AnalysisJson.LineTotal> lines = new ArrayList<>();
        for (ActionLineTotal line : totals) {
            lines.add(new AnalysisJson.LineTotal(
                    line.actionLine(),
                    line.sessions(),
                    sessions == 0 ? 0 : (double) line.sessions() / sessions,
                    line.mentions()));
        }
        return lines;
    }

    private static AnalysisJson.Event event(EventSummary event) {
        return new AnalysisJson.Event(
                event.key().event(),
                event.key().year(),
                event.documents(),
                event.sessions(),
                event.actionLineMentions(),
                event.countryMentions(),
                event.countries().size(),
                lineTotals(event.lineTotals(), event.sessions()),
                event.countries().stream()
                        .map(f -> new AnalysisJson.EventCount(
                                f.country().iso2(), f.country().name(), f.mentions(), f.sessions()))
                        .toList(),
                event.themes().stream()
                        .filter(t -> t.mentions() > 0)
                        .map(t -> new AnalysisJson.EventCount(t.theme(), t.theme(), t.mentions(), t.sessions()))
                        .toList());
    }

    private static AnalysisJson.Aggregates aggregates(RunSummary result) {
        int sessions = result.sessions();
        List<AnalysisJson.LineTotal> lines = lineTotals(result.lineTotals(), sessions);
        return new AnalysisJson.Aggregates(
                result.documents().size(),
                sessions,
                result.totals().actionLineMentions(),
                result.totals().actionLineNames(),
                result.totals().countryMentions(),
                result.countries().size(),
                result.totals().themeMentions(),
                result.totals().figures(),
                lines);
    }
}
