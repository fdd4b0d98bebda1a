package org.wsisanalytics.model;

/**
 * One term of the run's theme taxonomy, as the reports list it (the workbook's Theme terms sheet).
 *
 * @param theme the theme's name as reported
 * @param term the term as written in the taxonomy file
 * @param exactCase true when the case must match ("AI", "LEO")
 */
public record TaxonomyTerm(String theme, String term, boolean exactCase) {

    public TaxonomyTerm {
        Requires.text(theme, "theme");
        Requires.text(term, "term");
    }
}
