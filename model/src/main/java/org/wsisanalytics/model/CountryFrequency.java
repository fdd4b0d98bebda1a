package org.wsisanalytics.model;

import java.util.Objects;

/**
 * How often a country is mentioned across a run.
 *
 * @param country the country
 * @param mentions number of mentions of every kind
 * @param sessions number of sessions that mention it at least once
 */
public record CountryFrequency(Country country, int mentions, int sessions) {

    public CountryFrequency {
        Objects.requireNonNull(country, "country");
        Requires.positive(mentions, "mentions");
        Requires.positive(sessions, "sessions");
        if (sessions > mentions) {
            throw new IllegalArgumentException("sessions " + sessions + " exceed mentions " + mentions);
        }
    }
}
