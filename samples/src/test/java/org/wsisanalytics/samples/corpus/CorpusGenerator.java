package org.wsisanalytics.samples.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes N distinct summary documents derived from the text sample, for benchmarks and scale tests.
 * Each document gets its own event title and dates, swaps some of the countries the sample names for
 * other countries of the same UN sub-region (taken from the analytics gazetteer), reorders its
 * sessions and drops a few, and is laid out with or without the facilitators table and with plain or
 * Markdown headings. The output depends only on the seed, so a corpus can be rebuilt exactly.
 *
 * <p>Not a test: run it through {@code samples/bench/make-corpus.sh N DIR [SEED]}.
 */
public final class CorpusGenerator {

    static final Path SAMPLE = Path.of("samples", "documents", "wsis20-hltf-summaries-2025.txt");
    private static final String COUNTRIES = "/org/wsisanalytics/analytics/countries/countries.tsv";
    private static final String EVENT = "WSIS+20 High-Level Event 2025";
    private static final String SESSION_START = "Leaders TalkX:";
    private static final List<String> EVENTS = List.of(
            "WSIS Forum %d",
            "WSIS+20 High-Level Event %d",
            "WSIS+20 Regional Review for Africa %d",
            "WSIS+20 Regional Review for the Arab States %d",
            "WSIS+20 Regional Review for Asia and the Pacific %d",
            "WSIS+20 Regional Review for Latin America %d",
            "WSIS Stocktaking Workshop %d",
            "WSIS Action Line Facilitators Meeting %d");
    private static final List<String> MONTHS = List.of("March", "April", "May", "June", "July", "September");
    /** Names that other names contain, or that double as ordinary words or personal names: never swapped in or out. */
    private static final Pattern AMBIGUOUS = Pattern.compile(".*[(),].*|Niger|Guinea|Sudan|Dominica|India|Mali|Oman"
            + "|Georgia|Jordan|Chad|Congo|Samoa|Korea|Ireland|Macao|Turkey|Jersey|Chile|Togo|Peru|Cuba");

    private final String sample;
    private final Map<String, List<String>> neighbours;
    private final List<String> swappable;

    CorpusGenerator(String sample, Map<String, String> subregionByCountry) {
        this.sample = sample;
        Map<String, List<String>> bySubregion = new LinkedHashMap<>();
        subregionByCountry.forEach((name, sub) -> {
            if (!AMBIGUOUS.matcher(name).matches()
                    && subregionByCountry.keySet().stream()
                            .noneMatch(
                                    other -> !other.equals(name) && (other.contains(name) || name.contains(other)))) {
                bySubregion.computeIfAbsent(sub, k -> new ArrayList<>()).add(name);
            }
        });
        this.neighbours = new LinkedHashMap<>();
        bySubregion.values().forEach(names -> names.forEach(n -> neighbours.put(n, names)));
        this.swappable = neighbours.keySet().stream()
                .filter(n -> neighbours.get(n).size() > 1
                        && wordPattern(n).matcher(sample).find())
                .toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: CorpusGenerator N DIR [SEED] [SAMPLE]");
            System.exit(1);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20250711L;
        Path samplePath = args.length > 3 ? Path.of(args[3]) : SAMPLE;
        CorpusGenerator generator =
                new CorpusGenerator(Files.readString(samplePath, StandardCharsets.UTF_8), gazetteer());
        List<Path> written = generator.write(count, dir, seed);
        System.out.println(written.size() + " documents written to " + dir);
    }

    /** Writes a corpus from the sample, found from the repository root or the samples module's folder. */
    public static List<Path> writeCorpus(int count, Path dir, long seed) throws IOException {
        Path sample = Files.exists(SAMPLE) ? SAMPLE : SAMPLE.subpath(1, SAMPLE.getNameCount());
        return new CorpusGenerator(Files.readString(sample, StandardCharsets.UTF_8), gazetteer())
                .write(count, dir, seed);
    }

