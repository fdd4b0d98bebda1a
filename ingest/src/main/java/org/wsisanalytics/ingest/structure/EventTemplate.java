package org.wsisanalytics.ingest.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.wsisanalytics.model.SectionType;

/**
 * A known family of documents and how it marks its sessions, read from a data file in
 * {@code templates/} (see {@code hltf-summaries.txt} for the format). A new template is a new file,
 * not new code.
 *
 * @param name how findings name the template
 * @param titlePrefix found at the start of a session's title line; removed from the title
 * @param byline matches a whole by-line under a title; group 1 is the facilitator's name
 * @param standardSections the section types every session of the template should have, in the template's order
 * @param linksSection the section type that lists a session's action lines
 * @param table the header words of the template's facilitators table
 */
record EventTemplate(
        String name,
        Pattern titlePrefix,
        Pattern byline,
        List<SectionType> standardSections,
        SectionType linksSection,
        TableHeaders table) {

    private static final String INDEX = "templates/templates.txt";

    EventTemplate {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a template needs a name");
        }
        Objects.requireNonNull(titlePrefix, "titlePrefix");
        Objects.requireNonNull(byline, "byline");
        standardSections = List.copyOf(standardSections);
        Objects.requireNonNull(linksSection, "linksSection");
        Objects.requireNonNull(table, "table");
    }

    /** The templates bundled with the module, in the order they are tried. */
    static List<EventTemplate> bundled() {
        return DataFile.entries(INDEX).stream()
                .map(file -> parse(DataFile.entries("templates/" + file), "templates/" + file))
                .toList();
    }

    static EventTemplate parse(List<String> entries, String origin) {
        Map<String, String> values = new HashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(origin + ": line '" + entry + "' is not 'key: value'");
            }
            values.put(
                    entry.substring(0, colon).strip(),
                    entry.substring(colon + 1).strip());
        }
        Values read = new Values(values, origin);
        return new EventTemplate(
                read.text("name"),
                read.pattern("title-prefix"),
                read.pattern("byline"),
                read.types("standard-sections"),
                read.types("links-section").get(0),
                new TableHeaders(
                        read.words("table-session"),
                        read.words("table-name"),
                        read.words("table-title"),
                        read.words("table-organization")));
    }

    /** A template file's values, each failure naming the file and the key. */
    private record Values(Map<String, String> values, String origin) {

        String text(String key) {
            String value = values.get(key);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException(origin + ": '" + key + "' is missing");
            }
            return value;
        }

        Pattern pattern(String key) {
            try {
                return Pattern.compile(text(key));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ": '" + key + "' is not a valid pattern", e);
            }
        }

        List<SectionType> types(String key) {
            List<SectionType> types = new ArrayList<>();
            for (String word : text(key).split("\\s+")) {
                try {
                    types.add(SectionType.valueOf(word));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            origin + ": '" + key + "' names an unknown section type " + word, e);
                }
            }
            return types;
        }

        Set<String> words(String key) {
            return Arrays.stream(text(key).split("\\|"))
                    .map(word -> word.strip().toLowerCase(Locale.ROOT))
                    .filter(word -> !word.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Header words of a facilitators table's columns, lower case. */
    record TableHeaders(Set<String> session, Set<String> name, Set<String> title, Set<String> organization) {

        TableHeaders {
            session = Set.copyOf(session);
            name = Set.copyOf(name);
            title = Set.copyOf(title);
            organization = Set.copyOf(organization);
        }

        /** The headers of several templates together: a table is recognised whichever template reads the rest. */
        static TableHeaders union(List<EventTemplate> templates) {
            return new TableHeaders(
                    templates.stream()
                            .flatMap(t -> t.table().session().stream())
                            .collect(Collectors.toSet()),
                    templates.stream().flatMap(t -> t.table().name().stream()).collect(Collectors.toSet()),
                    templates.stream().flatMap(t -> t.table().title().stream()).collect(Collectors.toSet()),
                    templates.stream()
                            .flatMap(t -> t.table().organization().stream())
                            .collect(Collectors.toSet()));
        }
    }
}
