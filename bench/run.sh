#!/usr/bin/env bash
# Throughput and latency of the application against nginx serving the very same pages as static files.
#
#   bench/run.sh                          build, start with -Xmx128m, warm up, measure
#   NO_BUILD=1 bench/run.sh               use the jar already in target/
#   APP_ARGS=--atlas.pages.cache=false bench/run.sh    measure without the page cache
#   GZIP=1 bench/run.sh                   ask for gzip, as browsers do (nginx serves the application's gzipped
#                                         answer, saved as NAME.html.gz, with gzip_static)
#   BENCH_PAGES=ALL bench/run.sh          every page type that answers 200
#   NGINX_HEADERS=own bench/run.sh        nginx with its own headers only (the rounds before the fifth)
#   ROUNDS=3 DURATION=5s bench/run.sh     each server measured three times in turn, against the machine's drift
#
# The four page types measured are named in BENCH_PAGES and looked up in the site's list of page types
# (src/test/java/com/toolkitatlas/support/PageType.java); one that is not there, or does not answer 200,
# is skipped with a message. For each page: the
# application's answer is saved as a file, nginx serves that file on another loopback port, and both are
# measured the same way: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency. nginx is measured twice
# (NGINX_HEADERS=both, the default): with its own few headers ("nginx"), and sending each page with the
# headers the application sent it with ("nginx, app's headers": security headers, ETag, Vary,
# Cache-Control), so that both servers write the same answer but for the Server, Last-Modified and Connection
# headers nginx always adds.
# The header bytes of each answer (status line included) are in the table, and CPU per request (user +
# system, in µs): the server's CPU time (/proc/<pid>/stat, nginx's master and workers) over the requests wrk
# completed.
# Targets (issue 17): ratio >= 0.8, p99 <= 5 ms, no errors; the ratio judged against nginx sending the
# application's headers when it is measured (the same bytes), else against nginx's own. Exits 1 when a
# target is missed.
#
# Settings (environment): APP_PORT, NGINX_PORT (free ports), THREADS (2), CONNECTIONS (32),
# DURATION (15s), WARMUP (seconds of load per page before measuring, 30), JAVA_OPTS (-Xmx128m), APP_ARGS,
# BENCH_PAGES ("HOME PROFILE PAIR FILTERED_ROLES", or ALL), GZIP (0), JAR (with NO_BUILD=1: another jar),
# NGINX_HEADERS (both, own or same), ROUNDS (1: measures of each server in turn, DURATION each),
# KEEP_WORK (0; 1 keeps the saved answers and wrk's reports).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-30}"
BENCH_PAGES="${BENCH_PAGES:-HOME PROFILE PAIR FILTERED_ROLES}"
[ "$BENCH_PAGES" = ALL ] && BENCH_PAGES="$(page_types | awk '$2 == 200 { printf "%s ", $1 }')"
GZIP="${GZIP:-0}"
NGINX_HEADERS="${NGINX_HEADERS:-both}"
ROUNDS="${ROUNDS:-1}"
ACCEPT=()
[ "$GZIP" = 1 ] && ACCEPT=(-H 'Accept-Encoding: gzip')

cleanup() {
    stop_app
    stop_nginx
    # KEEP_WORK=1: keep the saved pages, headers, nginx's configuration and wrk's reports.
    if [ "${KEEP_WORK:-0}" = 1 ]; then log "Kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Prints "rps p50_ms p99_ms errors requests user_ticks system_ticks" for wrk on $1, report in $2, the CPU
# time of the processes $3... during it.
measure() {
    local url="$1" report="$2"; shift 2
    local before after
    before="$(cpu_ticks "$@")"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${ACCEPT[@]}" "$url" >"$report"
    after="$(cpu_ticks "$@")"
    check_app_alive
    echo "$(wrk_figures "$report") $(awk '/requests in/ { print $1 }' "$report") \
        $(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); print y[1] - x[1], y[2] - x[2] }')"
}

ensure_tools wrk nginx
build
start_app
mkdir -p "$WORK/site"

# The pages to measure, saved as the application serves them.
names=(); paths=()
for name in $BENCH_PAGES; do
    path="$(page_types | awk -v n="$name" '$1 == n { print $3 }')"
    if [ -z "$path" ]; then
        log "Skipping $name: not a page type in $(basename "$PAGE_TYPES") yet"
        continue
    fi
    status="$(curl -s -D "$WORK/$name.headers" -o "$WORK/site/$name.html" -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")"
    if [ "$status" != 200 ]; then
        log "Skipping $name ($path): it answers $status, not 200"
        rm -f "$WORK/site/$name.html"
        continue
    fi
    if [ "$GZIP" = 1 ]; then
        curl -s "${ACCEPT[@]}" -D "$WORK/$name.headers" -o "$WORK/site/$name.html.gz" "http://127.0.0.1:$APP_PORT$path"
        [ "$(head -c 2 "$WORK/site/$name.html.gz" | od -An -tx1 | tr -d ' ')" = 1f8b ] \
            || log "$name: the application's answer is not gzipped"
    fi
    chmod 644 "$WORK"/site/"$name".html*
    [ "$NGINX_HEADERS" != own ] && nginx_headers_of "$WORK/$name.headers" "$name.html" >>"$WORK/nginx-headers.conf"
    names+=("$name"); paths+=("$path")
