#!/usr/bin/env bash
# Checks the production jar's security headers and that its pages work under its
# Content-Security-Policy, in headless Chromium (tools/production-check/README.md).
#
#   tools/production-check/run.sh [--jar PATH]
#
# Without --jar it builds the production jar from the committed HEAD in a temporary git worktree
# (so the working tree's target/ stays in development mode) and keeps it in
# target/production-check/. Writes
# bench/results/production-check.md; exits non-zero when a check fails.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
PORT="${PORT:-18282}"
WORK=$(mktemp -d /tmp/kt-production-check.XXXXXX)
JAR=""
if [[ "${1:-}" == "--jar" ]]; then
    JAR="$2"
fi

cleanup() {
    if [[ -d "$WORK/tree" ]]; then
        git -C "$ROOT" worktree remove --force "$WORK/tree" || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "$JAR" ]]; then
    echo "[check] building the production jar from HEAD ($(git rev-parse --short HEAD))"
    git worktree add --detach "$WORK/tree" HEAD > /dev/null
    (cd "$WORK/tree" && flock /tmp/maven.lock ./mvnw -B -q -DskipTests package)
    mkdir -p target/production-check
    JAR="$ROOT/target/production-check/keukentafel.jar"
    cp "$WORK"/tree/target/keukentafel-*.jar "$JAR"
    echo "[check] kept as $JAR (run again with --jar $JAR)"
fi

echo "[check] resolving the test classpath (Selenium)"
flock /tmp/maven.lock ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt" > /dev/null

echo "[check] starting $JAR against an embedded PostgreSQL, with the labelled demo data"
java -cp "$(cat "$WORK/classpath.txt")" tools/production-check/ProductionCheck.java \
    "$JAR" "$PORT" bench/results/production-check.md
