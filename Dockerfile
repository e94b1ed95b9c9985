# Keukentafel: production image. Needs an external PostgreSQL (see docker-compose.yml and
# docs/adr/0004); the embedded PostgreSQL is not part of the production jar.

# --- Build: the production jar (Vaadin's pre-compiled production bundle, no Node; docs/adr/0005).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Dependencies first, so they stay cached while only the sources change. The Temurin images ship
# neither curl nor wget; the Maven wrapper then downloads Maven with Java itself.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -DskipTests package \
    && jar="$(ls target/keukentafel-*.jar | grep -v '\.original$' | head -n 1)" \
    && test -n "$jar" \
    && cp "$jar" /build/app.jar

# --- Run: JRE only, as a non-root user.
FROM eclipse-temurin:25-jre

# curl for the health check: the Temurin JRE image has neither curl nor wget.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system keukentafel \
    && useradd --system --gid keukentafel --home-dir /app --shell /usr/sbin/nologin keukentafel \
    && mkdir -p /app \
    && chown keukentafel:keukentafel /app

WORKDIR /app
COPY --from=build --chown=keukentafel:keukentafel /build/app.jar app.jar
USER keukentafel

EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health/readiness" > /dev/null || exit 1

# G1 settings measured with bench/run.sh (README "Performance", ADR 0008): short young
# collections, and screen state that outlives one collection promoted at once.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:MaxGCPauseMillis=15", "-XX:MaxTenuringThreshold=0", "-jar", "app.jar"]
