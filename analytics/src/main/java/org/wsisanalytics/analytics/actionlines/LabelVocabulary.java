package org.wsisanalytics.analytics.actionlines;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides leniently whether a written label fits an action line: it fits when it shares one meaningful word
 * stem with the line's name, an alias or a sub-line ("Multistakeholder Governance" fits C1, "Access" fits C3,
 * "Media and Content Diversity" fits C9). Words found in the names of three or more lines ("information",
 * "ICTs") say nothing about which line is meant and are ignored.
 */
final class LabelVocabulary {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "in", "to", "for", "on", "by", "with", "at", "its", "their", "all", "use",
            "using", "through");
    private static final List<String> SUFFIXES = List.of(
            "mental", "ments", "ment", "ations", "ation", "ances", "ance", "ences", "ence", "ities", "ity", "ical",
            "ics", "ing", "ies", "al", "ic", "es", "s", "e");
    private static final Pattern E_PREFIX = Pattern.compile("(?i)\\be[-\\u2010\\u2011\\u2013]\\s*(?=\\p{L})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int GENERIC_LINES = 3;

    private final List<CatalogEntry> entries;
    private final Map<CatalogEntry, Set<String>> stems = new HashMap<>();

    LabelVocabulary(ActionLineCatalog catalog) {
        this.entries = catalog.entries();
        Map<String, Set<String>> codesByStem = new HashMap<>();
        for (CatalogEntry entry : entries) {
            for (String stem : stems(entry.text())) {
                codesByStem.computeIfAbsent(stem, s -> new HashSet<>()).add(entry.code());
            }
        }
        Set<String> generic = codesByStem.entrySet().stream()
                .filter(e -> e.getValue().size() >= GENERIC_LINES)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        for (CatalogEntry entry : entries) {
            Set<String> own = new HashSet<>(stems(entry.text()));
            own.removeAll(generic);
            stems.put(entry, own);
        }
    }

    /**
     * The catalog entry of another line that the label fits best, when the label fits none of the given
     * line's wordings; empty when it fits the line or fits no line at all (then it is not a line's name).
     */
    Optional<CatalogEntry> betterFit(String code, String label) {
        Set<String> words = stems(label);
        boolean fitsOwn = entries.stream()
                .filter(entry -> entry.code().equals(code))
                .anyMatch(entry -> overlap(entry, words) > 0);
        if (fitsOwn) {
            return Optional.empty();
        }
        CatalogEntry best = null;
        int bestOverlap = 0;
        for (CatalogEntry entry : entries) {
            int overlap = overlap(entry, words);
            if (!entry.code().equals(code) && overlap > bestOverlap) {
                best = entry;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    private int overlap(CatalogEntry entry, Set<String> words) {
        return (int) stems.get(entry).stream().filter(words::contains).count();
    }

    static Set<String> stems(String text) {
        String joined = E_PREFIX.matcher(text).replaceAll("e");
        return Arrays.stream(NON_WORD.split(joined.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .map(LabelVocabulary::stem)
                .collect(Collectors.toSet());
    }

    /** A crude suffix stripper: enough to make "governance", "government" and "governments" agree. */
    static String stem(String word) {
        if (word.endsWith("ss")) {
            return word;
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
