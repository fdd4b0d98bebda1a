package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.actionlines.ActionLineDetector;
import org.wsisanalytics.analytics.countries.CountryDetector;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.model.ActionLineMention;
import org.wsisanalytics.model.CountryMention;
import org.wsisanalytics.model.Section;
import org.wsisanalytics.model.SectionType;
import org.wsisanalytics.model.Session;
import org.wsisanalytics.model.StructureLayer;

/**
 * A diagnosis, not a bar: the detectors alone on the corpus units as cut by hand (each unit's text from its
 * title line to the next unit's, front matter left out), so that a low score in
 * {@link CorpusAccuracyFunctionalTests} can be put down to structure recognition or to the detectors. Word and
 * PDF documents are read from their sources ({@code src/test/resources/corpus-sources/}, markup removed), HTML
 * with its tags removed. Prints a table; asserts only that every unit was found in its text.
 */
class CorpusDetectorDiagnosticTests {

    private static final Path SOURCES = Path.of("src/test/resources/corpus-sources");

    @Test
    void detectorsOnHandCutUnits() throws IOException {
        ActionLineDetector lines = new ActionLineDetector(ActionLineCatalog.loadDefault());
        CountryDetector countries = new CountryDetector(Gazetteer.loadDefault());
        StringBuilder table = new StringBuilder("| document | action lines P / R / F1 | countries P / R / F1 | "
                + "missed and false finds |\n|---|---|---|---|\n");
        for (String document : CorpusAccuracyFunctionalTests.corpusDocuments()) {
            List<UnitReading> expected =
                    CorpusAccuracyFunctionalTests.expected(Path.of("corpus", document + ".expected.tsv"));
            List<String> texts = cut(text(document), expected);
            assertThat(texts).as(document).hasSameSizeAs(expected);
            List<UnitReading> found = new ArrayList<>();
            StringBuilder notes = new StringBuilder();
            for (int i = 0; i < texts.size(); i++) {
                Session session = new Session(
                        document,
                        i + 1,
                        null,
                        expected.get(i).title(),
                        null,
                        null,
                        null,
                        null,
                        StructureLayer.OUTLINE,
                        List.of(new Section("", SectionType.OTHER, texts.get(i))));
                Set<String> codes = new TreeSet<>();
                for (ActionLineMention m : lines.detect(session)) {
                    codes.add(m.actionLine());
                }
                Map<String, Integer> counts = new TreeMap<>();
                for (CountryMention m : countries.detect(session)) {
                    counts.merge(m.iso2(), 1, Integer::sum);
                }
                found.add(new UnitReading(expected.get(i).title(), codes, counts));
                notes.append(differences(i + 1, expected.get(i), found.get(i)));
            }
            AccuracyScorer.Score score = AccuracyScorer.score(expected, found);
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s |%n",
                    document,
                    prf(score.actionLines()),
                    prf(score.countries()),
                    notes.isEmpty() ? "-" : notes.toString().strip()));
        }
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-detector-diagnosis.md"), table, StandardCharsets.UTF_8);
    }

    private static String differences(int unit, UnitReading expected, UnitReading found) {
        StringBuilder out = new StringBuilder();
        Set<String> missed = new TreeSet<>(expected.actionLines());
        missed.removeAll(found.actionLines());
        Set<String> extra = new TreeSet<>(found.actionLines());
        extra.removeAll(expected.actionLines());
        Set<String> isos = new TreeSet<>(expected.countries().keySet());
        isos.addAll(found.countries().keySet());
        List<String> country = new ArrayList<>();
        for (String iso : isos) {
            int e = expected.countries().getOrDefault(iso, 0);
            int f = found.countries().getOrDefault(iso, 0);
            if (e != f) {
                country.add(iso + " " + e + "→" + f);
            }
        }
        if (!missed.isEmpty() || !extra.isEmpty() || !country.isEmpty()) {
            out.append("u").append(unit).append(": ");
            if (!missed.isEmpty()) {
                out.append("missed ").append(String.join(" ", missed)).append("; ");
            }
            if (!extra.isEmpty()) {
                out.append("false ").append(String.join(" ", extra)).append("; ");
            }
            if (!country.isEmpty()) {
                out.append(String.join(", ", country)).append("; ");
            }
        }
        return out.toString();
    }

    /** The document's words as plain text, one paragraph or heading per line. */
    private static String text(String document) throws IOException {
        String stem = document.substring(0, document.lastIndexOf('.'));
        if (document.endsWith(".docx") || document.endsWith(".pdf")) {
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(SOURCES.resolve(stem + ".txt"), StandardCharsets.UTF_8)) {
                if (line.startsWith("|")) {
                    line = String.join(
                                    "\t", line.substring(1, line.length() - 1).split("\\|"))
                            .replaceAll(" *\t *", "\t");
                }
                // The markers of both generators' sources: RenditionGenerator's ("= ", "# ", ...) and
                // LayoutDocxGenerator's paragraph kinds ("T ", "H2 ", "B ", "BL ", "I ", "R " with "|" runs).
                line = line.replaceFirst("^(?:= |~ |## |# |! |T |H[1-6] |BL |B |I )", "");
                line = line.startsWith("R ") ? line.substring(2).replace("|", "") : line;
                out.append(line.replace("<<page>>", "")).append('\n');
            }
            return out.toString();
        }
        String raw = Files.readString(Path.of("corpus", document), StandardCharsets.UTF_8);
        if (document.endsWith(".html")) {
            raw = raw.replaceAll("(?s)<head>.*?</head>", "")
                    .replaceAll("</(h\\d|p|li|tr|th|td)>", "$0\n")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&amp;", "&")
                    .replaceAll("[ \\t]+\\n", "\n");
        }
        return raw;
    }

    /** Each unit's text: from the line that holds its title to the next unit's title line; one unit = all. */
    private static List<String> cut(String text, List<UnitReading> units) {
        if (units.size() == 1) {
            return List.of(text);
        }
        List<String> lines = List.of(text.split("\n", -1));
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (UnitReading unit : units) {
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i).replaceFirst("^#+ ", "").strip();
                // A numbered title ("1. Connectivity for the last billion") is annotated without its number.
                if (line.equals(unit.title())
                        || line.replaceFirst("^\\d+[.)] ", "").equals(unit.title())) {
                    starts.add(i);
                    from = i + 1;
                    break;
                }
            }
        }
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < starts.size(); u++) {
            int end = u + 1 < starts.size() ? starts.get(u + 1) : lines.size();
            texts.add(String.join("\n", lines.subList(starts.get(u), end)));
        }
        return texts;
    }

    private static String prf(AccuracyScorer.Tally t) {
        return String.format(Locale.ROOT, "%.2f / %.2f / **%.2f**", t.precision(), t.recall(), t.f1());
    }
}
