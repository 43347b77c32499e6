# Shared by bench/run.sh and bench/soak.sh: tools, build, the application's life cycle, the page list.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The site's one list of page types, also read by the tests: a new page type is one line there.
PAGE_TYPES="$ROOT/src/test/java/com/toolkitatlas/support/PageType.java"
# A free loopback port, so that other servers on a shared machine do not get in the way.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $(( 20000 + RANDOM % 20000 ))
}
APP_PORT="${APP_PORT:-$(free_port)}"
# The JVM: the java (and jcmd) of JAVA_HOME when it is set, e.g. JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 to run
# the application on Java 25 (it is compiled for 17); the machine's default java otherwise.
[ -n "${JAVA_HOME:-}" ] && PATH="$JAVA_HOME/bin:$PATH"
JAVA_OPTS="${JAVA_OPTS:--Xmx128m}"
APP_ARGS="${APP_ARGS:-}"
WORK="$(mktemp -d /tmp/atlas-bench.XXXXXX)"
APP_PID=""

log() { printf '%s\n' "$*" >&2; }

# Tools from Debian's packages (wrk, nginx), installed only when missing.
ensure_tools() {
    local missing=() tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        log "Installing ${missing[*]} with apt-get"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

build() {
    if [ "${NO_BUILD:-0}" = 1 ]; then
        log "Using the jar already built (NO_BUILD=1)"
    else
        log "Building the jar"
        (cd "$ROOT" && ./mvnw -q -DskipTests package)
    fi
    # JAR=... measures another jar, such as the one extracted for Class Data Sharing (bench/RESULTS.md, Memory).
    JAR="${JAR:-$(ls "$ROOT"/target/toolkit-atlas-*.jar | grep -v -- '-plain' | head -n 1)}"
}

start_app() {
    log "Starting java $JAVA_OPTS -jar $(basename "$JAR") on port $APP_PORT $APP_ARGS"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" $APP_ARGS >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; then
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            log "The application did not start:"; tail -n 20 "$WORK/app.log" >&2; exit 1
        fi
        sleep 1
    done
    log "The application was not ready after 120 s"; exit 1
}

# Stops the script if the application has died, with the end of its log.
check_app_alive() {
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        log "The application has stopped; the end of its log:"; tail -n 30 "$WORK/app.log" >&2; exit 1
    fi
}

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

# The page types as "NAME status path" lines, read from the constants of PageType.java, however many the
# formatter puts on a line: HOME("/"), or NOT_FOUND("/roles/no-such-role", 404). The file is read as one line:
# the formatter breaks a long address onto the next line (FIT_RESULT(<newline>"/fit?..."), which a line-wise
# match missed, so the ticked fit page went unmeasured.
page_types() {
    tr -d '\n\t' <"$PAGE_TYPES" | grep -oE '[A-Z_]+\( *"[^"]*"(, *[0-9]+)?\)' | awk '{
        name = substr($0, 1, index($0, "(") - 1)
        rest = substr($0, index($0, "\"") + 1)
        path = substr(rest, 1, index(rest, "\"") - 1)
        status = 200
        if (match(rest, /", *[0-9]+\)/)) { status = substr(rest, RSTART, RLENGTH); gsub(/[^0-9]/, "", status) }
        print name, status, path
    }'
}

# HTTP status of a path on the running application.
status_of() {
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT$1"
}

# wrk's latency (e.g. 812.00us, 1.75ms, 1.02s) in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
        printf "%.2f", n }'
}

# Fields of one wrk --latency report: rps p50_ms p99_ms errors (socket errors plus non-2xx/3xx answers).
wrk_figures() {
    local report="$1"
    local rps p50 p99 non2xx socket
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$report")"
    p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$report")")"
    p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$report")")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$report")"
    socket="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$report")"
    echo "${rps:-0} ${p50:-0} ${p99:-0} $(( ${non2xx:-0} + ${socket:-0} ))"
}

machine_state() {
    echo "machine: $(nproc) cores, load average$(uptime | sed 's/.*load average//')"
}

# The JVM the application runs on, as "java -version" names it (its second line).
java_version() {
    java -version 2>&1 | sed -n 2p
}

# nginx serving the files of $WORK/site on $NGINX_PORT, as a static file server is usually set up
# (sendfile, tcp_nopush), for comparison in the same run. With $WORK/nginx-headers.conf written first
# (by nginx_headers_of, one location per page), also on $NGINX_SAME_PORT, where each page is sent with the
# headers the application sent it with (security headers, ETag, Vary, Cache-Control) instead of nginx's
# own ETag and Accept-Ranges: the same answer on the wire but for Server, Last-Modified and Connection,
# which nginx always writes (88 bytes more than the application's headers).
NGINX_PORT="${NGINX_PORT:-$(free_port)}"
NGINX_SAME_PORT="${NGINX_SAME_PORT:-$(free_port)}"
NGINX_PID=""

# The headers of a saved answer (curl -D) as nginx add_header lines, for "location = /$2": every header but
# the status line and those nginx writes itself (Content-Type, Content-Length, Content-Encoding, Date,
# Connection, Keep-Alive, Server).
nginx_headers_of() {
    local headers="$1" file="$2"
    echo "location = /$file {"
    tr -d '\r' <"$headers" | awk '
        /^HTTP\// || $0 == "" { next }
        {
            name = substr($0, 1, index($0, ":") - 1); value = substr($0, index($0, ":") + 1)
            sub(/^ +/, "", value)
            lower = tolower(name)
            if (lower ~ /^(content-type|content-length|content-encoding|date|connection|keep-alive|server|transfer-encoding)$/) next
            gsub(/\\/, "\\\\", value); gsub(/"/, "\\\"", value)
            printf "    add_header %s \"%s\" always;\n", name, value
        }'
    echo "}"
}

# Bytes of an answer's status line and headers, as saved by curl -D (CRLFs and the blank line included).
header_bytes() {
    stat -c %s "$1"
}

# CPU time of the given processes in clock ticks, "user system", for CPU per request.
cpu_ticks() {
    local pid user=0 system=0 u s
    for pid in "$@"; do
        [ -r "/proc/$pid/stat" ] || continue
        read -r u s < <(awk '{ sub(/^.*\) /, ""); print $12, $13 }' "/proc/$pid/stat")
        user=$(( user + u )); system=$(( system + s ))
    done
    echo "$user $system"
}

# nginx's master and workers.
nginx_pids() {
    echo "$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
}

start_nginx() {
    mkdir -p "$WORK/site" "$WORK/nginx-temp"
    chmod 755 "$WORK" "$WORK/site"
    cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;
    types { text/html html; }
    gzip_static on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/site;
    }
$(if [ -f "$WORK/nginx-headers.conf" ]; then cat <<SAME
    server {
        listen 127.0.0.1:$NGINX_SAME_PORT;
        root $WORK/site;
        # As close to the application's answer as nginx goes: its charset, no ETag or Accept-Ranges of
        # nginx's own, no version in Server (nginx still writes Server, Last-Modified and Connection).
        charset utf-8;
        server_tokens off;
        etag off;
        max_ranges 0;
        include $WORK/nginx-headers.conf;
    }
SAME
fi)
}
CONF
    local nginx
    nginx="$(command -v nginx || echo /usr/sbin/nginx)"
    "$nginx" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
    NGINX_PID=$!
    for _ in $(seq 1 20); do
        curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return 0
        sleep 0.5
    done
    log "nginx did not start"; cat "$WORK/nginx-error.log" >&2; exit 1
}

stop_nginx() {
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
    fi
    NGINX_PID=""
}
