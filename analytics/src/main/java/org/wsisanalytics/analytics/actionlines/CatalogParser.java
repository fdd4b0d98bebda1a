package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.wsisanalytics.model.ActionLine;

/** Reads the tab-separated catalog format: {@code code<TAB>kind<TAB>text}, '#' comments, optional header row. */
final class CatalogParser {

    private static final String HEADER = "code\tkind\ttext";
    private static final String KINDS = "name, alias, sub-line";

    private CatalogParser() {
    }

    static ActionLineCatalog parse(String source, String content) {
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Integer> nameLines = new HashMap<>();
        String[] rows = content.split("\\R", -1);
        boolean headerAllowed = true;
        for (int i = 0; i < rows.length; i++) {
            String row = stripBom(rows[i], i);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (headerAllowed && row.strip().equalsIgnoreCase(HEADER)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            CatalogEntry entry = entry(source, i + 1, row);
            if (entry.kind() == CatalogEntry.Kind.NAME) {
                Integer previous = nameLines.putIfAbsent(entry.code(), i + 1);
                if (previous != null) {
                    throw error(source, i + 1, entry.code() + " already has a name (line " + previous
                            + "); use kind 'alias' for another wording.");
                }
            }
            entries.add(entry);
        }
        return new ActionLineCatalog(lines(source, entries), entries);
    }

    private static CatalogEntry entry(String source, int lineNumber, String row) {
        String[] columns = row.split("\t", -1);
        if (columns.length != 3) {
            throw error(source, lineNumber, "found " + columns.length
                    + " column(s), expected 3 tab-separated columns (code, kind, text).");
        }
        String code = columns[0].strip();
        if (!ActionLine.isCode(code)) {
            throw error(source, lineNumber, "'" + code + "' is not an action line code (C1 to C11).");
        }
        CatalogEntry.Kind kind = CatalogEntry.Kind.fromLabel(columns[1].strip());
        if (kind == null) {
            throw error(source, lineNumber, "kind '" + columns[1].strip() + "' is not one of " + KINDS + ".");
        }
        String text = columns[2].strip();
        if (text.isEmpty()) {
            throw error(source, lineNumber, "the text of " + code + " is empty.");
        }
        return new CatalogEntry(code, kind, text);
    }

    private static List<ActionLine> lines(String source, List<CatalogEntry> entries) {
        Map<String, String> names = entries.stream()
                .filter(entry -> entry.kind() == CatalogEntry.Kind.NAME)
                .collect(Collectors.toMap(CatalogEntry::code, CatalogEntry::text));
        List<String> missing = IntStream.rangeClosed(1, 11)
                .mapToObj(number -> "C" + number)
                .filter(code -> !names.containsKey(code))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Cannot read action lines from '" + source + "': no name for "
                    + String.join(", ", missing) + "; every action line C1 to C11 needs one 'name' row.");
        }
        return IntStream.rangeClosed(1, 11)
                .mapToObj(number -> new ActionLine("C" + number, number, names.get("C" + number)))
                .toList();
    }

    private static String stripBom(String row, int index) {
        return index == 0 && row.startsWith("\uFEFF") ? row.substring(1) : row;
    }

    private static IllegalArgumentException error(String source, int lineNumber, String problem) {
        return new IllegalArgumentException("Cannot read action lines from '" + source + "', line " + lineNumber
                + ": " + problem);
    }
}
