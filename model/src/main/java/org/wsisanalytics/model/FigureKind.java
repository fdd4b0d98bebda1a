package org.wsisanalytics.model;

/** What a quoted figure measures. */
public enum FigureKind {
    /** "40%", "25 per cent". */
    PERCENTAGE,
    /** "2.6 billion people", "6.4 lakh villages", "80 000 elderly people". */
    QUANTITY,
    /** "USD 5 million", "€2 billion". */
    MONEY
}
