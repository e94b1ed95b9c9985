#!/usr/bin/env bash
# Review-area benchmark (issue: search, filters, facet counts and the Overzicht at 200,000 notes).
# Builds the app and the bench sources (Maven profile `bench`), generates the database (embedded
# PostgreSQL 17: conversations, participants and notes by SQL; the released notes by the app's own
# ReviewIndex through the release gate; then tags and insights), and measures in-process through
# ReviewService and OverviewService. Results: bench/results/review.{json,md}, review-plans.txt.
# See bench/README.md, "Review area benchmark".
#
#   bench/review.sh [--skip-build] [--skip-generate] [--online] [--warmup N] [--repeats N]
#                   [--conversations N] [--notes N] [--port N]
#
# --skip-build     reuse the classes and classpath of the previous run (bench/work/review/)
# --skip-generate  measure the database generated before (bench/work/review/pgdata)
# --online         let Maven download what is missing (default: offline, -o)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work/review"
RESULTS="$ROOT/bench/results"

# shellcheck source=bench/lib.sh
source bench/lib.sh
use_jdk25 bench/review.sh

BUILD=true
GENERATE=true
OFFLINE=-o
WARMUP=3
REPEATS=15
CONVERSATIONS=2000
NOTES=200000
PORT=15433
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
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see bench/review.sh --help)" >&2; exit 2 ;;
    esac
done

# Other engineers build and test on this machine: every Maven call holds /tmp/maven.lock, and the
# outputs are copied to bench/work/review/ so a concurrent build cannot swap them during a run.
mvn() {
    flock /tmp/maven.lock ./mvnw -B -q $OFFLINE "$@"
}

if $BUILD; then
    mkdir -p "$WORK"
    echo "[review] resolving the classpath"
    mvn -Pbench dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
    echo "[review] compiling the app and the bench sources (profile bench)"
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
JVM=("$JAVA" -Xmx3g -Djava.awt.headless=true -Dlogback.configurationFile="$ROOT/bench/logback-review.xml"
    -Dbench.gitCommit="$COMMIT" -Dbench.gitDirty="$DIRTY" -cp "$CP" nl.keukentafel.bench.review.ReviewBench)

if $GENERATE; then
    # Not measured, so without the lock (it takes a few minutes of both cores).
    echo "[review] generating $CONVERSATIONS conversations with $NOTES notes (log: $WORK/generate.log)"
    "${JVM[@]}" generate --data "$WORK/pgdata" --port "$PORT" --conversations "$CONVERSATIONS" --notes "$NOTES" \
        > "$WORK/generate.log" 2>&1 || { tail -50 "$WORK/generate.log" >&2; exit 1; }
    tail -25 "$WORK/generate.log"
fi

# The measurement holds the Maven lock, so that no build or test run shares the two cores with it;
# it must let go well within 20 minutes.
echo "[review] measuring (waits for /tmp/maven.lock; log: $WORK/measure.log)"
mkdir -p "$RESULTS"
flock /tmp/maven.lock timeout 1140 "${JVM[@]}" measure --data "$WORK/pgdata" --port "$PORT" --results "$RESULTS" \
    --warmup "$WARMUP" --repeats "$REPEATS" > "$WORK/measure.log" 2>&1 || { tail -50 "$WORK/measure.log" >&2; exit 1; }
grep -E "Search \+ count|Warm-up|Measured" "$WORK/measure.log" || true
echo "[review] results: bench/results/review.md, review.json, review-plans.txt"
sed -n '1,12p' "$RESULTS/review.md"
