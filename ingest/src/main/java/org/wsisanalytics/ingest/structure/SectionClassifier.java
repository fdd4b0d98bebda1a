package org.wsisanalytics.ingest.structure;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.wsisanalytics.model.SectionType;

/**
 * Decides which canonical {@link SectionType}s a heading stands for, by the keyword rules of
 * {@code section-types.txt} (the file explains the format and the order of precedence).
 */
public final class SectionClassifier {

    private static final int MAX_SECTION_NAME_WORDS = 6;
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Types in order of precedence, each with its patterns. */
    private final Map<SectionType, List<Pattern>> rules;

    private SectionClassifier(Map<SectionType, List<Pattern>> rules) {
        this.rules = rules;
    }

    /** The rules bundled with the module. */
    public static SectionClassifier bundled() {
        return of(DataFile.entries("section-types.txt"), "section-types.txt");
    }

    /** Rules from a user's file in the same format, e.g. for a differently organised event. */
    public static SectionClassifier read(Reader reader, String origin) throws IOException {
        return of(DataFile.entries(reader), origin);
    }

    private static SectionClassifier of(List<String> entries, String origin) {
        Map<SectionType, List<Pattern>> rules = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(origin + ": rule '" + entry + "' has no 'TYPE:' in front");
            }
            try {
                SectionType type = SectionType.valueOf(entry.substring(0, colon).strip());
                Pattern pattern = Pattern.compile(entry.substring(colon + 1).strip());
                rules.computeIfAbsent(type, key -> new ArrayList<>()).add(pattern);
            } catch (IllegalArgumentException e) { // also PatternSyntaxException
                String what = e instanceof PatternSyntaxException ? "an invalid pattern" : "an unknown section type";
                throw new IllegalArgumentException(origin + ": rule '" + entry + "' has " + what, e);
            }
        }
        return new SectionClassifier(rules);
    }

    /** The section's type: the matching type of highest precedence, or OTHER. */
    public SectionType classify(String heading) {
        List<SectionType> types = types(heading);
        return types.isEmpty() ? SectionType.OTHER : types.get(0);
    }

    /**
     * The line is a section's name: short ("Key challenges", "Achievements of 20 years of WSIS") and
     * read by a rule. A longer heading that uses such a word ("Opportunities and risks of AI for small
     * island states") is a title.
     */
    public boolean isSectionName(String line) {
        return HeadingDetector.words(line).size() <= MAX_SECTION_NAME_WORDS
                && !types(line).isEmpty();
    }

    /** Every type the heading stands for, in order of precedence; empty when none. */
    public List<SectionType> types(String heading) {
        String normalised = normalise(heading);
        List<SectionType> types = new ArrayList<>();
        rules.forEach((type, patterns) -> {
            if (patterns.stream()
                    .anyMatch(pattern -> pattern.matcher(normalised).find())) {
                types.add(type);
            }
        });
        return types;
    }

    static String normalise(String heading) {
        String text = heading.toLowerCase(Locale.ROOT).replace("&", " and ");
        return PUNCTUATION.matcher(text).replaceAll(" ").strip();
    }
}
