#!/usr/bin/env bash
# Live-board benchmark (issue 4): builds the production jar, then runs the load generator
# (bench/src/main/java/nl/keukentafel/bench/LiveBoardBenchmark.java, compiled with the Maven
# profile `bench`) against it. Results go to bench/results/. See bench/README.md;
# `bench/run.sh --help` lists the options.
#
#   bench/run.sh [--skip-build] [generator options...]
#
# --skip-build reuses the jar, classpath and test classes of the previous run (bench/.work/).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK="$ROOT/bench/.work"

if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 && -z "${JAVA_HOME:-}" ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
    echo "bench/run.sh needs a JDK 25: set JAVA_HOME (for example /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
    exit 2
fi
JAVA="$JAVA_HOME/bin/java"
if ! "$JAVA" -version 2>&1 | grep -q 'version "25'; then
    echo "JAVA_HOME=$JAVA_HOME is not a JDK 25." >&2
    exit 2
fi

BUILD=true
ARGS=()
for arg in "$@"; do
    case "$arg" in
        --skip-build) BUILD=false ;;
        -h|--help) sed -n '/static final String USAGE/,/""";/p' \
            bench/src/main/java/nl/keukentafel/bench/BenchOptions.java | sed '1d;$d'; exit 0 ;;
        *) ARGS+=("$arg") ;;
    esac
done

# Other engineers build on this machine at the same time: every Maven call takes the lock, and the
# outputs are copied to bench/.work/ so a concurrent build cannot swap them during a run.
mvn() {
    flock /tmp/kt-mvn.lock ./mvnw -B -q "$@"
}

if $BUILD; then
    mkdir -p "$WORK"
    echo "[bench] building the production jar"
    mvn -DskipTests package
    cp target/keukentafel-0.1.0-SNAPSHOT.jar "$WORK/keukentafel.jar"
    echo "[bench] resolving the test classpath"
    mvn -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
    cp target/bench-classpath.txt "$WORK/classpath.txt"
    echo "[bench] compiling the load generator"
    mvn -Pbench test-compile
    rm -rf "$WORK/test-classes"
    cp -r target/test-classes "$WORK/test-classes"
fi
for f in "$WORK/keukentafel.jar" "$WORK/classpath.txt" "$WORK/test-classes"; do
    [[ -e "$f" ]] || { echo "Missing $f: run without --skip-build first." >&2; exit 2; }
done

COMMIT=$(git rev-parse HEAD 2>/dev/null || echo unknown)
DIRTY=$([[ -n "$(git status --porcelain 2>/dev/null)" ]] && echo true || echo false)

echo "[bench] running the load generator"
# The generator shares the machine with the app; ZGC keeps its own collection pauses (which would be
# counted as latency: a message is timestamped when the generator reads it) well under a millisecond.
exec "$JAVA" -Xmx2g -XX:+UseZGC -Djava.awt.headless=true \
    -Dlogback.configurationFile="$ROOT/bench/logback.xml" \
    -Dbench.gitCommit="$COMMIT" -Dbench.gitDirty="$DIRTY" \
    -cp "$WORK/test-classes:$(cat "$WORK/classpath.txt")" \
    nl.keukentafel.bench.LiveBoardBenchmark --jar "$WORK/keukentafel.jar" ${ARGS[@]+"${ARGS[@]}"}
