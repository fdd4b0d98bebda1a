/**
 * Themes: the taxonomy of themes and their terms (read from {@code themes.tsv} or a user's file), the detector
 * that finds every term in a session with its sentence and offsets, and the per-session counts.
 */
package org.wsisanalytics.analytics.themes;
