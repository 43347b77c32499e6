#!/usr/bin/env bash
# Soak: the application under $CONNECTIONS connections for $DURATION seconds, over every page type of
# src/test/java/com/toolkitatlas/support/PageType.java (the error page included), then its errors and
# its memory growth.
#
#   bench/soak.sh                 five minutes at 64 connections, -Xmx128m
#   NO_BUILD=1 DURATION=60 bench/soak.sh
#   FLOOD_CONNECTIONS=16 bench/soak.sh    the same with a cache-busting flood beside it (bench/flood.lua)
#   FLOOD_CONNECTIONS=16 FLOOD=mixed bench/soak.sh    the flood with new searches among it (a rendering each)
#
# Errors: socket errors, plus answers whose status is not the one PageType.java gives for that page.
# Memory: the heap in use after a full GC (jcmd GC.run) and the process's resident memory (RSS), both
# measured after the warm-up and again after the soak. Targets: 0 errors, growth under 10 %. Also the peak
# resident memory (the kernel's high-water mark, VmHWM, warm-up and soak included) and the resident memory
# when the load stops and, after IDLE seconds without requests, before the script forces a full GC: a heap
# that gives memory back only after a full collection looks smaller after the forced one than it is in
# production, where nothing forces it.
# Exits 1 when a target is missed.
#
# With a flood beside it, also: the flood's requests and statuses (no 5xx), and no page whose address the
# catalogue fixes evicted from the page cache.
#
# Settings (environment): APP_PORT (a free port), CONNECTIONS (64), THREADS (2), DURATION (300),
# WARMUP (60), IDLE (0: seconds without requests after the soak, before memory is read),
# FLOOD_CONNECTIONS (0), FLOOD (busting: see bench/flood.lua), JAVA_OPTS (-Xmx128m), APP_ARGS,
# JAR (with NO_BUILD=1: another jar, such as one extracted for Class Data Sharing).
# With -XX:NativeMemoryTracking=summary in JAVA_OPTS, also the JVM's account of its memory after the soak.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-300}"
WARMUP="${WARMUP:-60}"
FLOOD_CONNECTIONS="${FLOOD_CONNECTIONS:-0}"
FLOOD="${FLOOD:-busting}"
IDLE="${IDLE:-0}"

FLOOD_PID=""
cleanup() {
    if [ -n "$FLOOD_PID" ] && kill -0 "$FLOOD_PID" 2>/dev/null; then kill "$FLOOD_PID"; fi
    stop_app; rm -rf "$WORK"
}
trap cleanup EXIT

# Heap in use after a full collection, in KiB.
heap_after_gc() {
    jcmd "$APP_PID" GC.run >/dev/null
    sleep 2
    # Every generation's "used" (G1 has one heap line, Serial and Parallel one per generation), not metaspace's.
    jcmd "$APP_PID" GC.heap_info | awk '/total/ && /used/ && !/Metaspace|class space/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); s += v } } END { print s + 0 }'
}

# A counter of the application's metrics, summed over the series whose line starts so.
metric() {
    curl -s "http://127.0.0.1:$APP_PORT/actuator/prometheus" \
        | awk -v m="$1" 'index($0, m) == 1 { s += $NF } END { printf "%d", s }'
}

rss() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"
}

# The most resident memory the process has had so far (KiB).
peak_rss() {
    awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status"
}

# KiB as MiB with one decimal: the target is near a whole number, and rounding down would hide a fraction over it.
mib() {
    awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'
}

# The heap's committed size by generation, as the collector reports it (KiB; "young old", or one figure for G1).
heap_committed() {
    jcmd "$APP_PID" GC.heap_info | awk '/total/ && !/Metaspace|class space/ { for (i = 1; i <= NF; i++) if ($i == "total") { v = $(i + 1); gsub(/[^0-9]/, "", v); printf "%s%d", (n++ ? " " : ""), v } } END { print "" }'
}

growth() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (a > 0 ? (b - a) * 100 / a : 0) }'
}

ensure_tools wrk
command -v jcmd >/dev/null || { log "jcmd (from a JDK) is needed to measure the heap"; exit 1; }
build
start_app

