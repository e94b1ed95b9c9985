# Shell helpers the bench scripts share; sourced (`source bench/lib.sh` from the repository root),
# not run on its own.

# use_jdk25 SCRIPT: the scripts run the app and the bench with a JDK 25 only. Takes JAVA_HOME, or
# the Temurin 25 of this machine when JAVA_HOME is unset; exits 2 (naming SCRIPT) when it is not a
# JDK 25. Puts it first on PATH (for mvnw and the tools the scripts call) and sets JAVA.
use_jdk25() {
    local script=$1
    if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 && -z "${JAVA_HOME:-}" ]]; then
        export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    fi
    if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
        echo "$script needs a JDK 25: set JAVA_HOME (for example /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
        exit 2
    fi
    export PATH="$JAVA_HOME/bin:$PATH"
    JAVA="$JAVA_HOME/bin/java"
    if ! "$JAVA" -version 2>&1 | grep -q 'version "25'; then
        echo "JAVA_HOME=$JAVA_HOME is not a JDK 25." >&2
        exit 2
    fi
}

# holds_lock LOCK: whether this shell already holds LOCK (it was started under `flock LOCK`, and
# inherited the locked file). A script that takes the lock for its whole run (builds and
# measurement) re-executes itself under `flock LOCK` unless it does:
#   holds_lock "$LOCK" || exec flock "$LOCK" "$0" "$@"
holds_lock() {
    local lock=$1 fd
    for fd in /proc/$$/fd/*; do
        [[ "$(readlink "$fd" 2>/dev/null)" == "$lock" ]] && return 0
    done
    return 1
}
