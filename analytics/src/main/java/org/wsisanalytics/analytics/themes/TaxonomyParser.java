package org.wsisanalytics.analytics.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wsisanalytics.analytics.data.ReferenceFile;

/** Reads the tab-separated taxonomy format: {@code theme<TAB>term[<TAB>exact]}, '#' comments, optional header row. */
final class TaxonomyParser {

    private static final String HEADER = "theme\tterm";
    private static final String EXACT = "exact";

    private TaxonomyParser() {}

    /** How messages name a taxonomy read from {@code source}. */
    static String subject(String source) {
        return "themes from '" + source + "'";
    }

    static ThemeTaxonomy parse(String source, ReferenceFile file) {
        List<ThemeTerm> terms = new ArrayList<>();
        Map<String, ThemeTerm> seen = new HashMap<>();
        for (ReferenceFile.Row row :
                file.withoutHeader(TaxonomyParser::isHeader).rows()) {
            ThemeTerm term = term(file, row);
            ThemeTerm previous = seen.putIfAbsent(key(term), term);
            if (previous != null) {
                throw file.error(
                        row,
                        "the term '" + term.term() + "' is already listed on line " + previous.line() + " (theme '"
                                + previous.theme() + "'); a term belongs to one theme only.");
            }
            terms.add(term);
        }
        if (terms.isEmpty()) {
            throw file.error("it lists no terms; add rows of the form theme<TAB>term.");
        }
        return new ThemeTaxonomy(source, terms);
    }

    private static boolean isHeader(String row) {
        return row.toLowerCase(Locale.ROOT).startsWith(HEADER);
    }

    private static ThemeTerm term(ReferenceFile file, ReferenceFile.Row row) {
        List<String> columns = file.columns(row, 2, 3, "2 or 3 tab-separated columns (theme, term, optional 'exact')");
        String theme = columns.get(0);
        String term = columns.get(1);
        String match = columns.size() == 3 ? columns.get(2) : "";
        if (theme.isEmpty()) {
            throw file.error(row, "the theme is empty.");
        }
        if (term.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw file.error(row, "the term '" + term + "' has no letter or digit to match.");
        }
        if (!match.isEmpty() && !match.equals(EXACT)) {
            throw file.error(
                    row,
                    "the third column is '" + match
                            + "'; leave it empty (case is ignored) or write 'exact' (case must match).");
        }
        return new ThemeTerm(theme, term, match.equals(EXACT), row.line());
    }

    private static String key(ThemeTerm term) {
        return term.exactCase() ? term.term() : term.term().toLowerCase(Locale.ROOT);
    }
}
