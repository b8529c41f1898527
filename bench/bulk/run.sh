#!/usr/bin/env bash
# The bulk JSONL measurement of issue #14 (docs/performance.md, "Bulk JSONL"):
# N synthetic plans (make_plans.py, fixed seed) through the CLI's JSONL pipeline,
# one pass each for validate, replay and records (each pass parses every line),
# then the same three in one pass (`perspectief bulk`, each line parsed once),
# with wall time, CPU time and peak memory from /usr/bin/time -v.
# With PP_BULK_PYTHON (a Python with perspectief and pandas, e.g. build/python/venv/bin/python
# after scripts/test python) also the same from Python into a typed DataFrame (python_bulk.py).
# Usage: run.sh PERSPECTIEF SCRATCH-DIR N [N ...]; PP_BULK_JOBS sets --jobs (default: all cores).
set -euo pipefail
tool="$1"
scratch="$2"
shift 2
here="$(cd "$(dirname "$0")" && pwd)"
jobs="${PP_BULK_JOBS:-$(nproc)}"
mkdir -p "$scratch"
echo "=== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg), --jobs $jobs"
for count in "$@"; do
  plans="$scratch/plans-$count.jsonl"
  [ -s "$plans" ] || python3 "$here/make_plans.py" "$count" "$plans"
  echo "--- $count plans, $(($(stat -c %s "$plans") / 1048576)) MiB of JSONL"
  total=0
  for pass in "validate" "replay" "records --kind transitions" "bulk --validate --replay --records transitions"; do
    # shellcheck disable=SC2086 # the pass's words
    /usr/bin/time -v "$tool" $pass --jsonl "$plans" --jobs "$jobs" >"$scratch/out.jsonl" 2>"$scratch/time.txt" || {
      status=$?
      # Exit 1 (some plan invalid or refused) is an answer; anything else is a failure.
      [ "$status" = 1 ] || { tail -n 30 "$scratch/time.txt"; exit "$status"; }
    }
    lines="$(wc -l <"$scratch/out.jsonl")"
    # A result line for every plan (records: a row each, so at least as many).
    if [ "$lines" -lt "$count" ] || { [ "${pass%% *}" != records ] && [ "$lines" != "$count" ]; }; then
      echo "FAIL: ${pass%% *} wrote $lines lines for $count plans" >&2
      exit 1
    fi
    wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$scratch/time.txt")"
    peak="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/time.txt")"
    # CPU time tells the work apart from the machine's load (wall time on a shared machine).
    cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$scratch/time.txt")"
    seconds="$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
    if [ "${pass%% *}" = bulk ]; then
      printf '%-10s %8.1f s wall\n' "all three" "$total"
    else
      total="$(awk -v a="$total" -v b="$seconds" 'BEGIN { print a + b }')"
    fi
    printf '%-10s %8.1f s wall %8.1f s CPU   peak %6d MiB   %d output lines\n' "${pass%% *}" "$seconds" "$cpu" \
      $((peak / 1024)) "$lines"
  done
  rm -f "$scratch/out.jsonl"
  if [ -n "${PP_BULK_PYTHON:-}" ]; then
    PP_BULK_JOBS="$jobs" "$PP_BULK_PYTHON" "$here/python_bulk.py" "$plans"
  fi
done