done
[ "${#names[@]}" -gt 0 ] || { log "No page to measure"; exit 1; }
start_nginx
# The servers measured for each page: the application, then nginx one way or both.
servers=(app)
[ "$NGINX_HEADERS" != same ] && servers+=(nginx)
[ "$NGINX_HEADERS" != own ] && servers+=(nginx-same)
port_of() { case "$1" in app) echo "$APP_PORT" ;; nginx) echo "$NGINX_PORT" ;; *) echo "$NGINX_SAME_PORT" ;; esac; }

log "Warming up: ${WARMUP} s of load on each page, application and nginx"
for i in "${!names[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${ACCEPT[@]}" "http://127.0.0.1:$APP_PORT${paths[$i]}" >/dev/null
    check_app_alive
    for server in "${servers[@]:1}"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "${ACCEPT[@]}" "http://127.0.0.1:$(port_of "$server")/${names[$i]}.html" >/dev/null
    done
done

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Toolkit Atlas $commit ($(basename "$JAR")), $(date -u '+%Y-%m-%d %H:%M UTC'), $(machine_state)"
echo "java $JAVA_OPTS $APP_ARGS; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${ACCEPT:+ -H 'Accept-Encoding: gzip'}, after ${WARMUP} s warm-up per page, $ROUNDS round(s) per server"
echo
printf '| %-16s | %-20s | %6s | %7s | %9s | %16s | %5s | %7s | %7s | %6s | %-7s |\n' \
    page server bytes headers "req/s" "CPU/req µs (u+s)" ratio "p50" "p99" errors verdict
printf '|%s|\n' "------------------|----------------------|--------|---------|-----------|------------------|-------|---------|---------|--------|---------"
missed=0
for i in "${!names[@]}"; do
    bytes="$(stat -c %s "$WORK/site/${names[$i]}.html$([ "$GZIP" = 1 ] && echo .gz)")"
    declare -A rps=() row=() sums=()
    # ROUNDS measures of each server in turn, so that a change of the machine's load between two
    # measures falls on both servers: req/s and p50 are the rounds' mean, p99 the worst round's.
    for round in $(seq 1 "$ROUNDS"); do
        for server in "${servers[@]}"; do
            if [ "$server" = app ]; then
                url="http://127.0.0.1:$APP_PORT${paths[$i]}"; pids=("$APP_PID")
            else
                url="http://127.0.0.1:$(port_of "$server")/${names[$i]}.html"; read -r -a pids <<<"$(nginx_pids)"
            fi
            sums[$server]="${sums[$server]:-0 0 0 0 0 0 0} $(measure "$url" "$WORK/${names[$i]}-$server-$round.txt" "${pids[@]}")"
            sums[$server]="$(echo "${sums[$server]}" | awk '{ printf "%s %s %s %s %s %s %s", $1 + $8, $2 + $9,
                ($3 > $10 ? $3 : $10), $4 + $11, $5 + $12, $6 + $13, $7 + $14 }')"
        done
    done
    for server in "${servers[@]}"; do
        [ "$server" = app ] && url="http://127.0.0.1:$APP_PORT${paths[$i]}" \
            || url="http://127.0.0.1:$(port_of "$server")/${names[$i]}.html"
        curl -s "${ACCEPT[@]}" -D "$WORK/${names[$i]}-$server.headers" -o /dev/null "$url"
        read -r r p50 p99 errors cpu < <(echo "${sums[$server]}" | awk -v k="$ROUNDS" -v hz="$(getconf CLK_TCK)" '{
            c = ($5 > 0 ? 1e6 / hz / $5 : 0)
            printf "%.0f %.2f %.2f %d %.1f(%.1f+%.1f)\n", $1 / k, $2 / k, $3, $4, ($6 + $7) * c, $6 * c, $7 * c }')
        rps[$server]="$r"
        row[$server]="$(printf '%6s | %7s | %9.0f | %16s' "$bytes" "$(header_bytes "$WORK/${names[$i]}-$server.headers")" "$r" "$cpu")"
        [ "$server" = app ] && { app_p99="$p99"; app_errors="$errors"; }
        row[$server]+="@$(printf '%4s ms | %4s ms | %6s' "$p50" "$p99" "$errors")"
    done
    judge="${servers[-1]}"
    for server in "${servers[@]}"; do
        label="$server"; [ "$server" = nginx-same ] && label="nginx, app's headers"
        if [ "$server" = app ]; then
            ratio="$(awk -v a="${rps[app]}" -v n="${rps[$judge]}" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')"
            verdict="$(awk -v r="$ratio" -v p="$app_p99" -v e="$app_errors" 'BEGIN {
                m = ""; if (r < 0.8) m = m "ratio "; if (p > 5) m = m "p99 "; if (e > 0) m = m "errors "
                print (m == "" ? "ok" : "MISSED: " m) }')"
            [ "$verdict" = ok ] || missed=1
            name="${names[$i]}"
        else
            ratio="$(awk -v a="${rps[app]}" -v n="${rps[$server]}" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }')"
            verdict=""; name=""
        fi
        printf '| %-16s | %-20s | %s | %5s | %s | %-7s |\n' "$name" "$label" "${row[$server]%%@*}" "$ratio" \
            "${row[$server]#*@}" "$verdict"
    done
    unset rps row sums
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
