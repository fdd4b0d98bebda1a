#!/usr/bin/env bash
# Writes N distinct summary documents derived from the text sample into DIR (see CorpusGenerator).
# Usage: samples/bench/make-corpus.sh N DIR [SEED]     (run from anywhere; needs JDK 17)
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "Usage: $0 N DIR [SEED]" >&2
    exit 1
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="$1"
dir="$(mkdir -p "$2" && cd "$2" && pwd)"
seed="${3:-20250711}"
classes="$root/samples/target/test-classes"
if [ ! -f "$classes/org/wsisanalytics/samples/corpus/CorpusGenerator.class" ] \
        || [ ! -d "$root/analytics/target/classes" ]; then
    (cd "$root" && ./mvnw -B -q -DskipTests -pl samples -am test-compile)
fi
cd "$root"
java -cp "$classes:$root/analytics/target/classes" org.wsisanalytics.samples.corpus.CorpusGenerator \
    "$count" "$dir" "$seed" "$root/samples/documents/wsis20-hltf-summaries-2025.txt"
