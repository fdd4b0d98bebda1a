package org.wsisanalytics.model;

/** How a country is referred to. */
public enum CountryMentionKind {
    /** Its name, short name or alternative name ("Türkiye", "UK", "Costa Rica's"). */
    NAME,
    /** An adjective or demonym ("Estonian", "Tanzanians"). */
    DEMONYM,
    /** Part of an organisation's name ("Nigerian Communications Commission"). */
    ORG,
    /** A language named after it ("the Latvian language"). */
    LANGUAGE
}
