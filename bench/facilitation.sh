#!/usr/bin/env bash
# Facilitation scenario (issue 16): a whole conversation's facilitation at the 1,500-participant point.
# Builds the production jar and the bench sources (Maven profile `bench`), then runs
# nl.keukentafel.bench.FacilitationBench: one app node on an embedded PostgreSQL, 50 boards x 30
# protocol-level tablets plus one facilitator's board per board, each board going through phase
# changes, 30 notes written in silence and revealed at once, the spotlight, groups, 30 dots within
# 10 s and agreements, with notes written in between. Results: bench/results/facilitation/
# (facilitation.md, facilitation.json, facilitation-events.csv). About 6 minutes plus the build.
# See bench/README.md, "Facilitation".
#
#   bench/facilitation.sh [--skip-build] [--online] [scenario options...]
#
# --skip-build  reuse the jar, classpath and classes of the previous run (bench/work/facilitation/)
# --online      let Maven download what is missing (default: offline, -o)
# Scenario options (--boards, --rounds, --votes-revealed, ...): bench/facilitation.sh --help
#
# The whole run holds /tmp/maven.lock (builds and the measurement: other engineers share the two
# cores). Started under `flock /tmp/maven.lock`, it uses the lock it inherits.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work/facilitation"
LOCK=/tmp/maven.lock

# shellcheck source=bench/lib.sh
source bench/lib.sh
use_jdk25 bench/facilitation.sh

BUILD=true
OFFLINE=-o
ARGS=()
for arg in "$@"; do
    case "$arg" in
        --skip-build) BUILD=false ;;
        --online) OFFLINE= ;;
        -h|--help)
            sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
            sed -n '/static final String USAGE/,/""";/p' \
                bench/src/main/java/nl/keukentafel/bench/FacilitationBench.java | sed '1d;$d' | sed 's/^            //'
            exit 0 ;;
        *) ARGS+=("$arg") ;;
    esac
done

# The lock is taken once for the whole run (builds and measurement); a run started under
# `flock /tmp/maven.lock` inherits the locked file and must not wait for itself.
holds_lock "$LOCK" || exec flock "$LOCK" "$0" "$@"

COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
DIRTY=$([[ -n "$(git status --porcelain -- src pom.xml bench/src 2>/dev/null)" ]] && echo true || echo false)

if $BUILD; then
    mkdir -p "$WORK"
    echo "[facilitation] building the production jar"
    ./mvnw -B -q $OFFLINE -DskipTests package
    cp target/keukentafel-0.1.0-SNAPSHOT.jar "$WORK/keukentafel.jar"
    echo "[facilitation] resolving the test classpath"
    ./mvnw -B -q $OFFLINE -Pbench dependency:build-classpath \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
    cp target/bench-classpath.txt "$WORK/classpath.txt"
    echo "[facilitation] compiling the scenario"
    ./mvnw -B -q $OFFLINE -Pbench -Dspotless.check.skip=true test-compile
    # The facilitator desk runs the app's own Spring context in the generator's JVM: it needs the
    # app's classes and resources (target/classes) besides the bench classes.
    rm -rf "$WORK/classes" "$WORK/app-classes"
    mkdir -p "$WORK/classes/nl/keukentafel"
    cp -r target/test-classes/nl/keukentafel/bench "$WORK/classes/nl/keukentafel/bench"
    cp -r target/classes "$WORK/app-classes"
    echo "$DIRTY" > "$WORK/dirty.txt"
    echo "$COMMIT" > "$WORK/commit.txt"
fi
for f in "$WORK/keukentafel.jar" "$WORK/classpath.txt" "$WORK/classes/nl/keukentafel/bench" "$WORK/app-classes"; do
    [[ -e "$f" ]] || { echo "Missing $f: run without --skip-build first." >&2; exit 2; }
done
[[ -f "$WORK/dirty.txt" ]] && DIRTY=$(cat "$WORK/dirty.txt")
[[ -f "$WORK/commit.txt" ]] && COMMIT=$(cat "$WORK/commit.txt")

echo "[facilitation] running the scenario"
# As in run.sh: the generator runs on ZGC, so its own pauses do not show up as the app's.
exec timeout 30m "$JAVA" -Xmx3g -XX:+UseZGC -Djava.awt.headless=true \
    -Dlogback.configurationFile="$ROOT/bench/logback.xml" \
    -Dbench.gitCommit="$COMMIT" -Dbench.gitDirty="$DIRTY" \
    -cp "$WORK/classes:$WORK/app-classes:$(cat "$WORK/classpath.txt")" \
    nl.keukentafel.bench.FacilitationBench --jar "$WORK/keukentafel.jar" ${ARGS[@]+"${ARGS[@]}"}
