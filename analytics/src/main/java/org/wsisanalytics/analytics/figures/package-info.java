/**
 * Figures: quantitative statements (percentages, counts with their unit, amounts of money, target years) found in
 * sessions with value, unit and sentence, for the editor's fact-check list.
 */
package org.wsisanalytics.analytics.figures;
