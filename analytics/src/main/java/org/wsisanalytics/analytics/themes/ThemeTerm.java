package org.wsisanalytics.analytics.themes;

import java.util.Objects;

/**
 * One row of the taxonomy: a term and the theme it belongs to.
 *
 * @param theme the theme's name as reported
 * @param term the term as written in the file
 * @param exactCase true when the case must match ("AI", "LEO")
 * @param line the line of the taxonomy file it was read from, for error messages
 */
record ThemeTerm(String theme, String term, boolean exactCase, int line) {

    ThemeTerm {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(term, "term");
    }
}
