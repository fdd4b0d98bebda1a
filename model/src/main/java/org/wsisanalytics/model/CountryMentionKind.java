package org.wsisanalytics.model;

/**
 * How a country is referred to, and whether that counts for the country. The one rule every count of countries
 * follows (rankings, regional roll-ups, the country × action line links, the run's number of countries): a
 * country's name and its demonym say the session talks about the country; an organisation's name, a language and a
 * period of the past do not, so they are listed apart, with {@link #notCountedReason()}.
 */
public enum CountryMentionKind {
    /** Its name, short name or alternative name ("Türkiye", "UK", "Costa Rica's"). */
    NAME,
    /** An adjective or demonym ("Estonian", "Tanzanians"). */
    DEMONYM,
    /** Part of an organisation's name ("Nigerian Communications Commission"). */
    ORG,
    /** A language named after it ("the Latvian language"). */
    LANGUAGE,
    /** A period of the past or past rule named after it ("the Russian occupation", "British colonial rule"). */
    HISTORICAL;

    /** Whether a mention of this kind counts for the country: names and demonyms do. */
    public boolean counted() {
        return this == NAME || this == DEMONYM;
    }

    /** Why a mention of this kind is not counted, for the lists that show it apart; empty for counted kinds. */
    public String notCountedReason() {
        return switch (this) {
            case NAME, DEMONYM -> "";
            case ORG -> "part of an organisation's name (who speaks, not what is discussed)";
            case LANGUAGE -> "a language, not the country";
            case HISTORICAL -> "a period of the past (occupation, empire, colonial rule), not the country today";
        };
    }
}
