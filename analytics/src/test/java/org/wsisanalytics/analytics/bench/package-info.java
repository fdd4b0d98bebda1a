/**
 * JMH benchmarks of the detectors (not tests: nothing here is run by {@code mvn test}); run them with
 * {@code analytics/bench/run-benchmarks.sh}.
 */
package org.wsisanalytics.analytics.bench;
