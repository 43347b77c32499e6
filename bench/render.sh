#!/usr/bin/env bash
# Rendering without the page cache: what each page type costs to render, in CPU per request.
#
#   bench/render.sh                      build, start with -Xmx128m and the page cache off, warm up, measure
#   NO_BUILD=1 bench/render.sh           use the jar already in target/
#   NO_BUILD=1 JFR=1 bench/render.sh     the same, recording the measurement with Java Flight Recorder,
#                                        then the hottest methods (top frame) and the hottest of the site's
#                                        own code anywhere on the stack
#   NO_BUILD=1 GZIP=1 bench/render.sh    asking for gzip, as browsers do
#
# Every page type of src/test/java/com/toolkitatlas/support/PageType.java that answers 200 is warmed up
# together for $WARMUP seconds (the JIT on 2 cores keeps improving for a minute or more), then measured
# one after the other with wrk -t$THREADS -c$CONNECTIONS -d$DURATION. "CPU/req" is the application
# process's CPU time (user + system, from /proc/<pid>/stat) over the requests wrk completed: it holds on
# a shared machine, where throughput does not. Target (issue 17): 1 ms of CPU per page or less.
#
# Settings (environment): APP_PORT, THREADS (2), CONNECTIONS (8), DURATION (8s), WARMUP (60), JAVA_OPTS
# (-Xmx128m), APP_ARGS (--atlas.pages.cache=false), GZIP (0), JFR (0), PAGES (all page types), JAR (with
# NO_BUILD=1: another jar to measure, e.g. a before and an after side by side), ROUNDS (1: every page measured
# once; 3: every page measured in turn three times over, each figure the median of its three).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
DURATION="${DURATION:-8s}"
WARMUP="${WARMUP:-60}"
APP_ARGS="${APP_ARGS:---atlas.pages.cache=false}"
GZIP="${GZIP:-0}"
JFR="${JFR:-0}"
ROUNDS="${ROUNDS:-1}"
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

ensure_tools wrk
build
# Recording from the start: a recording started later retransforms classes, which threw the JIT's work
# away and measured mostly interpreted code (seen: 88 % of samples interpreted, a page 20 times slower).
# Only the measurement is kept (JFR.dump begin=...).
[ "$JFR" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=name=render,settings=profile -XX:FlightRecorderOptions:stackdepth=256"
start_app

header=()
[ "$GZIP" = 1 ] && header=(-H 'Accept-Encoding: gzip')

names=(); paths=()
while read -r name expected path; do
    [ "$expected" = 200 ] || continue
    if [ -n "${PAGES:-}" ] && ! [[ " $PAGES " == *" $name "* ]]; then continue; fi
    status="$(status_of "$path")"
    [ "$status" = 200 ] || { log "Skipping $name ($path): it answers $status"; continue; }
    names+=("$name"); paths+=("$path")
done < <(page_types)

# One wrk over every page in turn, for the warm-up.
{
    echo "local paths = {"
    for p in "${paths[@]}"; do printf '  "%s",\n' "$p"; done
    cat <<'LUA'
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
} >"$WORK/all.lua"
log "Warming up: ${WARMUP} s over ${#names[@]} page types"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${header[@]}" -s "$WORK/all.lua" "http://127.0.0.1:$APP_PORT" >/dev/null
check_app_alive

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

measuring_since="$(date -u '+%H:%M:%S')"
measuring_since_local="$(date '+%H:%M:%S')"   # as `jfr print` writes event times

# What is measured is the jar, which need not be the worktree's commit (JAR=...): its name, and the commit
# and build time it carries (git.properties, build-info.properties), where it has them.
jar_description() {
    local props commit dirty built
    props="$(unzip -p "$JAR" BOOT-INF/classes/git.properties 2>/dev/null || true)"
    commit="$(sed -n 's/^git\.commit\.id\.abbrev=//p' <<<"$props")"
    dirty="$(sed -n 's/^git\.dirty=//p' <<<"$props")"
    built="$(unzip -p "$JAR" META-INF/build-info.properties 2>/dev/null | sed -n 's/^build\.time=//p' | tr -d '\\')"
    printf 'jar %s' "$(basename "$JAR")"
    [ -n "$commit" ] && printf ', commit %s%s' "$commit" "$([ "$dirty" = true ] && echo ' with changes')"
    [ -n "$built" ] && printf ', built %s' "$built"
    echo
}
echo "Toolkit Atlas, $(jar_description), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS -jar ... $APP_ARGS; wrk -t$THREADS -c$CONNECTIONS -d$DURATION${header:+ -H 'Accept-Encoding: gzip'}, after ${WARMUP} s warm-up over every page$([ "$ROUNDS" -gt 1 ] && echo ", $ROUNDS rounds")"
echo
printf '| %-16s | %8s | %9s | %8s | %8s | %6s |\n' page bytes "req/s" "CPU/req" "p99" errors
printf '|%s|\n' "------------------|----------|-----------|----------|----------|--------"
# Each round measures every page in turn; with ROUNDS > 1 each page's figures are the median of its rounds
# (the machine's load moves between two measures of one page by as much as a change to it would).
for round in $(seq 1 "$ROUNDS"); do
    for i in "${!names[@]}"; do
        before="$(cpu_ticks)"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "http://127.0.0.1:$APP_PORT${paths[$i]}" >"$WORK/$i.txt"
        after="$(cpu_ticks)"
        check_app_alive
        read -r rps _ p99 errors < <(wrk_figures "$WORK/$i.txt")
        requests="$(awk '/requests in/ { print $1 }' "$WORK/$i.txt")"
        cpu="$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" \
            'BEGIN { printf "%.4f", (n > 0 ? t * 1000 / hz / n : 0) }')"
        echo "$rps $cpu $p99 $errors" >>"$WORK/$i.rounds"
    done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
