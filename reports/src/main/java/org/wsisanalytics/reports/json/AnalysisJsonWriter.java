package org.wsisanalytics.reports.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.wsisanalytics.model.AnalysisResult;
import org.wsisanalytics.model.Country;
import org.wsisanalytics.model.RunInfo;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.SessionKey;
import org.wsisanalytics.reports.CountryLookup;
import org.wsisanalytics.reports.Labels;
import org.wsisanalytics.reports.coverage.CoverageMatrix;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code analysis.json}: run, documents, sessions with their sections, action lines, countries
 * and themes, every mention with its sentence and offsets, figures, aggregates, findings and rejects.
 * Figures' values are written as plain decimals (2600000000, never 2.6E+9).
 */
public final class AnalysisJsonWriter {

    public static final Path FILE = Path.of("analysis.json");

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public Path write(AnalysisResult result, CoverageMatrix matrix, Path runFolder) throws IOException {
        mapper.writeValue(runFolder.resolve(FILE).toFile(), toJson(result, matrix));
        return FILE;
    }

    static AnalysisJson toJson(AnalysisResult result, CoverageMatrix matrix) {
        CountryLookup lookup = new CountryLookup(result.countries());
        return new AnalysisJson(run(result.run()),
                result.documents().stream().map(d -> new AnalysisJson.Document(d.source().name(), d.title(),
                        d.sessions())).toList(),
                result.actionLines().stream().map(l -> new AnalysisJson.ActionLine(l.code(), l.name())).toList(),
                sessions(result, matrix),
                result.actionLineMentions().stream().map(m -> new AnalysisJson.ActionLineMention(
                        m.session().document(), m.session().index(), m.actionLine(), m.notation(), m.section(),
                        m.inLinksSection(), m.sentence(), m.start(), m.end())).toList(),
                new AnalysisJson.Countries(
                        result.countries().mentions().stream().map(m -> new AnalysisJson.CountryMention(
                                m.session().document(), m.session().index(), m.iso2(), lookup.name(m.iso2()),
                                m.surface(), Labels.lowerCase(m.kind()), m.section(), m.sentence(), m.start(),
                                m.end())).toList(),
                        result.countries().frequencies().stream().map(f -> frequency(f.country(), f.mentions(),
                                f.sessions())).toList(),
                        result.countries().rollUps().stream().map(r -> new AnalysisJson.RollUp(
                                Labels.lowerCase(r.dimension()), r.name(), r.countries(), r.mentions(),
                                r.sessions())).toList(),
                        result.countries().withActionLines().stream().map(c -> new AnalysisJson.CountryActionLine(
                                c.iso2(), c.actionLine(), c.sessions())).toList()),
                new AnalysisJson.Themes(result.themes().themes(),
                        result.themes().mentions().stream().map(m -> new AnalysisJson.ThemeMention(
                                m.session().document(), m.session().index(), m.theme(), m.surface(), m.section(),
                                m.sentence(), m.start(), m.end())).toList(),
                        result.themes().counts().stream().map(c -> new AnalysisJson.ThemeCount(
                                c.session().document(), c.session().index(), c.theme(), c.mentions())).toList()),
                result.figures().stream().map(f -> new AnalysisJson.Figure(f.session().document(),
                        f.session().index(), Labels.lowerCase(f.kind()), f.value().stripTrailingZeros(), f.unit(),
                        f.text(), f.section(), f.sentence(), f.start(), f.end())).toList(),
                aggregates(result, matrix),
                result.findings().stream().map(f -> new AnalysisJson.Finding(f.document(), f.sessionIndex(),
                        f.severity().name(), f.check(), f.message(), f.evidence())).toList(),
                result.rejects().stream().map(r -> new AnalysisJson.Reject(r.input(), r.reason())).toList());
    }

    private static AnalysisJson.Run run(RunInfo run) {
        return new AnalysisJson.Run(run.runId(), run.runDate().toString(), run.startedAt().toString(), run.version(),
                new TreeMap<>(run.parameters()),
                run.inputs().stream().map(i -> new AnalysisJson.Input(i.name(), i.location(), i.sizeBytes(),
                        i.sha256())).toList());
    }

    private static List<AnalysisJson.Session> sessions(AnalysisResult result, CoverageMatrix matrix) {
        Map<SessionKey, Map<String, Integer>> countries = new LinkedHashMap<>();
        result.countries().mentions().forEach(m -> countries.computeIfAbsent(m.session(), k -> new LinkedHashMap<>())
                .merge(m.iso2(), 1, Integer::sum));
        Map<SessionKey, Map<String, Integer>> themes = new LinkedHashMap<>();
        result.themes().counts().forEach(c -> themes.computeIfAbsent(c.session(), k -> new LinkedHashMap<>())
                .merge(c.theme(), c.mentions(), Integer::sum));
        List<AnalysisJson.Session> sessions = new ArrayList<>();
        for (int i = 0; i < matrix.sessions().size(); i++) {
            Session s = matrix.sessions().get(i);
            List<AnalysisJson.SessionActionLine> lines = new ArrayList<>();
            for (int j = 0; j < matrix.actionLines().size(); j++) {
                if (matrix.mentions(i, j) > 0) {
                    lines.add(new AnalysisJson.SessionActionLine(matrix.actionLines().get(j).code(),
                            matrix.mentions(i, j), matrix.inLinksSection(i, j)));
                }
            }
            sessions.add(new AnalysisJson.Session(s.document(), s.index(), s.sessionId(), s.title(), s.facilitator(),
                    s.facilitatorListed(), s.link(), s.words(),
                    s.sections().stream().map(x -> new AnalysisJson.Section(x.heading(), Labels.lowerCase(x.type()),
                            x.words())).toList(),
                    lines, counts(countries.get(s.key())), counts(themes.get(s.key()))));
        }
        return sessions;
    }

    private static List<AnalysisJson.Count> counts(Map<String, Integer> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream().map(e -> new AnalysisJson.Count(e.getKey(), e.getValue())).toList();
    }

    private static AnalysisJson.CountryFrequency frequency(Country c, int mentions, int sessions) {
        return new AnalysisJson.CountryFrequency(c.iso2(), c.name(), c.region(), c.subregion(),
                List.copyOf(new TreeSet<>(c.groups())), mentions, sessions);
    }

    private static AnalysisJson.Aggregates aggregates(AnalysisResult result, CoverageMatrix matrix) {
        int sessions = matrix.sessions().size();
        List<AnalysisJson.LineTotal> lines = new ArrayList<>();
        for (int j = 0; j < matrix.actionLines().size(); j++) {
            int referencing = matrix.sessionsReferencing(j);
            lines.add(new AnalysisJson.LineTotal(matrix.actionLines().get(j).code(), referencing,
                    sessions == 0 ? 0 : (double) referencing / sessions, matrix.lineTotal(j)));
        }
        return new AnalysisJson.Aggregates(result.documents().size(), sessions, result.actionLineMentions().size(),
                result.countries().mentions().size(), result.countries().frequencies().size(),
                result.themes().mentions().size(), result.figures().size(), lines);
    }
}
