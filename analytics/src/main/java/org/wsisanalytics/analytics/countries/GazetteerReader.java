package org.wsisanalytics.analytics.countries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.Country;

/** Reads the reference files of the gazetteer and checks them against each other. */
final class GazetteerReader {

    static final String COUNTRIES = "countries.tsv";
    static final String ALIASES = "aliases.tsv";
    static final Map<String, String> GROUP_FILES = Map.of("LDC", "ldc.tsv", "LLDC", "lldc.tsv", "SIDS", "sids.tsv");
    static final String ORG_HEADS = "org-head-words.txt";
    static final String HONORIFICS = "honorifics.txt";
    static final String LANGUAGE_WORDS = "language-words.tsv";
    static final String PAST_PERIOD_WORDS = "past-period-words.tsv";

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final String ALIAS_COLUMNS = "iso2, kind, forms separated by ' | '";

    private GazetteerReader() {}

    /** A user's aliases file in the format of {@value #ALIASES}. */
    static ReferenceFile userAliases(Path file) {
        return ReferenceFile.parse("'" + file + "'", ReferenceFile.readText(file, "the aliases file '" + file + "'"));
    }

    private static ReferenceFile bundled(String name) {
        return ReferenceFile.bundled(GazetteerReader.class, name, "'" + name + "'");
    }

    /** The first {@code count} columns are read; further ones are notes (the group files' names and status). */
    private static List<String> columns(ReferenceFile file, ReferenceFile.Row row, int count, String names) {
        return file.columns(row, count, Integer.MAX_VALUE, count + " tab-separated columns (" + names + ")");
    }

    static Map<String, Country> countries() {
        ReferenceFile file = bundled(COUNTRIES);
        Map<String, Set<String>> groups = groups();
        Map<String, Country> countries = new TreeMap<>();
        for (ReferenceFile.Row row : file.rows()) {
            List<String> c = columns(file, row, 5, "iso2, m49, name, region, subregion, intermediate");
            String iso2 = c.get(0);
            if (!ISO2.matcher(iso2).matches() || countries.containsKey(iso2)) {
                throw file.error(row, "'" + iso2 + "' is not a new ISO 3166-1 alpha-2 code.");
            }
            countries.put(iso2, new Country(iso2, c.get(2), c.get(3), c.get(4), groups.getOrDefault(iso2, Set.of())));
        }
        for (String iso2 : groups.keySet()) {
            if (!countries.containsKey(iso2)) {
                throw new IllegalStateException("A group file lists '" + iso2 + "', which is not in " + COUNTRIES);
            }
        }
        return countries;
    }

