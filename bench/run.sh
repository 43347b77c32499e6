#!/usr/bin/env bash
# Throughput and latency of the application against nginx serving the very same pages as static files.
#
#   bench/run.sh                          build, start with -Xmx128m, warm up, measure
#   NO_BUILD=1 bench/run.sh               use the jar already in target/
#   APP_ARGS=--atlas.pages.cache=false bench/run.sh    measure without the page cache
#   GZIP=1 bench/run.sh                   ask for gzip, as browsers do (nginx serves the application's gzipped
#                                         answer, saved as NAME.html.gz, with gzip_static)
#   BENCH_PAGES=ALL bench/run.sh          every page type that answers 200
#
# The four page types measured are named in BENCH_PAGES and looked up in the site's list of page types
# (src/test/java/com/toolkitatlas/support/PageType.java); one that is not there, or does not answer 200,
# is skipped with a message. For each page: the
# application's answer is saved as a file, nginx serves that file on another loopback port, and both are
# measured the same way: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency. Targets (issue 17): ratio
# >= 0.8, p99 <= 5 ms, no errors. Exits 1 when a target is missed.
#
# Settings (environment): APP_PORT, NGINX_PORT (free ports), THREADS (2), CONNECTIONS (32),
# DURATION (15s), WARMUP (seconds of load per page before measuring, 30), JAVA_OPTS (-Xmx128m), APP_ARGS,
# BENCH_PAGES ("HOME PROFILE PAIR FILTERED_ROLES", or ALL), GZIP (0), JAR (with NO_BUILD=1: another jar).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-30}"
BENCH_PAGES="${BENCH_PAGES:-HOME PROFILE PAIR FILTERED_ROLES}"
[ "$BENCH_PAGES" = ALL ] && BENCH_PAGES="$(page_types | awk '$2 == 200 { printf "%s ", $1 }')"
GZIP="${GZIP:-0}"
ACCEPT=()
[ "$GZIP" = 1 ] && ACCEPT=(-H 'Accept-Encoding: gzip')

cleanup() {
    stop_app
    stop_nginx
    rm -rf "$WORK"
}
trap cleanup EXIT

measure() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${ACCEPT[@]}" "$1" >"$2"
    check_app_alive
    wrk_figures "$2"
}

ensure_tools wrk nginx
build
start_app
start_nginx

# The pages to measure, saved as the application serves them.
names=(); paths=()
for name in $BENCH_PAGES; do
    path="$(page_types | awk -v n="$name" '$1 == n { print $3 }')"
    if [ -z "$path" ]; then
        log "Skipping $name: not a page type in $(basename "$PAGE_TYPES") yet"
        continue
    fi
    status="$(curl -s -o "$WORK/site/$name.html" -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")"
    if [ "$status" != 200 ]; then
        log "Skipping $name ($path): it answers $status, not 200"
        rm -f "$WORK/site/$name.html"
        continue
    fi
    if [ "$GZIP" = 1 ]; then
        curl -s "${ACCEPT[@]}" -o "$WORK/site/$name.html.gz" "http://127.0.0.1:$APP_PORT$path"
        [ "$(head -c 2 "$WORK/site/$name.html.gz" | od -An -tx1 | tr -d ' ')" = 1f8b ] \
            || log "$name: the application's answer is not gzipped"
    fi
    chmod 644 "$WORK"/site/"$name".html*
    names+=("$name"); paths+=("$path")
done
[ "${#names[@]}" -gt 0 ] || { log "No page to measure"; exit 1; }

log "Warming up: ${WARMUP} s of load on each page, application and nginx"
for i in "${!names[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${ACCEPT[@]}" "http://127.0.0.1:$APP_PORT${paths[$i]}" >/dev/null
    check_app_alive
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "${ACCEPT[@]}" "http://127.0.0.1:$NGINX_PORT/${names[$i]}.html" >/dev/null
done

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Toolkit Atlas $commit, $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS $APP_ARGS; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${ACCEPT:+ -H 'Accept-Encoding: gzip'}, after ${WARMUP} s warm-up per page"
echo
printf '| %-16s | %6s | %9s | %11s | %5s | %7s | %7s | %9s | %9s | %6s | %-7s |\n' \
    page bytes "app req/s" "nginx req/s" ratio "app p50" "app p99" "nginx p50" "nginx p99" errors verdict
printf '|%s|\n' "------------------|--------|-----------|-------------|-------|---------|---------|-----------|-----------|--------|---------"
missed=0
for i in "${!names[@]}"; do
    read -r app_rps app_p50 app_p99 app_errors < <(measure "http://127.0.0.1:$APP_PORT${paths[$i]}" "$WORK/${names[$i]}-app.txt")
    read -r ngx_rps ngx_p50 ngx_p99 ngx_errors < <(measure "http://127.0.0.1:$NGINX_PORT/${names[$i]}.html" "$WORK/${names[$i]}-nginx.txt")
    ratio="$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')"
    verdict="$(awk -v r="$ratio" -v p="$app_p99" -v e="$app_errors" 'BEGIN {
        m = ""; if (r < 0.8) m = m "ratio "; if (p > 5) m = m "p99 "; if (e > 0) m = m "errors "
        print (m == "" ? "ok" : "MISSED: " m) }')"
    [ "$verdict" = ok ] || missed=1
    bytes="$(stat -c %s "$WORK/site/${names[$i]}.html$([ "$GZIP" = 1 ] && echo .gz)")"
    printf '| %-16s | %6s | %9.0f | %11.0f | %5s | %7s | %7s | %9s | %9s | %6s | %-7s |\n' "${names[$i]}" "$bytes" "$app_rps" \
        "$ngx_rps" "$ratio" "${app_p50}ms" "${app_p99}ms" "${ngx_p50}ms" "${ngx_p99}ms" "$app_errors" "$verdict"
done
echo
echo "$(machine_state) (after)"
if [ "$GZIP" = 1 ]; then
    bytes="$(du -cb "$WORK"/site/*.html.gz | tail -n 1 | cut -f 1)"
    echo "Pages measured: ${paths[*]} ($bytes bytes in all, gzipped)"
else
    bytes="$(du -cb "$WORK"/site/*.html | tail -n 1 | cut -f 1)"
    echo "Pages measured: ${paths[*]} ($bytes bytes in all, uncompressed: wrk sends no Accept-Encoding)"
fi
exit "$missed"
