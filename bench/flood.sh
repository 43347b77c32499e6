#!/usr/bin/env bash
# A cache-busting flood against a hot page: the hot page's throughput and latency alone, then with a flood of
# never-seen addresses beside it (bench/flood.lua), and what the flood did to the page cache.
#
#   bench/flood.sh                       build, start with -Xmx128m, warm up, measure each kind of flood
#   NO_BUILD=1 FLOODS="unknown" bench/flood.sh
#
# The probe that found the defect: 16 connections sending ?x=N cut a hot page from 9,968 to 319 req/s
# (p99 26 → 399 ms) and evicted pages nobody was busting. Targets: a request of a flood of addresses the page cache
# maps to a cached page ("unknown", "htmx", "order") costs the server at most one and a half cached page (the
# "cost" column: the hot page's requests the flood displaced, per flood request; with as many connections on each
# side, an equal cost splits the server in two halves, which is why the hot page's share alone is no target); no
# flood evicts a page whose address the catalogue fixes; no errors. A new search ("search") is a page to render:
# its cost is a rendering's, and only the other targets hold. Exits 1 when a target is missed.
#
# Settings (environment): APP_PORT, THREADS (2), CONNECTIONS (16, for the hot page and for the flood each),
# DURATION (15s), WARMUP (30), HOT (/tools/kubernetes), FLOODS ("unknown htmx order search"), JAVA_OPTS, APP_ARGS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-30}"
HOT="${HOT:-/tools/kubernetes}"
FLOODS="${FLOODS:-unknown htmx order search}"

cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

# A counter or gauge of the page cache from the metrics, summed over the series that match.
metric() {
    curl -s "http://127.0.0.1:$APP_PORT/actuator/prometheus" \
        | awk -v m="$1" 'index($0, m) == 1 { s += $NF } END { printf "%d", s }'
}

ensure_tools wrk
build
start_app

log "Warming up: $WARMUP s on $HOT, then $WARMUP s of mixed flood"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$APP_PORT$HOT" >/dev/null
FLOOD=mixed wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$(dirname "$0")/flood.lua" \
    "http://127.0.0.1:$APP_PORT" >/dev/null
check_app_alive

echo "Toolkit Atlas $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS $APP_ARGS; hot page $HOT; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency for the hot page, and"
echo "the same number of connections flooding beside it"
echo
printf '| %-8s | %13s | %13s | %11s | %12s | %6s | %15s | %14s | %6s | %-7s |\n' flood "hot req/s" "hot p50/p99" \
    "flood req/s" "flood p99" cost "fixed evicted" "query evicted" errors verdict
printf '|%s|\n' "----------|---------------|---------------|-------------|--------------|--------|-----------------|----------------|--------|---------"
read -r alone_rps alone_p50 alone_p99 alone_errors < <(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
    "http://127.0.0.1:$APP_PORT$HOT" >"$WORK/alone.txt"; wrk_figures "$WORK/alone.txt")
printf '| %-8s | %13.0f | %13s | %11s | %12s | %6s | %15s | %14s | %6s | %-7s |\n' none "$alone_rps" \
    "${alone_p50}/${alone_p99} ms" - - 1 - - "$alone_errors" -
missed=0
for flood in $FLOODS; do
    fixed_before="$(metric 'atlas_page_cache_evictions_total{addresses="fixed"')"
    query_before="$(metric 'atlas_page_cache_evictions_total{addresses="query"')"
    FLOOD="$flood" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(( ${DURATION%s} + 4 ))s" --latency \
        -s "$(dirname "$0")/flood.lua" "http://127.0.0.1:$APP_PORT" >"$WORK/flood-$flood.txt" &
    flood_pid=$!
    sleep 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$APP_PORT$HOT" >"$WORK/hot-$flood.txt"
    wait "$flood_pid"
    check_app_alive
    read -r hot_rps hot_p50 hot_p99 hot_errors < <(wrk_figures "$WORK/hot-$flood.txt")
    read -r flood_rps _ flood_p99 flood_socket < <(wrk_figures "$WORK/flood-$flood.txt")
    flood_bad="$(awk '$1 == "flood-status" && $2 >= 500 { n += $3 } END { print n + 0 }' "$WORK/flood-$flood.txt")"
    fixed="$(( $(metric 'atlas_page_cache_evictions_total{addresses="fixed"') - fixed_before ))"
    query="$(( $(metric 'atlas_page_cache_evictions_total{addresses="query"') - query_before ))"
    errors="$(( hot_errors + flood_bad ))"
    # What one flood request cost, in cached pages: the hot page's requests it displaced.
    cost="$(awk -v h="$hot_rps" -v a="$alone_rps" -v f="$flood_rps" 'BEGIN { printf "%.2f", (f > 0 ? (a - h) / f : 0) }')"
    verdict="$(awk -v f="$flood" -v c="$cost" -v x="$fixed" -v e="$errors" 'BEGIN {
        m = ""; if (f != "search" && c > 1.5) m = m "cost "; if (x > 0) m = m "evictions "; if (e > 0) m = m "errors "
        print (m == "" ? "ok" : "MISSED: " m) }')"
    [ "$verdict" = ok ] || missed=1
    printf '| %-8s | %13.0f | %13s | %11.0f | %12s | %6s | %15s | %14s | %6s | %-7s |\n' "$flood" "$hot_rps" \
        "${hot_p50}/${hot_p99} ms" "$flood_rps" "${flood_p99} ms" "$cost" "$fixed" "$query" "$errors" "$verdict"
done
echo
echo "Page cache after the floods: $(metric 'atlas_page_cache_entries{addresses="fixed"') pages of the catalogue," \
    "$(metric 'atlas_page_cache_entries{addresses="query"') query pages;" \
    "$(metric 'atlas_page_cache_requests_total{result="hit"') hits, $(metric 'atlas_page_cache_requests_total{result="miss"') misses," \
    "$(metric 'atlas_page_cache_requests_total{result="shared"') renderings shared"
echo "$(machine_state) (after)"
exit "$missed"
