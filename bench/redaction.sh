#!/usr/bin/env bash
# Redaction throughput (issue 11): builds the production jar and runs its "redact bench" command on
# one core over the labelled Dutch notes, then writes the result to bench/results/redaction-DATE/.
#   bench/redaction.sh [--skip-build] [--seconds N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 && -z "${JAVA_HOME:-}" ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
    echo "bench/redaction.sh needs a JDK 25: set JAVA_HOME (for example /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
    exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"

SKIP_BUILD=false
SECONDS_TO_MEASURE=20
while [[ $# -gt 0 ]]; do
    case "$1" in
        --skip-build) SKIP_BUILD=true; shift ;;
        --seconds) SECONDS_TO_MEASURE="$2"; shift 2 ;;
        *) echo "unknown option $1 (use --skip-build, --seconds N)" >&2; exit 1 ;;
    esac
done

JAR=target/keukentafel-0.1.0-SNAPSHOT.jar
if [[ "$SKIP_BUILD" == false ]]; then
    flock /tmp/kt-mvn.lock ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi
NOTES=src/test/resources/redaction/eval/eval.jsonl
OUT="bench/results/redaction-$(date -u +%Y-%m-%d)"
mkdir -p "$OUT"
# One core: the target is notes per second on one core.
PIN=()
if command -v taskset > /dev/null; then
    PIN=(taskset -c 0)
fi
"${PIN[@]}" java -XX:ActiveProcessorCount=1 -jar "$JAR" redact bench --in "$NOTES" --seconds "$SECONDS_TO_MEASURE" \
    --out "$OUT/result.json"
{
    echo "# Redaction throughput, $(date -u +%Y-%m-%d)"
    echo
    echo "One thread pinned to one core (\`taskset -c 0\`, \`-XX:ActiveProcessorCount=1\`), production jar,"
    echo "3 s warm-up, then ${SECONDS_TO_MEASURE} s over the $(grep -c '' "$NOTES") notes of \`$NOTES\`, no known names."
    echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before start: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo '```json'
    cat "$OUT/result.json"
    echo '```'
} > "$OUT/result.md"
cat "$OUT/result.md"