meeting=0
for i in "${!names[@]}"; do
    bytes="$(curl -s "${header[@]}" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT${paths[$i]}")"
    rps="$(awk '{ print $1 }' "$WORK/$i.rounds" | median)"
    cpu="$(awk '{ print $2 }' "$WORK/$i.rounds" | median)"
    p99="$(awk '{ print $3 }' "$WORK/$i.rounds" | median)"
    errors="$(awk '{ n += $4 } END { print n + 0 }' "$WORK/$i.rounds")"
    awk -v c="$cpu" -v r="$rps" 'BEGIN { exit !(int(c * 100 + 0.5) <= 100 && r >= 2000) }' && meeting=$((meeting + 1))
    printf '| %-16s | %8s | %9.0f | %5.2f ms | %6.2fms | %6s |\n' "${names[$i]}" "$bytes" "$rps" "$cpu" "$p99" "$errors"
done
echo
echo "$meeting of ${#names[@]} page types at 1 ms of CPU or less and 2,000 requests a second or more$([ "$ROUNDS" -gt 1 ] && echo " (medians of $ROUNDS rounds)")."
echo
echo "$(machine_state) (after)"

if [ "$JFR" = 1 ]; then
    # head closes its pipe early: not an error here.
    set +o pipefail
    jcmd "$APP_PID" JFR.dump name=render begin="$measuring_since" filename="$WORK/render.jfr" >/dev/null
    # The dump holds whole chunks of the recording, from the JVM's start: without this filter the summary
    # counted start-up and warm-up too (three quarters of the samples in a short run). Only the samples
    # taken from the start of the measurement are kept.
    jfr print --stack-depth 256 --events jdk.ExecutionSample "$WORK/render.jfr" | awk -v since="$measuring_since_local" '
        /^jdk\.ExecutionSample/ { if (keep) printf "%s", event; event = $0 "\n"; keep = 0; next }
        { event = event $0 "\n" }
        /^[ \t]*startTime = / { keep = (substr($3, 1, 8) >= since) }
        END { if (keep) printf "%s", event }' >"$WORK/samples.txt"
    echo
    echo "JFR execution samples: $(grep -c 'jdk.ExecutionSample' "$WORK/samples.txt")"
    echo
    echo "Hottest methods (top frame), share of samples:"
    awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); n[$0]++; t++ }
        END { for (m in n) printf "%6.1f%%  %s\n", n[m] * 100 / t, m }' "$WORK/samples.txt" | sort -rn | head -n 25
    echo
    echo "Share of samples by the package of the top frame:"
    awk '/stackTrace = \[/ { getline; f = $1; sub(/\.[^.]*\(.*$/, "", f); sub(/\.[A-Z][A-Za-z0-9_$]*$/, "", f); n[f]++; t++ }
        END { for (p in n) printf "%6.1f%%  %s\n", n[p] * 100 / t, p }' "$WORK/samples.txt" | sort -rn | head -n 15
    echo
    echo "Share of samples with a frame of these anywhere on the stack:"
    for what in org.springframework.expression org.thymeleaf com.toolkitatlas java.util.stream DigestUtils GZIPOutputStream; do
        awk -v w="$what" '/stackTrace = \[/ { inside = 1; hit = 0; t++; next }
            inside && /^[ \t]*\]/ { inside = 0; if (hit) n++; next }
            inside && index($0, w) { hit = 1 }
            END { printf "%6.1f%%  %s\n", n * 100 / t, w }' "$WORK/samples.txt"
    done
    if [ -n "${KEEP_JFR:-}" ]; then
        cp "$WORK/render.jfr" "$KEEP_JFR"
        echo "$measuring_since" >"$KEEP_JFR.since"   # UTC: the recording's events before it are start-up and warm-up
        log "JFR recording kept in $KEEP_JFR (measurement from $measuring_since UTC)"
    fi
fi
