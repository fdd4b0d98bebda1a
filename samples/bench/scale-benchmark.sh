#!/usr/bin/env bash
# Whole-process benchmark of the executable jar over generated corpora: for each corpus size, RUNS fresh
# runs (empty database and output folder each time) under /usr/bin/time -v, and the median wall time,
# median maximum resident set size, median of the largest heap occupancy right after a garbage collection
# (from the JVM's own GC log: the live data plus what that collection left, a measure that, unlike the
# resident set, does not follow -Xmx) and wall time per document.
#
# Usage: samples/bench/scale-benchmark.sh [SIZE...]        (default sizes: 1 200 1000)
# Environment: XMX (default 1g), RUNS (default 3), WORK (default /tmp/wsis-bench), JAR (default
# app/target/wsis-analytics.jar), EXTRA (more options for the job, e.g. "--wsis.job.threads=1"), JVM (more
# options for the JVM, e.g. "-XX:TieredStopAtLevel=1").
# Build the jar first: ./mvnw -B -q -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=("${@:-1 200 1000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
xmx="${XMX:-1g}"
runs="${RUNS:-3}"
work="${WORK:-/tmp/wsis-bench}"
jar="${JAR:-$root/app/target/wsis-analytics.jar}"
extra="${EXTRA:-}"
jvm="${JVM:-}"
[ -f "$jar" ] || { echo "No $jar: build it with ./mvnw -B -q -DskipTests package" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian package 'time')" >&2; exit 1; }

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
seconds() { awk -F: '{s=0; for (i=1; i<=NF; i++) s = s*60 + $i; print s}'; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); -Xmx$xmx; $runs runs per size; extra: ${extra:-none}; jvm: ${jvm:-none}"
printf '%-6s %-10s %-12s %-16s %-14s %-9s %s\n' docs wall_s max_rss_mb heap_after_gc_mb s_per_doc exit load_avg_1m
for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n"
    if [ ! -d "$corpus" ] || [ "$(find "$corpus" -name '*.txt' | wc -l)" -ne "$n" ]; then
        rm -rf "$corpus"
        "$root/samples/bench/make-corpus.sh" "$n" "$corpus" > /dev/null
    fi
    walls=(); rsss=(); heaps=(); codes=(); loads=()
    for r in $(seq 1 "$runs"); do
        run="$work/run-$n-$r"
        rm -rf "$run" && mkdir -p "$run"
        loads+=("$(cut -d' ' -f1 /proc/loadavg)")
        set +e
        # shellcheck disable=SC2086
        (cd "$run" && /usr/bin/time -v -o "$run/time.txt" java "-Xmx$xmx" $jvm "-Xlog:gc:file=$run/gc.log" -jar "$jar" --input="$corpus" \
            --output="$run/reports" --run-date=2025-07-11 $extra > "$run/job.log" 2>&1)
        code=$?
        set -e
        walls+=("$(grep 'Elapsed (wall clock)' "$run/time.txt" | awk '{print $NF}' | seconds)")
        rsss+=("$(grep 'Maximum resident set size' "$run/time.txt" | awk '{printf "%.0f", $NF/1024}')")
        heaps+=("$(grep -o '[0-9]*M->[0-9]*M' "$run/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)")
        codes+=("$code")
        rm -rf "$run/data" "$run/reports"
    done
    wall="$(printf '%s\n' "${walls[@]}" | median)"
    rss="$(printf '%s\n' "${rsss[@]}" | median)"
    heap="$(printf '%s\n' "${heaps[@]}" | median)"
    printf '%-6s %-10s %-12s %-16s %-14s %-9s %s\n' "$n" "$wall" "$rss" "$heap" "$(awk -v w="$wall" -v n="$n" 'BEGIN {printf "%.3f", w/n}')" \
        "$(IFS=,; echo "${codes[*]}")" "$(IFS=,; echo "${loads[*]}")"
    echo "       runs: wall ${walls[*]} s; max RSS ${rsss[*]} MB; heap after GC ${heaps[*]} MB"
done
