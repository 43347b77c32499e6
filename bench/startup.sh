#!/usr/bin/env bash
# Start-up: time and CPU from launching the JVM to the first page answered, without Class Data Sharing and with
# it, set up as Spring Boot documents it (extract the jar with -Djarmode=tools, a training run that writes the
# archive with -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile). Two training runs are compared:
#   refresh  Spring Boot's documented one: the context starts, then exits (spring.context.exit=onRefresh), so the
#            archive holds the classes of start-up only;
#   pages    the application starts, serves its main pages once, then is stopped (SIGTERM): the archive also
#            holds the classes of the first requests (Tomcat's request path, the templates' engine, the views),
#            which the first page would otherwise load. The Docker image trains this way.
# Each of them also with Spring's ahead-of-time processing (variants aot, aot-refresh, aot-pages: the jar built with
# ./mvnw -Paot package, started and trained with -Dspring.aot.enabled=true), as the Docker image runs it.
# Optionally side by side with another Spring Boot jar (Spring PetClinic), extracted and trained the same ways,
# alternating, in one run (for the aot variants, OTHER_JAR must be AOT-processed too).
# On Java 25 and later (JAVA_HOME=<that JDK>; both applications always run on the same JVM), also the JVM's AOT
# cache, CDS's successor (JEPs 483, 514, 515: classes loaded and linked, and method profiles), which Spring Boot
# documents for Java 25 in place of CDS: the training run writes the cache with -XX:AOTCacheOutput as it exits, the
# start reads it with -XX:AOTCache (and -XX:AOTMode=on, so that a cache the JVM cannot use stops the run rather
# than go unnoticed). Variants cache and aot-cache are trained on pages, as above; cache-refresh and
# aot-cache-refresh as Spring Boot documents it (spring.context.exit=onRefresh).
#
#   NO_BUILD=1 bench/startup.sh
#   NO_BUILD=1 OTHER_JAR=/path/to/spring-petclinic-4.0.0-SNAPSHOT.jar bench/startup.sh
#   ./mvnw -Paot -DskipTests package && NO_BUILD=1 VARIANTS="none pages aot-pages" \
#       OTHER_JAR=<PetClinic's jar, AOT-processed> bench/startup.sh        (the fourth round, bench/RESULTS.md)
#   NO_BUILD=1 ROUNDS=3 VARIANTS=aot-pages JAR=<main's -Paot jar> OTHER_JAR=<this branch's> OTHER_NAME=branch \
#       OTHER_ARGS=--management.server.port=0 OTHER_PAGES="<this site's page types>" bench/startup.sh  (fifth round)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 NO_BUILD=1 VARIANTS="none pages aot-pages cache aot-cache" \
#       JAR=<a -Paot jar> OTHER_JAR=<PetClinic's jar, AOT-processed> bench/startup.sh     (eleventh round)
#
# Each round starts every variant once, in turn; the table gives the median of ROUNDS rounds. "CPU" is the
# process's user + system time when the first page answers (steadier than wall time on a shared machine).
#
# Settings (environment): JAVA_HOME (the machine's default java), ROUNDS (5), JAVA_OPTS (-Xmx128m), VARIANTS ("none refresh pages"), OTHER_JAR,
# OTHER_NAME (petclinic), OTHER_PAGES (the pages PetClinic's training serves: its home, owner search, an owner,
# the vets; this site's are every page type of PageType.java), ATLAS_ARGS (--management.server.port=0: the
# actuator on a port of its own, as production runs it and as the AOT-processed jar requires), OTHER_ARGS (none;
# to compare two builds of this site, OTHER_JAR=<the other build> OTHER_NAME=<its name> OTHER_ARGS="$ATLAS_ARGS"
# and OTHER_PAGES=<this site's pages>, as the fifth round did).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ROUNDS="${ROUNDS:-5}"
VARIANTS="${VARIANTS:-none refresh pages}"
OTHER_JAR="${OTHER_JAR:-}"
OTHER_NAME="${OTHER_NAME:-petclinic}"
OTHER_PAGES="${OTHER_PAGES:-/ /owners/find /owners?lastName= /owners/1 /owners/1/pets/new /vets.html /vets}"
ATLAS_ARGS="${ATLAS_ARGS:---management.server.port=0}"
OTHER_ARGS="${OTHER_ARGS:-}"
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

build

