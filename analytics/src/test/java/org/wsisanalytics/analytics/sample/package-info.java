/**
 * The bundled sample cut into sessions for the tests and benchmarks of this module; see
 * {@link org.wsisanalytics.analytics.sample.SampleSummaries}.
 */
package org.wsisanalytics.analytics.sample;
