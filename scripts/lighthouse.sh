#!/usr/bin/env bash
# Runs Lighthouse (npm, with Debian's Chromium) on every page type of the site and prints the four scores of each.
# Targets: accessibility 1.0; performance, best practices and SEO at least 0.95. Exits 1 when a page misses one.
#
#   scripts/lighthouse.sh             mobile (Lighthouse's default: a mid-range phone on a throttled network)
#   scripts/lighthouse.sh --desktop   desktop preset
#
# The page types and their addresses are read from src/test/java/com/toolkitatlas/support/PageType.java, the list
# the browser tests use (the 404 page aside).
# Needs: Java 17, Node 20 with npm, chromium (apt-get install -y chromium). Reports land in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=12.8.2
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage"
preset=()
form_factor=mobile
if [ "${1:-}" = "--desktop" ]; then
    preset=(--preset=desktop)
    form_factor=desktop
fi

[ -x "$CHROME_PATH" ] || { echo "No Chromium at $CHROME_PATH: apt-get install -y chromium, or set CHROME_PATH." >&2; exit 2; }
out=target/lighthouse
mkdir -p "$out"

echo "Building the application..." >&2
./mvnw -q -B package -DskipTests
jar=$(ls target/toolkit-atlas-*.jar | grep -v original | head -n 1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -jar "$jar" --server.port="$port" >"$out/application.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
base="http://localhost:$port"
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/" && break
    kill -0 "$app" 2>/dev/null || { echo "The application did not start; see $out/application.log" >&2; exit 1; }
    sleep 0.5
done
# A few rounds over every page first, so Lighthouse measures a warm application, as visitors meet it.
# The pages of PageType.java as "NAME path" lines, the 404 page (a constant with a status of its own) aside.
pages=$(grep -oE '[A-Z_]+\("[^"]*"\)' src/test/java/com/toolkitatlas/support/PageType.java | sed -E 's/\("/ /; s/"\)$//')
for _ in 1 2 3 4 5; do
    while read -r _ path _; do curl -s -o /dev/null "$base$path"; done <<<"$pages"
done

echo "Lighthouse $LIGHTHOUSE_VERSION, $form_factor, $(date -u +%Y-%m-%d)" >&2
printf '| Page | Address | Performance | Accessibility | Best practices | SEO |\n|---|---|---|---|---|---|\n'
missed=0
while read -r name path; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    if [ "$status" != 200 ]; then
        printf '| %s | `%s` | answers %s | | | |\n' "$name" "$path" "$status"
        continue
    fi
    report="$out/${name,,}-$form_factor.json"
    # Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: try again, up to three times.
    for attempt in 1 2 3; do
        npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$base$path" "${preset[@]}" --quiet \
            --only-categories=performance,accessibility,best-practices,seo \
            --chrome-flags="$CHROME_FLAGS" --output=json --output-path="$report" >/dev/null 2>>"$out/lighthouse.log" && break
        [ "$attempt" -lt 3 ] || { echo "Lighthouse failed three times on $path; see $out/lighthouse.log" >&2; exit 2; }
    done
    line=$(node -e '
        const report = require(process.argv[1]);
        const score = id => report.categories[id].score;
        const targets = {performance: 0.95, accessibility: 1, "best-practices": 0.95, seo: 0.95};
        const cells = Object.keys(targets).map(id => score(id).toFixed(2) + (score(id) < targets[id] ? " ✗" : ""));
        console.log(cells.join(" | "));
        process.exitCode = Object.keys(targets).some(id => score(id) < targets[id]) ? 3 : 0;
    ' "$PWD/$report") || missed=1
    printf '| %s | `%s` | %s |\n' "$name" "$path" "$line"
done <<<"$pages"

if [ "$missed" -ne 0 ]; then
    echo "Some page misses a target (marked ✗); the reports in $out/ say why." >&2
    exit 1
fi
