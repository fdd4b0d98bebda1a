package org.wsisanalytics.ingest.structure;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** People's names as documents write them: honorifics removed, compared regardless of case and accents. */
final class PersonNames {

    private static final int LONGEST_HONORIFIC_WORDS = 3;

    private final Set<String> honorifics;

    PersonNames(List<String> honorifics) {
        this.honorifics = new HashSet<>();
        honorifics.forEach(form -> this.honorifics.add(key(form)));
    }

    static PersonNames bundled() {
        return new PersonNames(DataFile.entries("honorifics.txt"));
    }

    /** "H.E. Mr. Solly Malatsi" -> "Solly Malatsi"; the name itself is kept as written. */
    String withoutHonorifics(String name) {
        List<String> words = Arrays.asList(name.strip().split("\\s+"));
        int start = 0;
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int n = Math.min(LONGEST_HONORIFIC_WORDS, words.size() - start - 1); n >= 1; n--) {
                if (honorifics.contains(key(String.join(" ", words.subList(start, start + n))))) {
                    start += n;
                    removed = true;
                    break;
                }
            }
        }
        return String.join(" ", words.subList(start, words.size()));
    }

    /**
     * Whether two spellings name the same person: case, accents, full stops and middle initials are
     * ignored ("Lucien CASTEX" = "Lucien Castex", "Lori S. Schulman" = "Lori Schulman").
     */
    boolean sameName(String a, String b) {
        return comparable(withoutHonorifics(a)).equals(comparable(withoutHonorifics(b)));
    }

    private static String comparable(String name) {
        return Arrays.stream(foldAccents(name).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 1)
                .collect(Collectors.joining(" "));
    }

    static String foldAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static String key(String form) {
        return form.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