# The requests: every page type, with the status it must answer; one that answers otherwise before the
# soak starts is left out with a message, and counts as an error.
left_out=0
{
    echo "local paths = {"
    while read -r name expected path; do
        status="$(status_of "$path")"
        if [ "$status" != "$expected" ]; then
            log "Leaving out $name ($path): it answers $status, not $expected"
            left_out=$((left_out + 1))
            continue
        fi
        printf '  { "%s", %s },\n' "$path" "$status"
    done < <(page_types)
    cat <<'LUA'
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for i, page in ipairs(paths) do
    requests[i] = wrk.format("GET", page[1])
  end
  expected = {}
  for _, page in ipairs(paths) do expected[page[2]] = true end
  statuses = {}
  n = 0
end

function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

-- Prints one line per status code, summed over the threads, for the shell to read.
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d %d\n", status, count))
  end
end
LUA
} >"$WORK/soak.lua"
pages="$(grep -c '^  {' "$WORK/soak.lua")"
share_404="$(awk '/^  \{/ && /404 },$/' "$WORK/soak.lua" | wc -l)"

log "Warming up: $WARMUP s at $CONNECTIONS connections"
# The warm-up is the same load as the soak, flood included, so that memory is compared under one load.
if [ "$FLOOD_CONNECTIONS" -gt 0 ]; then
    FLOOD="$FLOOD" wrk -t1 -c"$FLOOD_CONNECTIONS" -d"${WARMUP}s" -s "$(dirname "$0")/flood.lua" \
        "http://127.0.0.1:$APP_PORT" >/dev/null &
    FLOOD_PID=$!
fi
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/soak.lua" "http://127.0.0.1:$APP_PORT" >/dev/null
if [ -n "$FLOOD_PID" ]; then wait "$FLOOD_PID" || true; FLOOD_PID=""; fi
heap_before="$(heap_after_gc)"; rss_before="$(rss)"
errors_logged_before="$(grep -c ' ERROR ' "$WORK/app.log" || true)"

log "Soaking: $DURATION s at $CONNECTIONS connections over $pages page types"
echo "Toolkit Atlas $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS $APP_ARGS; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s over $pages page types, after $WARMUP s warm-up"
fixed_evictions_before="$(metric 'atlas_page_cache_evictions_total{addresses="fixed"')"
if [ "$FLOOD_CONNECTIONS" -gt 0 ]; then
    echo "beside it, a cache-busting flood: FLOOD=$FLOOD wrk -t1 -c$FLOOD_CONNECTIONS -d${DURATION}s -s bench/flood.lua"
    FLOOD="$FLOOD" wrk -t1 -c"$FLOOD_CONNECTIONS" -d"${DURATION}s" --latency -s "$(dirname "$0")/flood.lua" \
        "http://127.0.0.1:$APP_PORT" >"$WORK/flood.txt" &
    FLOOD_PID=$!
fi
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/soak.lua" "http://127.0.0.1:$APP_PORT" >"$WORK/soak.txt"
if [ -n "$FLOOD_PID" ]; then wait "$FLOOD_PID" || true; FLOOD_PID=""; fi
check_app_alive
rss_loaded="$(rss)"; rss_peak="$(peak_rss)"
if [ "$IDLE" -gt 0 ]; then sleep "$IDLE"; fi
rss_idle="$(rss)"
fixed_evictions="$(( $(metric 'atlas_page_cache_evictions_total{addresses="fixed"') - fixed_evictions_before ))"
heap_after="$(heap_after_gc)"; rss_after="$(rss)"
heap_committed_after="$(heap_committed)"
# Resident memory by kind: anonymous (the heap, compiled code, native memory) and mapped from files (the class
# archive or AOT cache, the jars), which the kernel can drop and read again.
rss_anon="$(awk '/^RssAnon:/ { print $2 }' "/proc/$APP_PID/status")"
rss_file="$(awk '/^RssFile:/ { f = $2 } /^RssShmem:/ { s = $2 } END { print f + s }' "/proc/$APP_PID/status")"
errors_logged="$(( $(grep -c ' ERROR ' "$WORK/app.log" || true) - errors_logged_before ))"

