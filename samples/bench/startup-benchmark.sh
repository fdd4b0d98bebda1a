#!/usr/bin/env bash
# Whole-process start-up benchmark: `--help`, `--version` and the one-document command (the bundled sample, in a
# fresh working folder each time: empty database and output folder), each run RUNS times under /usr/bin/time -v.
# Several commands are measured in turns (run 1 of each, then run 2 of each, ...), so that other work on the
# machine weighs on all of them alike. Prints, per command and case, the median wall time and maximum resident set
# size, the median CPU time (user + system: what other work on the machine inflates least), every run's wall time
# and the one-minute load average at each start.
#
# Usage: samples/bench/startup-benchmark.sh ['COMMAND' ...]
#   each COMMAND is one argument, split at spaces, e.g.
#   samples/bench/startup-benchmark.sh 'java -XX:TieredStopAtLevel=1 -jar app/target/wsis-analytics.jar' bin/wsis-analytics
#   (default: the README's commands, java -XX:TieredStopAtLevel=1 -jar app/target/wsis-analytics.jar and bin/wsis-analytics)
# Environment: RUNS (default 5), WORK (default /tmp/wsis-startup-bench), CASES (default "help version one").
# Build the jar first (./mvnw -B -q -DskipTests package); bin/wsis-analytics prepares its archive on its first use,
# so start it once before measuring it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ $# -eq 0 ]; then
    set -- "java -XX:TieredStopAtLevel=1 -jar $root/app/target/wsis-analytics.jar" "$root/bin/wsis-analytics"
fi
runs="${RUNS:-5}"
work="${WORK:-/tmp/wsis-startup-bench}"
cases="${CASES:-help version one}"
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing (Debian package 'time')" >&2; exit 1; }

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
seconds() { awk -F: '{s=0; for (i=1; i<=NF; i++) s = s*60 + $i; print s}'; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); $runs runs per case and command"
rm -rf "$work" && mkdir -p "$work"
for c in $cases; do
    case "$c" in
        help) args=(--help) ;;
        version) args=(--version) ;;
        one) args=(--run-date=2025-07-11) ;;
        *) echo "unknown case $c" >&2; exit 1 ;;
    esac
    for r in $(seq 1 "$runs"); do
        i=0
        for command in "$@"; do
            i=$((i + 1))
            run="$work/$c-$i-$r"
            mkdir -p "$run"
            cut -d' ' -f1 /proc/loadavg > "$run/load.txt"
            set +e
            # shellcheck disable=SC2086
            (cd "$run" && /usr/bin/time -v -o "$run/time.txt" $command "${args[@]}" > "$run/out.log" 2>&1)
            echo $? > "$run/exit.txt"
            set -e
            rm -rf "$run/data" "$run/reports"
        done
    done
done
printf '%-8s %-8s %-8s %-12s %-10s %-28s %s\n' case wall_s cpu_s max_rss_mb exit load_avg_1m command
for c in $cases; do
    i=0
    for command in "$@"; do
        i=$((i + 1))
        walls=(); cpus=(); rsss=(); codes=(); loads=()
        for r in $(seq 1 "$runs"); do
            run="$work/$c-$i-$r"
            walls+=("$(grep 'Elapsed (wall clock)' "$run/time.txt" | awk '{print $NF}' | seconds)")
            cpus+=("$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$run/time.txt")")
            rsss+=("$(grep 'Maximum resident set size' "$run/time.txt" | awk '{printf "%.0f", $NF/1024}')")
            codes+=("$(cat "$run/exit.txt")")
            loads+=("$(cat "$run/load.txt")")
        done
        printf '%-8s %-8s %-8s %-12s %-10s %-28s %s\n' "$c" "$(printf '%s\n' "${walls[@]}" | median)" \
            "$(printf '%s\n' "${cpus[@]}" | median)" \
            "$(printf '%s\n' "${rsss[@]}" | median)" "$(IFS=,; echo "${codes[*]}")" "$(IFS=,; echo "${loads[*]}")" "$command"
        echo "         runs: wall ${walls[*]} s; cpu ${cpus[*]} s"
    done
done