    /** Writes count distinct documents into dir (created if needed) and returns their paths. */
    List<Path> write(int count, Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Path> written = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Variant variant;
            do {
                variant = document(random);
            } while (!seen.add(variant.text()));
            Path file = dir.resolve(String.format("summaries-%04d-%s.txt", i, slug(variant.event())));
            Files.writeString(file, variant.text(), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** One document: its event name and its text. */
    record Variant(String event, String text) {}

    Variant document(Random random) {
        String event = String.format(EVENTS.get(random.nextInt(EVENTS.size())), 2019 + random.nextInt(8));
        List<String> lines = List.of(sample.split("\n", -1));
        int first = sessionStart(lines, 0);
        List<List<String>> sessions = new ArrayList<>();
        for (int start = first; start < lines.size(); ) {
            int next = sessionStart(lines, start + 1);
            sessions.add(lines.subList(start, next));
            start = next;
        }
        Collections.shuffle(sessions, random);
        int keep = sessions.size() - random.nextInt(4);
        boolean table = random.nextInt(3) > 0;
        boolean markdown = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        preamble(lines.subList(0, first), table).forEach(l -> text.append(l).append('\n'));
        for (List<String> session : sessions.subList(0, keep)) {
            for (int i = 0; i < session.size(); i++) {
                text.append(markdown ? heading(session, i) : session.get(i)).append('\n');
            }
        }
        String body = text.toString()
                .replace(EVENT, event)
                .replace(
                        "7 — 11 July 2025",
                        (1 + random.nextInt(20)) + " — " + (22 + random.nextInt(6)) + " "
                                + MONTHS.get(random.nextInt(MONTHS.size())) + " "
                                + event.substring(event.length() - 4));
        return new Variant(event, swapCountries(body, random));
    }

    private static int sessionStart(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(SESSION_START)) {
                return i;
            }
        }
        return lines.size();
    }

    /** The cover and contents; without the facilitators table when table is false. */
    private static List<String> preamble(List<String> lines, boolean table) {
        if (table) {
            return lines;
        }
        List<String> kept = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            inTable |= line.startsWith("Moderation: High-level Track Facilitators");
            if (!inTable) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** Session titles as "# " and stand-alone short lines (section headings) as "## " headings. */
    private static String heading(List<String> session, int i) {
        String line = session.get(i);
        if (i == 0) {
            return "# " + line;
        }
        boolean alone = i + 1 < session.size()
                && session.get(i - 1).isBlank()
                && session.get(i + 1).isBlank();
        String t = line.strip();
        boolean headingLike = alone
                && !t.isEmpty()
                && t.length() < 60
                && Character.isUpperCase(t.charAt(0))
                && !t.matches(".*[.:;,]$")
                && !t.startsWith("Executive Summary")
                && !t.equals("DRAFT")
                && !t.startsWith("WSIS")
                && !t.contains("Summaries from");
        return headingLike ? "## " + t : line;
    }

    /** Replaces two to five of the sample's countries, each everywhere, by a neighbour of the same sub-region. */
    private String swapCountries(String text, Random random) {
        List<String> candidates = new ArrayList<>(swappable);
        Collections.shuffle(candidates, random);
        String result = text;
        for (String from : candidates.subList(0, Math.min(candidates.size(), 2 + random.nextInt(4)))) {
            List<String> options =
                    neighbours.get(from).stream().filter(n -> !n.equals(from)).toList();
            String to = options.get(random.nextInt(options.size()));
            result = wordPattern(from).matcher(result).replaceAll(Matcher.quoteReplacement(to));
        }
        return result;
    }

    private static Pattern wordPattern(String name) {
        return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name) + "(?![\\p{L}-])");
    }

    /** Country name to UN M49 sub-region, from the analytics gazetteer. */
    static Map<String, String> gazetteer() throws IOException {
        Map<String, String> subregions = new LinkedHashMap<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IOException(COUNTRIES + " is not on the class path; put analytics/target/classes on it.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t", -1);
                if (!line.startsWith("#") && columns.length >= 5 && !columns[4].isBlank()) {
                    subregions.put(columns[2], columns[4]);
                }
            }
        }
        return subregions;
    }

    private static String slug(String event) {
        return event.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
