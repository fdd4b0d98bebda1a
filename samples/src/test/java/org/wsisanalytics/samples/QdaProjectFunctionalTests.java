package org.wsisanalytics.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wsisanalytics.model.CountryMentionKind;

/**
 * Runs the job on the bundled sample twice, in two work folders, and reads the REFI-QDA project back as an
 * importing tool would: every selection cuts its mention's words out of the session's source, the selections per
 * code agree with the CSV exports, and the two runs wrote the same bytes.
 */
class QdaProjectFunctionalTests {

    private static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    static Path work;

    private static Path runFolder;
    private static Path otherRunFolder;
    private static Map<String, byte[]> entries;
    private static Document project;
    private static Map<String, Element> codes;

    @BeforeAll
    static void runTwiceInTwoFolders() throws Exception {
        runFolder = run(work.resolve("first"));
        otherRunFolder = run(work.resolve("second/elsewhere"));
        entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(runFolder.resolve("wsis-analytics.qdpx").toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        project = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("project.qde")));
        codes = new HashMap<>();
        all("Code").forEach(code -> codes.put(code.getAttribute("guid"), code));
    }

    private static Path run(Path folder) throws IOException {
        JobRun job = new JobRun(folder);
        assertThat(job.run("--run-date=2025-07-11")).isZero();
        try (Stream<Path> runs = Files.list(job.output())) {
            return runs.filter(p -> p.getFileName().toString().startsWith("2025-07-11-"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void theSameRunInAnotherFolderGivesTheSameBytes() throws IOException {
        // The run ids differ (they include where the inputs were read from); the project does not name them.
        assertThat(Files.readAllBytes(otherRunFolder.resolve("wsis-analytics.qdpx")))
                .isEqualTo(Files.readAllBytes(runFolder.resolve("wsis-analytics.qdpx")));
        assertThat(Files.readString(runFolder.resolve("manifest.json"))).contains("\"wsis-analytics.qdpx\"");
    }

    @Test
    void holdsElevenActionLineCodesAndOneCaseAndSourcePerSession() {
        Element actionLines = all("Code").stream()
                .filter(c -> c.getAttribute("name").equals("WSIS Action Lines"))
                .findFirst()
                .orElseThrow();
        List<String> lines = children(actionLines, "Code").stream()
                .map(c -> c.getAttribute("name"))
                .toList();
        assertThat(lines)
                .hasSize(11)
                .startsWith(
                        "C1 The role of public governance authorities and all stakeholders"
                                + " in the promotion of ICTs for development",
                        "C2 Information and communication infrastructure");
        Element c7 = children(actionLines, "Code").get(6);
        assertThat(children(c7, "Code"))
                .hasSize(8)
                .first()
                .extracting(c -> c.getAttribute("name"))
                .isEqualTo("C7 E-government");
        assertThat(all("Case")).hasSize(13);
        assertThat(all("TextSource")).hasSize(13);
        assertThat(entries.keySet().stream().filter(name -> name.startsWith("Sources/")))
                .hasSize(13);
    }

    @Test
    void selectionsPerCodeAgreeWithTheCsvExports() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        count(expected, Outputs.csv(runFolder.resolve("data/action_line_mentions.csv")), r -> r.get("action_line"));
        count(expected, Outputs.csv(runFolder.resolve("data/action_line_names.csv")), r -> "Named only");
        // Countries are coded where they count (a name or a demonym), as in the rankings.
        count(expected, counted(Outputs.csv(runFolder.resolve("data/country_mentions.csv"))), r -> r.get("country"));
        for (CSVRecord row : Outputs.csv(runFolder.resolve("data/themes.csv"))) {
            expected.merge(row.get("theme"), Integer.parseInt(row.get("mentions")), Integer::sum);
        }
        Map<String, Integer> coded = new TreeMap<>();
        for (Element selection : all("PlainTextSelection")) {
            String name = codeOf(selection).getAttribute("name");
            // Action-line codes are named "C3 Access to information and knowledge"; the CSV says "C3".
            coded.merge(name.matches("C\\d+ .*") ? name.substring(0, name.indexOf(' ')) : name, 1, Integer::sum);
        }
        assertThat(coded).isEqualTo(expected);
        assertThat(coded.keySet().stream().filter(k -> k.matches("C\\d+")))
                .as("lines the sample refers to")
                .hasSizeGreaterThan(5);
        assertThat(String.join(
                        " ",
                        all("Description").stream().map(Element::getTextContent).toList()))
                .doesNotContain("could not be placed");
    }

    @Test
    void everySelectionCutsExactlyTheMentionsWordsOutOfItsSource() throws IOException {
        Map<String, List<String>> selected = new TreeMap<>();
        for (Element selection : all("PlainTextSelection")) {
            Element source = (Element) selection.getParentNode();
            String text = new String(
                    entries.get(
                            "Sources/" + source.getAttribute("plainTextPath").substring("internal://".length())),
                    StandardCharsets.UTF_8);
            String words = text.substring(
                    text.offsetByCodePoints(0, position(selection, "startPosition")),
                    text.offsetByCodePoints(0, position(selection, "endPosition")));
            String kind = kind(codeOf(selection));
            selected.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(kind.equals("country") ? words.replaceAll("(?U)\\s+", " ") : words);
        }
        assertThat(sorted(selected.get("action line"))).isEqualTo(sorted(column("action_line_mentions", "notation")));
        assertThat(sorted(selected.get("named only"))).isEqualTo(sorted(column("action_line_names", "phrase")));
        assertThat(sorted(selected.get("country")))
                .isEqualTo(sorted(counted(Outputs.csv(runFolder.resolve("data/country_mentions.csv"))).stream()
                        .map(r -> r.get("surface"))
                        .toList()));
        assertThat(selected.get("theme"))
                .hasSize(Outputs.csv(runFolder.resolve("data/themes.csv")).stream()
                        .mapToInt(r -> Integer.parseInt(r.get("mentions")))
                        .sum());
    }

    private static String kind(Element code) {
        Element parent = (Element) code.getParentNode();
        Element top = code;
        while (parent.getLocalName().equals("Code")) {
            top = parent;
            parent = (Element) parent.getParentNode();
        }
        return switch (top.getAttribute("name")) {
            case "WSIS Action Lines" -> "action line";
            case "Named only" -> "named only";
            case "Countries" -> "country";
            default -> "theme";
        };
    }

    private List<String> column(String file, String column) throws IOException {
        return Outputs.csv(runFolder.resolve("data/" + file + ".csv")).stream()
                .map(r -> r.get(column))
                .toList();
    }

    /** The country mentions that count (a name or a demonym): the ones coded, as in the rankings. */
    private static List<CSVRecord> counted(List<CSVRecord> countryMentions) {
        return countryMentions.stream()
                .filter(r -> CountryMentionKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT))
                        .counted())
                .toList();
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values == null ? List.of() : values);
        copy.sort(null);
        return copy;
    }

    private static void count(Map<String, Integer> counts, List<CSVRecord> rows, Function<CSVRecord, String> key) {
        rows.forEach(row -> counts.merge(key.apply(row), 1, Integer::sum));
    }

    private static int position(Element selection, String attribute) {
        return Integer.parseInt(selection.getAttribute(attribute));
    }

    private static Element codeOf(Element selection) {
        Element coding = children(selection, "Coding").get(0);
        return codes.get(children(coding, "CodeRef").get(0).getAttribute("targetGUID"));
    }

    private static List<Element> all(String name) {
        NodeList nodes = project.getElementsByTagNameNS(NS, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
