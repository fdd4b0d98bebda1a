/**
 * Text helpers shared by the detectors: sentence splitting with character offsets, and the sentences of a
 * section looked up by offset as a mention's evidence.
 */
package org.wsisanalytics.analytics.text;
