#!/usr/bin/env bash
# Start-up: time and CPU from launching the JVM to the first page answered, with and without Class Data
# Sharing, set up as Spring Boot documents it (extract the jar with -Djarmode=tools, one training run that
# writes the archive with -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile). Optionally side by side
# with another Spring Boot jar (Spring PetClinic), started the same ways, alternating, in one run.
#
#   NO_BUILD=1 bench/startup.sh
#   NO_BUILD=1 OTHER_JAR=/path/to/spring-petclinic-4.0.0-SNAPSHOT.jar bench/startup.sh
#
# Each round starts every variant once, in turn; the table gives the median of ROUNDS rounds. "CPU" is the
# process's user + system time when the first page answers (steadier than wall time on a shared machine).
#
# Settings (environment): ROUNDS (5), JAVA_OPTS (-Xmx128m), OTHER_JAR, OTHER_NAME (petclinic).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS="${ROUNDS:-5}"
OTHER_JAR="${OTHER_JAR:-}"
OTHER_NAME="${OTHER_NAME:-petclinic}"
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

build

# Extracts a jar as Spring Boot's CDS set-up does and makes its archive with a training run (the context
# starts, then exits: spring.context.exit=onRefresh).
prepare() {
    local name="$1" jar="$2"
    java -Djarmode=tools -jar "$jar" extract --destination "$WORK/$name" >/dev/null
    local extracted
    extracted="$(ls "$WORK/$name"/*.jar | head -n 1)"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/$name/application.jsa" -Dspring.context.exit=onRefresh \
        -jar "$extracted" --server.port=0 >"$WORK/$name-training.log" 2>&1 || true
    [ -s "$WORK/$name/application.jsa" ] || { log "No CDS archive for $name:"; tail -n 20 "$WORK/$name-training.log" >&2; exit 1; }
    echo "$extracted"
}

# Starts one variant, waits for its first page, prints "seconds cpu_seconds", stops it.
start_once() {
    local cds="$1" jar="$2" archive="$3"
    local port opts="$JAVA_OPTS"
    port="$(free_port)"
    [ "$cds" = yes ] && opts="$opts -XX:SharedArchiveFile=$archive"
    local t0 t1
    t0="$(date +%s.%N)"
    # shellcheck disable=SC2086
    java $opts -jar "$jar" --server.port="$port" >"$WORK/start.log" 2>&1 &
    APP_PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
        kill -0 "$APP_PID" 2>/dev/null || { log "It did not start:"; tail -n 20 "$WORK/start.log" >&2; exit 1; }
        sleep 0.05
    done
    t1="$(date +%s.%N)"
    local ticks
    ticks="$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")"
    stop_app
    awk -v a="$t0" -v b="$t1" -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f %.2f\n", b - a, t / hz }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

names=(atlas); jars=("$JAR")
[ -n "$OTHER_JAR" ] && { names+=("$OTHER_NAME"); jars+=("$OTHER_JAR"); }
extracted=()
for i in "${!names[@]}"; do
    log "Extracting ${names[$i]} and making its CDS archive (training run)"
    extracted+=("$(prepare "${names[$i]}" "${jars[$i]}")")
done

echo "Start-up to the first page, $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS -jar <extracted jar> [-XX:SharedArchiveFile=application.jsa]; $ROUNDS rounds, variants alternating"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!names[@]}"; do
        for cds in no yes; do
            read -r seconds cpu < <(start_once "$cds" "${extracted[$i]}" "$WORK/${names[$i]}/application.jsa")
            echo "$seconds" >>"$WORK/${names[$i]}-$cds.wall"; echo "$cpu" >>"$WORK/${names[$i]}-$cds.cpu"
            log "round $round: ${names[$i]} CDS=$cds ${seconds} s, ${cpu} s CPU"
        done
    done
done
echo
printf '| %-10s | %-4s | %18s | %17s | %-24s |\n' application CDS "first page (median)" "CPU to it (median)" "all rounds (s)"
printf '|%s|\n' "------------|------|---------------------|-------------------|--------------------------"
for i in "${!names[@]}"; do
    for cds in no yes; do
        printf '| %-10s | %-4s | %17s s | %15s s | %-24s |\n' "${names[$i]}" "$cds" \
            "$(median <"$WORK/${names[$i]}-$cds.wall")" "$(median <"$WORK/${names[$i]}-$cds.cpu")" \
            "$(tr '\n' ' ' <"$WORK/${names[$i]}-$cds.wall")"
    done
done
echo
echo "$(machine_state) (after)"
