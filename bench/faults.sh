#!/usr/bin/env bash
# Fault suite (issue 14): measures that no note is lost, duplicated or misordered under faults.
# Builds the production jar and the bench sources (Maven profile `bench`), then runs
# nl.keukentafel.bench.faults.FaultSuite: two app nodes on one embedded PostgreSQL, a live load of
# 10 boards x 30 protocol-level tablets, and one fault after the other (kill -9 of a node, PostgreSQL
# stopped immediately, the LISTEN connection terminated, tablets cut off for 5 s / 30 s / 6 min,
# every note sent twice, boards closed while notes are written). Results: bench/results/faults/
# (faults.md, faults.json). About 20 minutes. See bench/README.md, "Fault suite".
#
#   bench/faults.sh [--skip-build] [--from-head] [--online] [suite options...]
#
# --skip-build  reuse the jar, classpath and classes of the previous run (bench/work/faults/)
# --from-head   build the app from a clean git worktree of HEAD (with this tree's bench sources), so
#               uncommitted changes under src/ do not matter
# --online      let Maven download what is missing (default: offline, -o)
# Suite options (--faults, --boards, --pg-down, ...): bench/faults.sh --help
#
# The whole run holds /tmp/maven.lock (builds and the measurement: other engineers share the two
# cores). Started under `flock /tmp/maven.lock`, it uses the lock it inherits.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/work/faults"
LOCK=/tmp/maven.lock

# shellcheck source=bench/lib.sh
source bench/lib.sh
use_jdk25 bench/faults.sh

BUILD=true
FROM_HEAD=false
OFFLINE=-o
ARGS=()
for arg in "$@"; do
    case "$arg" in
        --skip-build) BUILD=false ;;
        --from-head) FROM_HEAD=true ;;
        --online) OFFLINE= ;;
        -h|--help)
            sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
            sed -n '/static final String USAGE/,/""".formatted/p' \
                bench/src/main/java/nl/keukentafel/bench/faults/FaultOptions.java | sed '1d;$d' \
                | sed 's/^            //; s/(default: %s)/(default: all eight, in the order above)/'
            exit 0 ;;
        *) ARGS+=("$arg") ;;
    esac
done

# The lock is taken once for the whole run (builds and measurement); a run started under
# `flock /tmp/maven.lock` inherits the locked file and must not wait for itself.
holds_lock "$LOCK" || exec flock "$LOCK" "$0" "$@"

COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
DIRTY=$([[ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]] && echo true || echo false)
BUILT_FROM="the working tree"

if $BUILD; then
    SRC="$ROOT"
    if $FROM_HEAD; then
        SRC="${TMPDIR:-/tmp}/keukentafel-faults-head"
        if [[ ! -e "$SRC/.git" ]]; then
            git worktree add --detach "$SRC" HEAD >/dev/null
        else
            git -C "$SRC" checkout --quiet --force --detach "$COMMIT"
        fi
        rm -rf "$SRC/bench/src"
        cp -r "$ROOT/bench/src" "$SRC/bench/src"
        DIRTY=false
        BUILT_FROM="a clean worktree of HEAD"
    fi
    mkdir -p "$WORK"
    echo "[faults] building the production jar in $SRC"
    (cd "$SRC" && ./mvnw -B -q $OFFLINE -DskipTests package)
    cp "$SRC/target/keukentafel-0.1.0-SNAPSHOT.jar" "$WORK/keukentafel.jar"
    echo "[faults] resolving the test classpath"
    (cd "$SRC" && ./mvnw -B -q $OFFLINE -Pbench dependency:build-classpath \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
    cp "$SRC/target/bench-classpath.txt" "$WORK/classpath.txt"
    echo "[faults] compiling the fault suite"
    (cd "$SRC" && ./mvnw -B -q $OFFLINE -Pbench -Dspotless.check.skip=true test-compile)
    rm -rf "$WORK/classes"
    mkdir -p "$WORK/classes/nl/keukentafel"
    cp -r "$SRC/target/test-classes/nl/keukentafel/bench" "$WORK/classes/nl/keukentafel/bench"
    echo "$BUILT_FROM" > "$WORK/built-from.txt"
    echo "$DIRTY" > "$WORK/dirty.txt"
fi
for f in "$WORK/keukentafel.jar" "$WORK/classpath.txt" "$WORK/classes/nl/keukentafel/bench/faults"; do
    [[ -e "$f" ]] || { echo "Missing $f: run without --skip-build first." >&2; exit 2; }
done
[[ -f "$WORK/built-from.txt" ]] && BUILT_FROM=$(cat "$WORK/built-from.txt")
[[ -f "$WORK/dirty.txt" ]] && DIRTY=$(cat "$WORK/dirty.txt")

echo "[faults] running the fault suite (about 20 minutes)"
# As in run.sh: the generator runs on ZGC, so its own pauses do not show up as the app's.
exec timeout 45m "$JAVA" -Xmx3g -XX:+UseZGC -Djava.awt.headless=true \
    -Dlogback.configurationFile="$ROOT/bench/logback.xml" \
    -Dbench.gitCommit="$COMMIT" -Dbench.gitDirty="$DIRTY" -Dbench.builtFrom="$BUILT_FROM" \
    -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" \
    nl.keukentafel.bench.faults.FaultSuite --jar "$WORK/keukentafel.jar" ${ARGS[@]+"${ARGS[@]}"}
