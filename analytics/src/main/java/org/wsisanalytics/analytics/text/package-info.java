/** Text helpers shared by the detectors: sentence splitting with character offsets. */
package org.wsisanalytics.analytics.text;
