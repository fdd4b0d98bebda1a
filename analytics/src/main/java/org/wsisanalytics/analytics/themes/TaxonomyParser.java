package org.wsisanalytics.analytics.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the tab-separated taxonomy format: {@code theme<TAB>term[<TAB>exact]}, '#' comments, optional header row. */
final class TaxonomyParser {

    private static final String HEADER = "theme\tterm";
    private static final String EXACT = "exact";

    private TaxonomyParser() {
    }

    static ThemeTaxonomy parse(String source, String content) {
        List<ThemeTerm> terms = new ArrayList<>();
        Map<String, ThemeTerm> seen = new HashMap<>();
        String[] rows = content.split("\\R", -1);
        boolean headerAllowed = true;
        for (int i = 0; i < rows.length; i++) {
            String row = i == 0 && rows[i].startsWith("\uFEFF") ? rows[i].substring(1) : rows[i];
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (headerAllowed && row.strip().toLowerCase(Locale.ROOT).startsWith(HEADER)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            ThemeTerm term = term(source, i + 1, row);
            ThemeTerm previous = seen.putIfAbsent(key(term), term);
            if (previous != null) {
                throw error(source, i + 1, "the term '" + term.term() + "' is already listed on line "
                        + previous.line() + " (theme '" + previous.theme() + "'); a term belongs to one theme only.");
            }
            terms.add(term);
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("Cannot read themes from '" + source
                    + "': it lists no terms; add rows of the form theme<TAB>term.");
        }
        return new ThemeTaxonomy(source, terms);
    }

    private static ThemeTerm term(String source, int line, String row) {
        String[] columns = row.split("\t", -1);
        if (columns.length < 2 || columns.length > 3) {
            throw error(source, line, "found " + columns.length
                    + " column(s), expected 2 or 3 tab-separated columns (theme, term, optional 'exact').");
        }
        String theme = columns[0].strip();
        String term = columns[1].strip();
        String match = columns.length == 3 ? columns[2].strip() : "";
        if (theme.isEmpty()) {
            throw error(source, line, "the theme is empty.");
        }
        if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw error(source, line, "the term '" + term + "' has no letter or digit to match.");
        }
        if (!match.isEmpty() && !match.equals(EXACT)) {
            throw error(source, line, "the third column is '" + match
                    + "'; leave it empty (case is ignored) or write 'exact' (case must match).");
        }
        return new ThemeTerm(theme, term, match.equals(EXACT), line);
    }

    private static String key(ThemeTerm term) {
        return term.exactCase() ? term.term() : term.term().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException error(String source, int line, String problem) {
        return new IllegalArgumentException("Cannot read themes from '" + source + "', line " + line + ": " + problem);
    }
}
