package org.wsisanalytics.analytics.actionlines;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.ActionLine;

/**
 * The WSIS Action Lines C1 to C11 with their official names, older wordings, sub-lines and short variants, read from
 * a tab-separated reference file (the bundled {@code action-lines.tsv} or a user's override).
 */
public final class ActionLineCatalog {

    static final String DEFAULT_RESOURCE = "action-lines.tsv";

    private final List<ActionLine> lines;
    private final Map<String, ActionLine> byCode;
    private final List<CatalogEntry> entries;

    ActionLineCatalog(List<ActionLine> lines, List<CatalogEntry> entries) {
        this.lines = List.copyOf(lines);
        this.entries = List.copyOf(entries);
        this.byCode = this.lines.stream().collect(Collectors.toUnmodifiableMap(ActionLine::code, Function.identity()));
    }

    /** The bundled catalog (Geneva Plan of Action, 2003). */
    public static ActionLineCatalog loadDefault() {
        return CatalogParser.parse(ReferenceFile.bundled(
                ActionLineCatalog.class, DEFAULT_RESOURCE, CatalogParser.subject(DEFAULT_RESOURCE)));
    }

    /**
     * A user's catalog in the same format as the bundled one.
     *
     * @throws IllegalArgumentException naming the file and line when the content is not valid
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ActionLineCatalog load(Path userFile) {
        Objects.requireNonNull(userFile, "userFile");
        return CatalogParser.parse(ReferenceFile.read(userFile, CatalogParser.subject(userFile.toString())));
    }

    /** C1 to C11, in order. */
    public List<ActionLine> all() {
        return lines;
    }

    /**
     * The sub-lines of each action line that has any (C7: "E-government", "E-business", ...), in file order;
     * the reports show them as child codes of their line.
     */
    public Map<String, List<String>> subLines() {
        Map<String, List<String>> subLines = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            if (entry.kind() == CatalogEntry.Kind.SUB_LINE) {
                subLines.computeIfAbsent(entry.code(), code -> new ArrayList<>())
                        .add(entry.text());
            }
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        subLines.forEach((code, texts) -> copy.put(code, List.copyOf(texts)));
        return Collections.unmodifiableMap(copy);
    }

    /** @throws IllegalArgumentException naming the code if it is not C1 to C11 */
    public ActionLine byCode(String code) {
        ActionLine line = code == null ? null : byCode.get(code);
        if (line == null) {
            throw new IllegalArgumentException("Unknown action line code '" + code + "'; expected C1 to C11.");
        }
        return line;
    }

    ActionLine byNumber(int number) {
        return byCode("C" + number);
    }

    /** Every wording of every line: names, aliases, sub-lines and variants, in file order. */
    List<CatalogEntry> entries() {
        return entries;
    }
}
