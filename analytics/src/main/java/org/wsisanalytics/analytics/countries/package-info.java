/**
 * Country mentions: the {@link org.wsisanalytics.analytics.countries.Gazetteer} (ISO 3166-1 names, aliases,
 * demonyms, UN M49 regions, LDC/LLDC/SIDS groups, all from data files), the
 * {@link org.wsisanalytics.analytics.countries.CountryDetector} (one pass per section over a precompiled trie)
 * and the {@link org.wsisanalytics.analytics.countries.CountryTally} (frequencies, roll-ups, co-occurrence with
 * action lines, added up one session at a time).
 */
package org.wsisanalytics.analytics.countries;
