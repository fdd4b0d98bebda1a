package org.wsisanalytics.analytics.messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.SectionType;

/**
 * The weights by which key messages are ranked, read from {@code key-message-parts.tsv}: section types that are
 * message parts, heading cues that make a section one (or add to its weight), sentence cues that state a message.
 */
public final class KeyMessageParts {

    private static final String RESOURCE = "key-message-parts.tsv";

    private final Map<SectionType, Integer> sections;
    private final List<Cue> headings;
    private final List<Cue> sentences;

    private record Cue(Pattern pattern, int weight) {}

    private KeyMessageParts(Map<SectionType, Integer> sections, List<Cue> headings, List<Cue> sentences) {
        this.sections = Map.copyOf(sections);
        this.headings = List.copyOf(headings);
        this.sentences = List.copyOf(sentences);
    }

    /** The bundled weights. */
    public static KeyMessageParts loadDefault() {
        return parse(
                ReferenceFile.bundled(KeyMessageParts.class, RESOURCE, "key-message parts from '" + RESOURCE + "'"));
    }

    static KeyMessageParts parse(ReferenceFile file) {
        Map<SectionType, Integer> sections = new EnumMap<>(SectionType.class);
        List<Cue> headings = new ArrayList<>();
        List<Cue> sentences = new ArrayList<>();
        for (ReferenceFile.Row row : file.rows()) {
            String[] cells = row.text().split("\t");
            if (cells.length != 3) {
                throw bad(file, row, "expected where<TAB>what<TAB>weight");
            }
            int weight;
            try {
                weight = Integer.parseInt(cells[2].strip());
            } catch (NumberFormatException e) {
                throw bad(file, row, "the weight '" + cells[2] + "' is not a whole number");
            }
            if (weight < 1) {
                throw bad(file, row, "the weight must be at least 1");
            }
            switch (cells[0]) {
                case "section" -> {
                    try {
                        sections.put(SectionType.valueOf(cells[1].strip()), weight);
                    } catch (IllegalArgumentException e) {
                        throw bad(file, row, "'" + cells[1] + "' is not a section type");
                    }
                }
                case "heading" -> headings.add(new Cue(words(file, row, cells[1]), weight));
                case "sentence" -> sentences.add(new Cue(words(file, row, cells[1]), weight));
                default -> throw bad(file, row, "'" + cells[0] + "' is not section, heading or sentence");
            }
        }
        return new KeyMessageParts(sections, headings, sentences);
    }

    /** How much a section says it matters: 0 when it is no message part. */
    int sectionWeight(SectionType type, String heading) {
        return sections.getOrDefault(type, 0) + weight(headings, heading);
    }

    /** How strongly a sentence's own words state a message. */
    int sentenceWeight(String sentence) {
        return weight(sentences, sentence);
    }

    private static int weight(List<Cue> cues, String text) {
        int weight = 0;
        for (Cue cue : cues) {
            if (cue.pattern().matcher(text).find()) {
                weight += cue.weight();
            }
        }
        return weight;
    }

    private static Pattern words(ReferenceFile file, ReferenceFile.Row row, String cue) {
        try {
            return Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + cue.strip() + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw bad(file, row, "'" + cue + "' is not a regular expression (" + e.getDescription() + ")");
        }
    }

    private static IllegalArgumentException bad(ReferenceFile file, ReferenceFile.Row row, String what) {
        return new IllegalArgumentException(
                "Cannot read " + file.subject() + ", line " + row.line() + ": " + what + ".");
    }
}
