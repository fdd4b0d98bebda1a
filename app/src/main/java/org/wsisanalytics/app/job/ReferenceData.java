package org.wsisanalytics.app.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.events.EventCatalog;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.app.WsisAnalyticsProperties;

/**
 * The reference data of a run: the bundled files, or the user's where configured.
 *
 * @param actionLines the action lines and their names
 * @param gazetteer the countries, their names, regions and groups
 * @param themes the theme taxonomy
 * @param events the events that documents' titles name, for the run's events side by side
 */
record ReferenceData(ActionLineCatalog actionLines, Gazetteer gazetteer, ThemeTaxonomy themes, EventCatalog events) {

    ReferenceData {
        Objects.requireNonNull(actionLines, "actionLines");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(events, "events");
    }

    static ReferenceData from(WsisAnalyticsProperties.Reference files) {
        return new ReferenceData(
                load(
                        "wsis.reference.action-lines-file",
                        files.actionLinesFile(),
                        ActionLineCatalog::loadDefault,
                        ActionLineCatalog::load),
                load(
                        "wsis.reference.country-aliases-file",
                        files.countryAliasesFile(),
                        Gazetteer::loadDefault,
                        Gazetteer::load),
                load("wsis.reference.themes-file", files.themesFile(), ThemeTaxonomy::loadDefault, ThemeTaxonomy::load),
                load("wsis.reference.events-file", files.eventsFile(), EventCatalog::loadDefault, EventCatalog::load));
    }

    private static <T> T load(String setting, Path file, Supplier<T> bundled, Function<Path, T> own) {
        if (file == null) {
            return bundled.get();
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            String what = Files.isDirectory(file)
                    ? "is a folder, not a file"
                    : Files.exists(file) ? "cannot be read (permission denied)" : "does not exist";
            throw new ReferenceDataException(
                    setting, file, "The settings file '" + file + "' given as --" + setting + " " + what);
        }
        try {
            return own.apply(file);
        } catch (RuntimeException e) {
            throw new ReferenceDataException(setting, file, e);
        }
    }
}
