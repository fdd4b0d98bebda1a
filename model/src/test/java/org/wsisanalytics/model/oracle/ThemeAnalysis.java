package org.wsisanalytics.model.oracle;

import java.util.List;
import java.util.Objects;

import org.wsisanalytics.model.TaxonomyTerm;
import org.wsisanalytics.model.ThemeCount;
import org.wsisanalytics.model.ThemeMention;

/**
 * Theme mentions of a run.
 *
 * @param themes the taxonomy's themes, in its order
 * @param mentions every theme mention, in session and text order
 * @param counts one row per (session, theme) touched, in session and taxonomy order
 * @param terms the taxonomy's terms, in its order
 */
public record ThemeAnalysis(
        List<String> themes, List<ThemeMention> mentions, List<ThemeCount> counts, List<TaxonomyTerm> terms) {

    public static final ThemeAnalysis NONE = new ThemeAnalysis(List.of(), List.of(), List.of(), List.of());

    public ThemeAnalysis {
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        terms = List.copyOf(Objects.requireNonNull(terms, "terms"));
        mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
        counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    }
}
