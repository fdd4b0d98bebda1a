package org.wsisanalytics.analytics.actionlines;

/**
 * An action line's name (or alias, sub-line or variant) found in a text, before the detector has checked where
 * it stands.
 *
 * @param entry the catalog entry named
 * @param start offset of the phrase: the name with a leading "the" and, for the first name after action-line
 *        wording, the wording ("the WSIS action line on e-environment", "the capacity-building action line")
 * @param end offset just past the phrase
 * @param nameStart offset of the name itself ("e-environment")
 * @param nameEnd offset just past the name
 * @param worded true when action-line wording marks it as an action line; false for a bare name, which counts
 *        only in a links-to-action-lines part
 */
record NamePhrase(CatalogEntry entry, int start, int end, int nameStart, int nameEnd, boolean worded) {}
