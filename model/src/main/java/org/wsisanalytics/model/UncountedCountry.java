package org.wsisanalytics.model;

import java.util.Objects;

/**
 * A run's mentions of a country that do not count for it, of one kind (an organisation's name, a language): shown
 * apart from the rankings, with {@link CountryMentionKind#notCountedReason()}.
 *
 * @param country the country
 * @param kind how it was referred to (not a counted kind)
 * @param mentions how many such mentions the run has
 * @param sessions in how many sessions
 */
public record UncountedCountry(Country country, CountryMentionKind kind, int mentions, int sessions) {

    public UncountedCountry {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (kind.counted()) {
            throw new IllegalArgumentException(kind + " mentions count; they are not shown apart");
        }
        Requires.positive(mentions, "mentions");
        Requires.positive(sessions, "sessions");
    }
}
