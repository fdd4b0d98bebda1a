/**
 * The bundled sample as the ingest module reads it, for the tests and benchmarks of this module; see
 * {@link org.wsisanalytics.analytics.sample.SampleSessions}.
 */
package org.wsisanalytics.analytics.sample;
