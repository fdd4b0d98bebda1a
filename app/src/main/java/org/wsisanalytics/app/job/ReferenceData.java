package org.wsisanalytics.app.job;

import java.nio.file.Path;
import java.util.Objects;

import org.wsisanalytics.analytics.actionlines.ActionLineCatalog;
import org.wsisanalytics.analytics.countries.Gazetteer;
import org.wsisanalytics.analytics.themes.ThemeTaxonomy;
import org.wsisanalytics.app.WsisAnalyticsProperties;

/**
 * The reference data of a run: the bundled files, or the user's where configured.
 *
 * @param actionLines the action lines and their names
 * @param gazetteer the countries, their names, regions and groups
 * @param themes the theme taxonomy
 */
record ReferenceData(ActionLineCatalog actionLines, Gazetteer gazetteer, ThemeTaxonomy themes) {

    ReferenceData {
        Objects.requireNonNull(actionLines, "actionLines");
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(themes, "themes");
    }

    static ReferenceData from(WsisAnalyticsProperties properties) {
        Path lines = properties.actionLinesFile();
        Path aliases = properties.countryAliasesFile();
        Path themes = properties.themesFile();
        return new ReferenceData(
                lines == null ? ActionLineCatalog.loadDefault() : ActionLineCatalog.load(lines),
                aliases == null ? Gazetteer.loadDefault() : Gazetteer.load(aliases),
                themes == null ? ThemeTaxonomy.loadDefault() : ThemeTaxonomy.load(themes));
    }
}
