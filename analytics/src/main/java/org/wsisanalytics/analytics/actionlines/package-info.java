/**
 * WSIS Action Lines: the reference catalog (C1 to C11, read from {@code action-lines.tsv}), the detector that
 * finds numeric references to them in sessions, the detector of references by name only ("the action line on
 * e-environment"), and the check for lines labelled with the wrong name.
 */
package org.wsisanalytics.analytics.actionlines;
