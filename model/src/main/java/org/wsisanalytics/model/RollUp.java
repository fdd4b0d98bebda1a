package org.wsisanalytics.model;

import java.util.Objects;

/**
 * Country mentions added up over a region, sub-region or UN country group.
 *
 * @param dimension what is added up over
 * @param name the region's, sub-region's or group's name ("Africa", "Western Asia", "SIDS")
 * @param countries number of distinct countries of it that are mentioned
 * @param mentions number of mentions of its countries
 * @param sessions number of sessions that mention at least one of its countries
 */
public record RollUp(Dimension dimension, String name, int countries, int mentions, int sessions) {

    /** What a roll-up adds up over. */
    public enum Dimension {
        REGION,
        SUBREGION,
        GROUP
    }

    public RollUp {
        Objects.requireNonNull(dimension, "dimension");
        Requires.text(name, "name");
        Requires.positive(countries, "countries");
        Requires.positive(mentions, "mentions");
        Requires.positive(sessions, "sessions");
    }
}
