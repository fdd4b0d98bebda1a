/** Aggregation of action-line mentions into the session × action-line coverage matrix. */
package org.wsisanalytics.analytics.coverage;