# The jar extracted as Spring Boot's CDS set-up asks (a plain jar beside its lib/ directory).
extract() {
    local name="$1" jar="$2"
    java -Djarmode=tools -jar "$jar" extract --destination "$WORK/$name" >/dev/null
    ls "$WORK/$name"/*.jar | head -n 1
}

# Waits until the application on $1 answers its home page; fails with the end of $2 if it dies.
await_home() {
    local port="$1" logfile="$2"
    until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
        kill -0 "$APP_PID" 2>/dev/null || { log "It did not start:"; tail -n 20 "$logfile" >&2; exit 1; }
        sleep 0.05
    done
}

# The JVM's options of a variant: the AOT-processed start for aot, aot-refresh and aot-pages.
variant_opts() {
    case "$1" in aot*) echo "$JAVA_OPTS -Dspring.aot.enabled=true" ;; *) echo "$JAVA_OPTS" ;; esac
}

# The file a variant's training run writes for application $1: a CDS archive, or an AOT cache (variants *cache*).
archive_of() {
    case "$2" in *cache*) echo "$WORK/$1/$2.aot" ;; *) echo "$WORK/$1/$2.jsa" ;; esac
}

# The option that has the training run of variant $1 write the file $2 as the JVM exits.
archive_output() {
    case "$1" in *cache*) echo "-XX:AOTCacheOutput=$2" ;; *) echo "-XX:ArchiveClassesAtExit=$2" ;; esac
}

# One training run of the extracted jar $2, writing archive_of $1 $3; $5 are the application's arguments.
train() {
    local name="$1" jar="$2" variant="$3" pages="$4" args="$5"
    local archive logfile="$WORK/$name-$variant-training.log" opts
    archive="$(archive_of "$name" "$variant")"
    opts="$(variant_opts "$variant") $(archive_output "$variant" "$archive")"
    if [ "${variant%refresh}" != "$variant" ]; then
        # shellcheck disable=SC2086
        java $opts -Dspring.context.exit=onRefresh \
            -jar "$jar" --server.port=0 $args >"$logfile" 2>&1 || true
    else
        local port path
        local -; set -f # the addresses hold '?', not patterns of file names
        port="$(free_port)"
        # shellcheck disable=SC2086
        java $opts -jar "$jar" --server.port="$port" $args >"$logfile" 2>&1 &
        APP_PID=$!
        await_home "$port" "$logfile"
        for path in $pages; do
            curl -s -o /dev/null "http://127.0.0.1:$port$path"
        done
        # The JVM writes the archive as it exits, after the shutdown hooks (the AOT cache in a second JVM that the
        # exiting one starts and waits for).
        stop_app
    fi
    [ -s "$archive" ] || { log "No archive for $name ($variant):"; tail -n 20 "$logfile" >&2; exit 1; }
    log "$(basename "$archive"): $(( $(stat -c %s "$archive") / 1048576 )) MiB"
}

# Starts one variant, waits for its first page, prints "seconds cpu_seconds", stops it.
start_once() {
    local variant="$1" jar="$2" archive="$3" args="$4"
    local port opts
    opts="$(variant_opts "$variant")"
    port="$(free_port)"
    case "$variant" in
        none | aot) ;;
        *cache*) opts="$opts -XX:AOTCache=$archive -XX:AOTMode=on" ;;
        *) opts="$opts -XX:SharedArchiveFile=$archive -Xshare:on" ;;
    esac
    local t0 t1
    t0="$(date +%s.%N)"
    # shellcheck disable=SC2086
    java $opts -jar "$jar" --server.port="$port" $args >"$WORK/start.log" 2>&1 &
    APP_PID=$!
    await_home "$port" "$WORK/start.log"
    t1="$(date +%s.%N)"
    local ticks
    ticks="$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")"
    stop_app
    awk -v a="$t0" -v b="$t1" -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f %.2f\n", b - a, t / hz }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

names=(atlas); jars=("$JAR"); pages=("$(page_types | awk '{ print $3 }' | tr '\n' ' ')"); args=("$ATLAS_ARGS")
[ -n "$OTHER_JAR" ] && { names+=("$OTHER_NAME"); jars+=("$OTHER_JAR"); pages+=("$OTHER_PAGES"); args+=("$OTHER_ARGS"); }
extracted=()
for i in "${!names[@]}"; do
    log "Extracting ${names[$i]}"
    extracted+=("$(extract "${names[$i]}" "${jars[$i]}")")
    for variant in $VARIANTS; do
        case "$variant" in none | aot) continue ;; esac
        log "Training ${names[$i]} ($variant)"
        train "${names[$i]}" "${extracted[$i]}" "$variant" "${pages[$i]}" "${args[$i]}"
    done
done

echo "Start-up to the first page, $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "JVM: $(java_version)"
echo "java $JAVA_OPTS [-Dspring.aot.enabled=true] [-XX:SharedArchiveFile=<variant>.jsa -Xshare:on |" \
    "-XX:AOTCache=<variant>.aot -XX:AOTMode=on] -jar <extracted jar>" \
    "(Toolkit Atlas: $ATLAS_ARGS); $ROUNDS rounds, variants alternating"
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!names[@]}"; do
        for variant in $VARIANTS; do
            read -r seconds cpu < <(start_once "$variant" "${extracted[$i]}" "$(archive_of "${names[$i]}" "$variant")" \
                "${args[$i]}")
            echo "$seconds" >>"$WORK/${names[$i]}-$variant.wall"; echo "$cpu" >>"$WORK/${names[$i]}-$variant.cpu"
            log "round $round: ${names[$i]} variant=$variant ${seconds} s, ${cpu} s CPU"
        done
    done
done
echo
printf '| %-10s | %-17s | %18s | %17s | %-30s |\n' application variant "first page (median)" "CPU to it (median)" "all rounds (s)"
printf '|%s|\n' "------------|-------------------|---------------------|-------------------|--------------------------------"
for i in "${!names[@]}"; do
    for variant in $VARIANTS; do
        printf '| %-10s | %-17s | %17s s | %15s s | %-30s |\n' "${names[$i]}" "$variant" \
            "$(median <"$WORK/${names[$i]}-$variant.wall")" "$(median <"$WORK/${names[$i]}-$variant.cpu")" \
            "$(tr '\n' ' ' <"$WORK/${names[$i]}-$variant.wall")"
    done
done
echo
echo "$(machine_state) (after)"
