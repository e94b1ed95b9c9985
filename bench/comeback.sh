#!/usr/bin/env bash
# How long a joined tablet waits after reloading /table/CODE (issue 15, item 10): Chromium reloads
# the live demo board of the production jar N times with and without its session cookie and times
# the board with its notes and a working note form; writes bench/results/comeback-LABEL.{md,json}.
#
#   bench/comeback.sh [--jar PATH] [--skip-build] [--reloads N] [--busy THREADS] [--label NAME] [--app-args "..."]
#
# --busy keeps that many threads spinning during the reloads (a busy machine; default 0).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source bench/lib.sh
source bench/pages-lib.sh
use_jdk25 bench/comeback.sh

JAR="" BUILD=true ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --jar) JAR=$(realpath "$2"); shift 2 ;;
        --skip-build) BUILD=false; shift ;;
        --reloads|--busy|--label|--port|--app-args) ARGS+=("$1" "$2"); shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

prepare_pages comeback "$JAR" "$BUILD"
run_pages comeback --out "$ROOT/bench/results" ${ARGS[@]+"${ARGS[@]}"}