    private static Map<String, Set<String>> groups() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Map.Entry<String, String> group : new TreeMap<>(GROUP_FILES).entrySet()) {
            ReferenceFile file = bundled(group.getValue());
            for (ReferenceFile.Row row : file.rows()) {
                String iso2 = columns(file, row, 2, "iso2, name").get(0);
                if (!ISO2.matcher(iso2).matches()) {
                    throw file.error(row, "'" + iso2 + "' is not an ISO 3166-1 alpha-2 code.");
                }
                groups.computeIfAbsent(iso2, k -> new TreeSet<>()).add(group.getKey());
            }
        }
        return groups;
    }

    /** Every country's name from countries.tsv plus the curated aliases, keyed by folded form. */
    static Map<String, Alias> defaultAliases(Map<String, Country> countries) {
        Map<String, Alias> aliases = new LinkedHashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Country country : countries.values()) {
            put(aliases, origins, new Alias(country.name(), country.iso2(), Alias.Kind.NAME), COUNTRIES, null);
        }
        ReferenceFile file = bundled(ALIASES);
        for (Alias alias : aliases(file, countries)) {
            put(aliases, origins, alias, ALIASES, file);
        }
        return aliases;
    }

    /** A user's aliases: each replaces a default alias of the same form. */
    static void addUserAliases(Map<String, Alias> aliases, ReferenceFile file, Map<String, Country> countries) {
        Map<String, Alias> own = new HashMap<>();
        for (Alias alias : aliases(file, countries)) {
            String key = FoldedText.fold(alias.form());
            Alias previous = own.put(key, alias);
            if (previous != null && !same(previous, alias)) {
                throw file.error("the form '" + alias.form() + "' is given twice, for " + target(previous) + " and for "
                        + target(alias) + "; keep one of the two lines.");
            }
            aliases.put(key, alias);
        }
    }

    private static List<Alias> aliases(ReferenceFile file, Map<String, Country> countries) {
        List<Alias> aliases = new ArrayList<>();
        for (ReferenceFile.Row row : file.rows()) {
            List<String> c = columns(file, row, 3, ALIAS_COLUMNS);
            Alias.Kind kind = Alias.Kind.fromLabel(c.get(1));
            if (kind == null) {
                throw file.error(row, "kind '" + c.get(1) + "' is not one of name, demonym, block.");
            }
            String iso2 = null;
            if (kind == Alias.Kind.BLOCK) {
                if (!c.get(0).equals("-")) {
                    throw file.error(row, "a 'block' line has '-' as its code, not '" + c.get(0) + "'.");
                }
            } else if (!countries.containsKey(c.get(0))) {
                throw file.error(
                        row,
                        "'" + c.get(0) + "' is not a country code of " + COUNTRIES
                                + "; use an ISO 3166-1 alpha-2 code such as 'KE' (or '-' with kind 'block').");
            } else {
                iso2 = c.get(0);
            }
            for (String form : c.get(2).split("\\|")) {
                String written = form.strip();
                // "former Yugoslav Republic of Macedonia" may open in lower case; a form needs a capital somewhere.
                if (written.isEmpty() || written.codePoints().noneMatch(Character::isUpperCase)) {
                    throw file.error(
                            row,
                            "the form '" + written + "' has no capital letter: matching is "
                                    + "case-sensitive and only capitalised words are countries.");
                }
                aliases.add(new Alias(written, iso2, kind));
            }
        }
        return aliases;
    }

    private static void put(
            Map<String, Alias> aliases, Map<String, String> origins, Alias alias, String source, ReferenceFile file) {
        String key = FoldedText.fold(alias.form());
        Alias previous = aliases.get(key);
        if (previous == null) {
            aliases.put(key, alias);
            origins.put(key, source);
        } else if (!Objects.equals(previous.iso2(), alias.iso2())) {
            throw new IllegalStateException("The reference data is inconsistent: '" + alias.form() + "' in "
                    + source + " is " + target(alias) + " but '" + previous.form() + "' in " + origins.get(key)
                    + " is " + target(previous) + ".");
        }
    }

    private static boolean same(Alias a, Alias b) {
        return Objects.equals(a.iso2(), b.iso2()) && a.kind() == b.kind();
    }

    private static String target(Alias alias) {
        return alias.blocked()
                ? "a blocked phrase"
                : alias.iso2() + " (" + alias.kind().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** One phrase per line, lower-cased, its words split at white space ("colonial rule" is two words). */
    static List<List<String>> phrases(String resource) {
        ReferenceFile file = bundled(resource);
        List<List<String>> phrases = new ArrayList<>();
        for (ReferenceFile.Row row : file.rows()) {
            String phrase = columns(file, row, 1, "one phrase").get(0).strip().toLowerCase(Locale.ROOT);
            phrases.add(List.of(phrase.split("\\s+")));
        }
        return List.copyOf(phrases);
    }

    /** One word per line; lower-cased when {@code ignoreCase}. */
    static Set<String> words(String resource, boolean ignoreCase) {
        ReferenceFile file = bundled(resource);
        Set<String> words = new HashSet<>();
        for (ReferenceFile.Row row : file.rows()) {
            String word = columns(file, row, 1, "one word").get(0);
            words.add(ignoreCase ? word.toLowerCase(Locale.ROOT) : word);
        }
        return Set.copyOf(words);
    }

    /** The words of {@value #LANGUAGE_WORDS}, lower-cased, by kind ("after", "before", "then"). */
    static Map<String, Set<String>> languageWords() {
        ReferenceFile file = bundled(LANGUAGE_WORDS);
        Map<String, Set<String>> words = new HashMap<>();
        for (String kind : List.of("after", "before", "then")) {
            words.put(kind, new HashSet<>());
        }
        for (ReferenceFile.Row row : file.rows()) {
            List<String> c = columns(file, row, 2, "kind, word");
            Set<String> kind = words.get(c.get(0));
            if (kind == null) {
                throw file.error(row, "kind '" + c.get(0) + "' is not one of after, before, then.");
            }
            kind.add(c.get(1).toLowerCase(Locale.ROOT));
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        words.forEach((kind, set) -> frozen.put(kind, Set.copyOf(set)));
        return Map.copyOf(frozen);
    }
}
