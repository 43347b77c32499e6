#!/usr/bin/env bash
# System calls per request: the application serving cached pages against nginx serving the same bytes,
# counted with strace -c -f over a few seconds of wrk (strace slows both servers a lot: read the counts,
# not the throughput).
#
#   NO_BUILD=1 bench/syscalls.sh
#   NO_BUILD=1 GZIP=1 bench/syscalls.sh       asking for gzip
#
# Settings (environment): BENCH_PAGES ("HOME PROFILE PAIR FILTERED_ROLES"), CONNECTIONS (32), DURATION (5s),
# WARMUP (seconds per page, 20), GZIP (0), JAVA_OPTS, APP_ARGS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-5s}"
WARMUP="${WARMUP:-20}"
BENCH_PAGES="${BENCH_PAGES:-HOME PROFILE PAIR FILTERED_ROLES}"
GZIP="${GZIP:-0}"
ACCEPT=()
[ "$GZIP" = 1 ] && ACCEPT=(-H 'Accept-Encoding: gzip')
cleanup() { stop_app; stop_nginx; rm -rf "$WORK"; }
trap cleanup EXIT

ensure_tools wrk nginx strace
build
start_app
start_nginx

# Counts the system calls of the given processes (and their threads) while wrk loads the address, and
# prints "requests total-calls" then the calls by name.
count() {
    local url="$1" out="$2"; shift 2
    local args=() pid
    for pid in "$@"; do args+=(-p "$pid"); done
    strace -c -f -o "$out.strace" "${args[@]}" 2>/dev/null &
    local strace_pid=$!
    sleep 1
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "${ACCEPT[@]}" "$url" >"$out.wrk"
    kill -INT "$strace_pid"; wait "$strace_pid" 2>/dev/null || true
    awk '/requests in/ { print $1 }' "$out.wrk"
}

per_request() {
    local requests="$1" file="$2"
    awk -v n="$requests" '$NF ~ /^[a-z_0-9]+$/ && $1 ~ /^[0-9.]+$/ && $NF != "total" {
            printf "%s=%.2f ", $NF, $4 / n }' "$file" \
        | tr ' ' '\n' | sort -t= -k2 -rn | head -n 6 | tr '\n' ' '
}

total_per_request() {
    awk -v n="$1" '$NF == "total" { printf "%.2f", $4 / n }' "$2"
}

nginx_workers="$(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
echo "Toolkit Atlas $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "strace -c -f on the application (java $JAVA_OPTS $APP_ARGS) and on nginx's workers during wrk -t2 -c$CONNECTIONS -d$DURATION${ACCEPT:+ -H 'Accept-Encoding: gzip'}"
echo
printf '| %-16s | %6s | %-6s | %9s | %-60s |\n' page bytes server "calls/req" "most frequent, per request"
printf '|%s|\n' "------------------|--------|--------|-----------|--------------------------------------------------------------"
for name in $BENCH_PAGES; do
    path="$(page_types | awk -v n="$name" '$1 == n { print $3 }')"
    [ -n "$path" ] || continue
    curl -s -o "$WORK/site/$name.html" "http://127.0.0.1:$APP_PORT$path"
    [ "$GZIP" = 1 ] && curl -s "${ACCEPT[@]}" -o "$WORK/site/$name.html.gz" "http://127.0.0.1:$APP_PORT$path"
    chmod 644 "$WORK"/site/"$name".html*
    bytes="$(stat -c %s "$WORK/site/$name.html$([ "$GZIP" = 1 ] && echo .gz)")"
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "${ACCEPT[@]}" "http://127.0.0.1:$APP_PORT$path" >/dev/null
    requests="$(count "http://127.0.0.1:$APP_PORT$path" "$WORK/$name-app" "$APP_PID")"
    printf '| %-16s | %6s | %-6s | %9s | %-60s |\n' "$name" "$bytes" app \
        "$(total_per_request "$requests" "$WORK/$name-app.strace")" "$(per_request "$requests" "$WORK/$name-app.strace")"
    # shellcheck disable=SC2086
    requests="$(count "http://127.0.0.1:$NGINX_PORT/$name.html" "$WORK/$name-nginx" $nginx_workers)"
    printf '| %-16s | %6s | %-6s | %9s | %-60s |\n' "" "" nginx \
        "$(total_per_request "$requests" "$WORK/$name-nginx.strace")" "$(per_request "$requests" "$WORK/$name-nginx.strace")"
done
echo
echo "$(machine_state) (after)"
