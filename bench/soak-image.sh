#!/usr/bin/env bash
# The soak (bench/soak.sh) of the application set up as the Docker image runs it, for memory's target (issue 17,
# target 3: 300 MiB resident after the soak with a heap of 128 MB):
#   - on Java 25, the jar extracted with -Djarmode=tools;
#   - a training run that serves the same pages as the Dockerfile's and writes the JVM's AOT cache as it exits;
#   - the image's JVM options, read from the Dockerfile's JAVA_TOOL_OPTIONS, with the heap capped at 128 MB
#     (-Xmx128m in place of -XX:MaxRAMPercentage=75), and MALLOC_ARENA_MAX=2, as the image sets it.
# One difference: Spring's ahead-of-time processing stays off (no -Dspring.aot.enabled=true), because a jar
# processed for the image serves the actuator on a port of its own, and bench/soak.sh reads the application's
# readiness and metrics on the application's port. So any jar can be soaked, -Paot or not.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/soak-image.sh                       build, then soak
#   JAVA_HOME=... NO_BUILD=1 JAR=<a jar> IDLE=15 bench/soak-image.sh                        the seventeenth round's
#   JAVA_HOME=... NO_BUILD=1 JAR=<a jar> OPTIONS="-Xmx128m -XX:+UseSerialGC" bench/soak-image.sh     other options
#
# Settings (environment): JAVA_HOME (a Java 25 JDK; the AOT cache needs 25 or later), OPTIONS (the image's, as
# above), JAR with NO_BUILD=1, and bench/soak.sh's own (DURATION, WARMUP, IDLE, CONNECTIONS...).
# Exits as bench/soak.sh does: 1 when a target is missed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
[ -n "${JAVA_HOME:-}" ] && PATH="$JAVA_HOME/bin:$PATH"
version="$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')"
if [ "${version%%.*}" -lt 25 ]; then
    echo "Java $version: the AOT cache needs Java 25 or later (JAVA_HOME=<a Java 25 JDK>)" >&2; exit 1
fi

# The image's options: JAVA_TOOL_OPTIONS from the Dockerfile, the heap fixed at 128 MB.
image_options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' "$ROOT/Dockerfile")"
[ -n "$image_options" ] || { echo "No JAVA_TOOL_OPTIONS in the Dockerfile" >&2; exit 1; }
OPTIONS="${OPTIONS:-$(echo "$image_options" | sed 's/-XX:MaxRAMPercentage=[0-9]*/-Xmx128m/')}"
export MALLOC_ARENA_MAX=2

if [ "${NO_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi
JAR="${JAR:-$(ls "$ROOT"/target/toolkit-atlas-*.jar | grep -v -- '-plain' | head -n 1)}"

WORK="$(mktemp -d /tmp/atlas-soak-image.XXXXXX)"
TRAINING_PID=""
cleanup() {
    if [ -n "$TRAINING_PID" ] && kill -0 "$TRAINING_PID" 2>/dev/null; then kill "$TRAINING_PID"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/application" >/dev/null
app="$WORK/application/$(basename "$JAR")"
cache="$WORK/application/application.aot"

# The training run: the pages the Dockerfile's training serves, then a stop; the JVM writes the cache as it exits.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
echo "Training: java $OPTIONS -XX:AOTCacheOutput=... -jar $(basename "$JAR")" >&2
# shellcheck disable=SC2086
java $OPTIONS -XX:AOTCacheOutput="$cache" -jar "$app" --server.port="$port" >"$WORK/training.log" 2>&1 &
TRAINING_PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
# The Dockerfile's training loop, "for page in / /roles ...; do curl -fsS ...", read across its lines.
listed="$(tr '\n' ' ' <"$ROOT/Dockerfile" | sed -n 's/.*for page in \(.*\); do \\ *curl -fsS.*/\1/p' | tr -d '\\"')"
read -r -a pages <<<"$listed"
[ "${#pages[@]}" -gt 0 ] || { echo "No training pages found in the Dockerfile" >&2; exit 1; }
for page in "${pages[@]}"; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port$page"
done
curl -sS -o /dev/null "http://127.0.0.1:$port/roles/no-such-role"
kill "$TRAINING_PID"; wait "$TRAINING_PID" || true
TRAINING_PID=""
[ -s "$cache" ] || { echo "The training run wrote no AOT cache; its log:" >&2; tail -n 20 "$WORK/training.log" >&2; exit 1; }
echo "AOT cache: $(du -m "$cache" | cut -f1) MB" >&2

NO_BUILD=1 JAR="$app" JAVA_OPTS="$OPTIONS -XX:AOTCache=$cache -XX:AOTMode=on" "$ROOT/bench/soak.sh"
