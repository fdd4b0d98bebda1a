package org.wsisanalytics.analytics.actionlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.ActionLine;

/** Reads the tab-separated catalog format: {@code code<TAB>kind<TAB>text}, '#' comments, optional header row. */
final class CatalogParser {

    private static final String HEADER = "code\tkind\ttext";
    private static final String KINDS = "name, alias, sub-line, variant";

    private CatalogParser() {}

    /** How messages name a catalog read from {@code source}. */
    static String subject(String source) {
        return "action lines from '" + source + "'";
    }

    static ActionLineCatalog parse(ReferenceFile file) {
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Integer> nameLines = new HashMap<>();
        for (ReferenceFile.Row row :
                file.withoutHeader(HEADER::equalsIgnoreCase).rows()) {
            CatalogEntry entry = entry(file, row);
            if (entry.kind() == CatalogEntry.Kind.NAME) {
                Integer previous = nameLines.putIfAbsent(entry.code(), row.line());
                if (previous != null) {
                    throw file.error(
                            row,
                            entry.code() + " already has a name (line " + previous
                                    + "); use kind 'alias' for another wording.");
                }
            }
            entries.add(entry);
        }
        return new ActionLineCatalog(lines(file, entries), entries);
    }

    private static CatalogEntry entry(ReferenceFile file, ReferenceFile.Row row) {
        List<String> columns = file.columns(row, 3, 3, "3 tab-separated columns (code, kind, text)");
        String code = columns.get(0);
        if (!ActionLine.isCode(code)) {
            throw file.error(row, "'" + code + "' is not an action line code (C1 to C11).");
        }
        CatalogEntry.Kind kind = CatalogEntry.Kind.fromLabel(columns.get(1));
        if (kind == null) {
            throw file.error(row, "kind '" + columns.get(1) + "' is not one of " + KINDS + ".");
        }
        String text = columns.get(2);
        if (text.isEmpty()) {
            throw file.error(row, "the text of " + code + " is empty.");
        }
        return new CatalogEntry(code, kind, text);
    }

    private static List<ActionLine> lines(ReferenceFile file, List<CatalogEntry> entries) {
        Map<String, String> names = entries.stream()
                .filter(entry -> entry.kind() == CatalogEntry.Kind.NAME)
                .collect(Collectors.toMap(CatalogEntry::code, CatalogEntry::text));
        List<String> missing = IntStream.rangeClosed(1, 11)
                .mapToObj(number -> "C" + number)
                .filter(code -> !names.containsKey(code))
                .toList();
        if (!missing.isEmpty()) {
            throw file.error("no name for " + String.join(", ", missing)
                    + "; every action line C1 to C11 needs one 'name' row.");
        }
        return IntStream.rangeClosed(1, 11)
                .mapToObj(number -> new ActionLine("C" + number, number, names.get("C" + number)))
                .toList();
    }
}
