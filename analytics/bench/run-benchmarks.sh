#!/usr/bin/env bash
# Measures the throughput (MB/s, one thread) of the analytics detectors on the bundled sample with JMH.
# Usage: analytics/bench/run-benchmarks.sh [JMH options]   e.g.  -wi 1 -i 3   or   'DetectorBenchmark.themes'
# Builds model and ingest (test scope) in the same reactor; nothing needs to be installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -pl analytics -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
module="$root/analytics"
exec java -Dbasedir="$module" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")" \
    org.wsisanalytics.analytics.bench.BenchmarkLauncher "$@"
