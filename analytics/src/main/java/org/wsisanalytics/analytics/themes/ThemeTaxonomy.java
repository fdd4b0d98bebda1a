package org.wsisanalytics.analytics.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

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
        try (InputStream in = ThemeTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled theme taxonomy '" + DEFAULT_RESOURCE
                        + "' is missing from the classpath; the analytics jar is incomplete.");
            }
            return TaxonomyParser.parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled theme taxonomy: " + e.getMessage(), e);
        }
    }

    /**
     * A user's taxonomy in the same format as the bundled one; it replaces the bundled one entirely.
     *
     * @throws IllegalArgumentException naming the file and line when the content is not valid
     * @throws UncheckedIOException when the file cannot be read
     */
    public static ThemeTaxonomy load(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("Cannot read themes from '" + file
                    + "': the file does not exist; check the configured path.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read themes from '" + file + "': " + e.getMessage()
                    + "; the file must be UTF-8 text.", e);
        }
        return TaxonomyParser.parse(file.toString(), text);
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
}