read -r rps p50 p99 socket_and_non2xx < <(wrk_figures "$WORK/soak.txt")
requests="$(awk '/requests in/ { print $1 }' "$WORK/soak.txt")"
socket="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$WORK/soak.txt")"
count_of() { awk -v s="$1" '$1 == "status" && $2 == s { print $3 }' "$WORK/soak.txt"; }
ok200="$(count_of 200)"; ok404="$(count_of 404)"
other="$(awk '$1 == "status" && $2 != 200 && $2 != 404 { n += $3 } END { print n + 0 }' "$WORK/soak.txt")"
# The page types are requested in turn, so the share of 404s is known: any other share means a page
# answered something it should not have.
expected_404="$(awk -v r="${requests:-0}" -v k="$share_404" -v n="$pages" 'BEGIN { printf "%d", r * k / n }')"
misplaced="$(awk -v a="${ok404:-0}" -v e="$expected_404" -v n="$pages" 'BEGIN { d = a - e; if (d < 0) d = -d; print (d <= 64 ? 0 : d) }')"
flood_failed=0
if [ "$FLOOD_CONNECTIONS" -gt 0 ]; then
    flood_requests="$(awk '/requests in/ { print $1 }' "$WORK/flood.txt")"
    flood_statuses="$(awk '$1 == "flood-status" { printf "%s%d × %d", (n++ ? ", " : ""), $3, $2 }' "$WORK/flood.txt")"
    flood_failed="$(awk '$1 == "flood-status" && $2 >= 500 { n += $3 } END { print n + 0 }' "$WORK/flood.txt")"
fi
errors="$(( ${socket:-0} + other + misplaced + left_out + flood_failed + fixed_evictions ))"
heap_growth="$(growth "$heap_before" "$heap_after")"
rss_growth="$(growth "$rss_before" "$rss_after")"

echo
echo "| figure | value |"
echo "|---|---|"
echo "| requests | ${requests:-0} (${ok200:-0} × 200, ${ok404:-0} × 404, $other other) |"
echo "| requests per second | $rps |"
echo "| latency p50 / p99 | ${p50} ms / ${p99} ms |"
echo "| errors (socket errors, unexpected statuses) | $errors (${socket:-0} socket, $other other statuses, $misplaced misplaced 404s, $left_out page types left out) |"
echo "| ERROR lines in the application's log | $errors_logged |"
echo "| heap after full GC, before → after | $(( heap_before / 1024 )) MiB → $(( heap_after / 1024 )) MiB ($heap_growth %) |"
echo "| resident memory, before → after (each after a full GC) | $(mib "$rss_before") MiB → $(mib "$rss_after") MiB ($rss_growth %) |"
echo "| resident memory after, by kind | $(mib "$rss_anon") MiB anonymous, $(mib "$rss_file") MiB mapped from files |"
echo "| heap committed after the full GC, by generation | $(for k in $heap_committed_after; do printf '%s MiB ' "$(mib "$k")"; done)|"
echo "| classes loaded, unloaded since the start | $(jcmd "$APP_PID" PerfCounter.print | awk -F= '/^java.cls.loadedClasses=/ { l = $2 } /^java.cls.unloadedClasses=/ { u = $2 } END { print l ", " u }') |"
echo "| start-up, as the application logs it | $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | head -n 1 | awk '{ print $4 " s" }') |"
echo "| resident memory: peak, when the load stopped, after $IDLE s idle (no forced GC) | $(( rss_peak / 1024 )) MiB, $(( rss_loaded / 1024 )) MiB, $(( rss_idle / 1024 )) MiB |"
if [ "$FLOOD_CONNECTIONS" -gt 0 ]; then
    echo "| flood beside it ($FLOOD, $FLOOD_CONNECTIONS connections) | ${flood_requests:-0} requests: $flood_statuses |"
    echo "| pages of the catalogue evicted from the page cache | $fixed_evictions |"
fi
if [[ "$JAVA_OPTS" == *NativeMemoryTracking* ]]; then
    # Where the resident memory goes, by the JVM's own account (JAVA_OPTS="-Xmx128m -XX:NativeMemoryTracking=summary").
    echo
    echo "Native Memory Tracking after the soak (committed, MiB):"
    jcmd "$APP_PID" VM.native_memory summary scale=MB \
        | awk '/^-/ { name = $2; for (i = 3; i <= NF && $i !~ /^\(reserved/; i++) name = name " " $i
                     match($0, /committed=[0-9]+/); printf "  %-28s %6s\n", name, substr($0, RSTART + 10, RLENGTH - 10) }
               /^Total/ { match($0, /committed=[0-9]+/); printf "  %-28s %6s\n", "Total", substr($0, RSTART + 10, RLENGTH - 10) }'
fi
echo
echo "$(machine_state) (after)"
if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; then echo "The application still answers."; else echo "The application no longer answers!"; errors=$((errors + 1)); fi

awk -v e="$errors" -v l="$errors_logged" -v h="$heap_growth" -v r="$rss_growth" \
    'BEGIN { exit (e == 0 && l == 0 && h < 10 && r < 10) ? 0 : 1 }' && echo "Targets met." \
    || { echo "Targets MISSED."; exit 1; }
