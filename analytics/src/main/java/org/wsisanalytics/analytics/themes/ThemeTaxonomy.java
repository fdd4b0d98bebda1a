package org.wsisanalytics.analytics.themes;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.wsisanalytics.analytics.data.ReferenceFile;
import org.wsisanalytics.model.TaxonomyTerm;

/**
 * The themes to look for and the terms that signal each, read from a tab-separated reference file (the bundled
 * {@code themes.tsv} or a user's replacement; the file's header explains the format).
 */
public final class ThemeTaxonomy {

    static final String DEFAULT_RESOURCE = "themes.tsv";

    private final String source;
    private final List<ThemeTerm> terms;
    private final List<String> themes;

    ThemeTaxonomy(String source, List<ThemeTerm> terms) {
        this.source = Objects.requireNonNull(source, "source");
        this.terms = List.copyOf(terms);
        this.themes = this.terms.stream().map(ThemeTerm::theme).distinct().toList();
    }

    /** The bundled taxonomy (17 themes of the WSIS+20 review). */
    public static ThemeTaxonomy loadDefault() {
        return TaxonomyParser.parse(
                DEFAULT_RESOURCE,
                ReferenceFile.bundled(ThemeTaxonomy.class, DEFAULT_RESOURCE, TaxonomyParser.subject(DEFAULT_RESOURCE)));
    }

    /**
     * A user's taxonomy in the same format as the bundled one; it replaces the bundled one entirely.
     *
     * @throws IllegalArgumentException naming the file and line when the content is not valid
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ThemeTaxonomy load(Path file) {
        Objects.requireNonNull(file, "file");
        return TaxonomyParser.parse(file.toString(), ReferenceFile.read(file, TaxonomyParser.subject(file.toString())));
    }

    /** The theme names in file order. */
    public List<String> themes() {
        return themes;
    }

    /** Where the taxonomy was read from (a resource name or a file path). */
    public String source() {
        return source;
    }

    List<ThemeTerm> terms() {
        return terms;
    }

    /** The terms in file order, as the reports list them. */
    public List<TaxonomyTerm> reportedTerms() {
        return terms.stream()
                .map(term -> new TaxonomyTerm(term.theme(), term.term(), term.exactCase()))
                .toList();
    }
}
