# Shared by bench/lighthouse.sh and bench/comeback.sh (sourced from the repository root): builds
# what both need into bench/work/pages/ and runs nl.keukentafel.bench.pages.PagesBench.

# prepare_pages SCRIPT JAR BUILD: the production jar (built with `./mvnw package` unless JAR is
# given), the test classpath and the bench classes (Maven profile `bench`). Every Maven call holds
# /tmp/maven.lock; nothing holds it while a measurement runs.
prepare_pages() {
    local script=$1 jar=$2 build=$3
    PAGES_WORK="$ROOT/bench/work/pages"
    mkdir -p "$PAGES_WORK"
    if [[ -n "$jar" ]]; then
        cp "$jar" "$PAGES_WORK/keukentafel.jar"
    elif $build; then
        echo "[$script] building the production jar"
        flock /tmp/maven.lock ./mvnw -B -q -DskipTests package
        cp target/keukentafel-0.1.0-SNAPSHOT.jar "$PAGES_WORK/keukentafel.jar"
    fi
    if $build || [[ ! -d "$PAGES_WORK/test-classes" ]]; then
        echo "[$script] resolving the test classpath and compiling the bench"
        flock /tmp/maven.lock ./mvnw -B -q -Pbench dependency:build-classpath \
            -Dmdep.outputFile="$PAGES_WORK/classpath.txt" -Dmdep.includeScope=test > /dev/null
        flock /tmp/maven.lock ./mvnw -B -q -Pbench test-compile
        rm -rf "$PAGES_WORK/test-classes"
        cp -r target/test-classes "$PAGES_WORK/test-classes"
    fi
    for f in "$PAGES_WORK/keukentafel.jar" "$PAGES_WORK/classpath.txt" "$PAGES_WORK/test-classes"; do
        [[ -e "$f" ]] || { echo "Missing $f: run $script without --skip-build first." >&2; exit 2; }
    done
}

# run_pages MODE ARGS...: runs PagesBench against the prepared jar.
run_pages() {
    local commit dirty
    commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
    dirty=$([[ -n "$(git status --porcelain -- src frontend pom.xml 2>/dev/null)" ]] && echo true || echo false)
    "$JAVA" -Xmx1g -Djava.awt.headless=true \
        -Dlogback.configurationFile="$ROOT/bench/logback.xml" \
        -Dbench.gitCommit="$commit" -Dbench.gitDirty="$dirty" ${PAGES_JAVA_OPTS:-} \
        -cp "$PAGES_WORK/test-classes:$(cat "$PAGES_WORK/classpath.txt")" \
        nl.keukentafel.bench.pages.PagesBench "$@" --jar "$PAGES_WORK/keukentafel.jar" --work "$PAGES_WORK"
}
