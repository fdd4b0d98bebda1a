package org.wsisanalytics.analytics.countries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.wsisanalytics.model.Country;

/**
 * Countries and the forms that refer to them, from the reference files in this package's resources:
 * {@code countries.tsv} (ISO 3166-1 codes, English names, UN M49 regions), {@code aliases.tsv} (short and
 * alternative names, demonyms, blocked phrases), {@code ldc.tsv}, {@code lldc.tsv}, {@code sids.tsv} (UN
 * country groups), {@code org-head-words.txt}, {@code honorifics.txt}, {@code language-words.tsv} and
 * {@code past-period-words.tsv} (context words of the detector).
 * Immutable and safe to share between threads.
 */
public final class Gazetteer {

    private final Map<String, Country> countries;
    private final List<Country> sorted;
    private final List<Alias> aliases;
    private final AliasTrie trie;
    private final Set<String> orgHeads;
    private final Set<String> honorifics;
    private final Map<String, Set<String>> languageWords;
    private final List<List<String>> pastPeriods;

    private Gazetteer(Map<String, Country> countries, Map<String, Alias> byFoldedForm) {
        this.countries = Map.copyOf(countries);
        this.sorted = countries.values().stream()
                .sorted(Comparator.comparing(Country::iso2))
                .toList();
        List<String> forms = new ArrayList<>();
        List<Alias> found = new ArrayList<>();
        byFoldedForm.forEach((form, alias) -> {
            forms.add(form);
            found.add(alias);
        });
        // Headings written in capitals ("SOUTH AFRICA'S ROADMAP") still name countries; a capitalised form
        // given explicitly keeps its own meaning.
        byFoldedForm.forEach((form, alias) -> {
            String capitals = form.toUpperCase(Locale.ROOT);
            if (!capitals.equals(form) && !byFoldedForm.containsKey(capitals)) {
                forms.add(capitals);
                found.add(alias);
            }
        });
        this.aliases = List.copyOf(found);
        this.trie = AliasTrie.of(forms);
        this.orgHeads = GazetteerReader.words(GazetteerReader.ORG_HEADS, true);
        this.honorifics = GazetteerReader.words(GazetteerReader.HONORIFICS, false);
        this.languageWords = GazetteerReader.languageWords();
        this.pastPeriods = GazetteerReader.phrases(GazetteerReader.PAST_PERIOD_WORDS);
    }

    /** The bundled reference data. */
    public static Gazetteer loadDefault() {
        return Default.INSTANCE;
    }

    /**
     * The bundled reference data plus a user's aliases file in the format of {@code aliases.tsv}; a form that
     * the user's file repeats is taken from it.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Gazetteer load(Path aliasesFile) {
        Objects.requireNonNull(aliasesFile, "aliasesFile");
        Map<String, Country> countries = GazetteerReader.countries();
        Map<String, Alias> aliases = GazetteerReader.defaultAliases(countries);
        GazetteerReader.addUserAliases(aliases, GazetteerReader.userAliases(aliasesFile), countries);
        return new Gazetteer(countries, aliases);
    }

    /** All countries and territories, by ISO code. */
    public List<Country> countries() {
        return sorted;
    }

    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : countries.get(iso2.toUpperCase(Locale.ROOT)));
    }

    Country require(String iso2) {
        return byIso2(iso2)
                .orElseThrow(() -> new IllegalArgumentException("Country '" + iso2
                        + "' is not in the gazetteer; mentions and gazetteer must come from the same reference data."));
    }

    AliasTrie trie() {
        return trie;
    }

    Alias alias(int index) {
        return aliases.get(index);
    }

    /** Whether the word, in any case, heads an organisation's name ("Commission"). */
    boolean isOrgHead(String word) {
        return orgHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, without a final full stop, is a title before a person's name ("Mr", "H.E"). */
    boolean isHonorific(String word) {
        return honorifics.contains(word);
    }

    /**
     * Whether the word, in any case, is a language word of {@code language-words.tsv} of the given kind: "after"
     * ("interpretation"), "before" ("into") or "then" ("only").
     */
    boolean isLanguageWord(String kind, String word) {
        return languageWords.get(kind).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The phrases of {@code past-period-words.tsv}, each as its lower-case words ("colonial", "rule"): nouns of a
     * past period or past rule.
     */
    List<List<String>> pastPeriods() {
        return pastPeriods;
    }

    private static final class Default {
        static final Gazetteer INSTANCE = create();

        private static Gazetteer create() {
            Map<String, Country> countries = GazetteerReader.countries();
            return new Gazetteer(countries, GazetteerReader.defaultAliases(countries));
        }
    }
}
