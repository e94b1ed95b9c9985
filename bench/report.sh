#!/usr/bin/env bash
# Report benchmark (issue: the kenniscafé verslag, the case bundle and exports). Builds the app and
# the bench sources (Maven profile `bench`), generates a database with the review benchmark's
# generator (50 closed conversations; 3,300 notes, of which about 2,000 are released for reports),
# and measures in-process through ReportService: the report as PDF and as Markdown, its live
# preview, a published version's PDF and the CSV of the whole selection.
# Results: bench/results/report.{json,md}. See bench/README.md, "Report benchmark".
#
#   bench/report.sh [--skip-build] [--skip-generate] [--online] [--warmup N] [--repeats N]
#                   [--conversations N] [--notes N] [--port N]
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work/report"
RESULTS="$ROOT/bench/results"

# shellcheck source=bench/lib.sh
source bench/lib.sh
use_jdk25 bench/report.sh

BUILD=true
GENERATE=true
OFFLINE=-o
WARMUP=5
REPEATS=15
CONVERSATIONS=50
NOTES=3300
PORT=15434
while [[ $# -gt 0 ]]; do
    case "$1" in
        --skip-build) BUILD=false; shift ;;
        --skip-generate) GENERATE=false; shift ;;
        --online) OFFLINE=; shift ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --repeats) REPEATS="$2"; shift 2 ;;
        --conversations) CONVERSATIONS="$2"; shift 2 ;;
        --notes) NOTES="$2"; shift 2 ;;
        --port) PORT="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see bench/report.sh --help)" >&2; exit 2 ;;
    esac
done

# Every Maven call holds /tmp/maven.lock; the outputs are copied to bench/work/report/ so a
# concurrent build cannot swap them during a run.
mvn() {
    flock /tmp/maven.lock ./mvnw -B -q $OFFLINE "$@"
}

if $BUILD; then
    mkdir -p "$WORK"
    echo "[report] resolving the classpath"
    mvn -Pbench dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
    echo "[report] compiling the app and the bench sources (profile bench)"
    mvn -Pbench -Dspotless.check.skip=true test-compile
    rm -rf "$WORK/app-classes" "$WORK/classes"
    cp -r target/classes "$WORK/app-classes"
    mkdir -p "$WORK/classes/nl/keukentafel/bench"
    cp -r target/test-classes/nl/keukentafel/bench/review "$WORK/classes/nl/keukentafel/bench/review"
    cp target/test-classes/nl/keukentafel/bench/AppContexts.class "$WORK/classes/nl/keukentafel/bench/"
fi
for f in "$WORK/classpath.txt" "$WORK/app-classes" "$WORK/classes/nl/keukentafel/bench/review"; do
    [[ -e "$f" ]] || { echo "Missing $f: run without --skip-build first." >&2; exit 2; }
done
CP="$WORK/classes:$WORK/app-classes:$(cat "$WORK/classpath.txt")"
COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
DIRTY=$([[ -n "$(git status --porcelain 2>/dev/null)" ]] && echo true || echo false)
JVM_OPTS=(-Xmx4g -Xlog:gc:file="$WORK/gc.log" -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/bench/logback-review.xml"
    -Dbench.gitCommit="$COMMIT" -Dbench.gitDirty="$DIRTY" -cp "$CP")

if $GENERATE; then
    echo "[report] generating $CONVERSATIONS conversations with $NOTES notes (log: $WORK/generate.log)"
    "$JAVA" "${JVM_OPTS[@]}" nl.keukentafel.bench.review.ReviewBench generate --data "$WORK/pgdata" --port "$PORT" \
        --conversations "$CONVERSATIONS" --notes "$NOTES" > "$WORK/generate.log" 2>&1 \
        || { tail -50 "$WORK/generate.log" >&2; exit 1; }
    tail -5 "$WORK/generate.log"
fi

# The measurement holds the Maven lock, so that no build or test run shares the two cores with it.
echo "[report] measuring (waits for /tmp/maven.lock; log: $WORK/measure.log)"
mkdir -p "$RESULTS"
flock /tmp/maven.lock timeout 1140 "$JAVA" "${JVM_OPTS[@]}" nl.keukentafel.bench.review.ReportBench measure \
    --data "$WORK/pgdata" --port "$PORT" --results "$RESULTS" --warmup "$WARMUP" --repeats "$REPEATS" \
    > "$WORK/measure.log" 2>&1 || { tail -50 "$WORK/measure.log" >&2; exit 1; }
grep -E "Report benchmark done" "$WORK/measure.log" || true
echo "[report] results: bench/results/report.md, report.json"
cat "$RESULTS/report.md"
