#!/usr/bin/env bash
# Whether two jars answer the same, byte for byte: before merging a change meant to keep every page as it was.
#
#   BEFORE=<jar> AFTER=<jar> bench/same-pages.sh
#
# Starts each jar in turn (-Xmx128m, the page cache off by default: APP_ARGS) and saves, plain and as htmx asks
# (HX-Request: true), the status, the headers but Date and the body of: every address of /sitemap.xml, every
# PageType, the 30 switch moves with nothing known and with two sets of known items, fit, hire, roles, compare,
# pick and API addresses with odd queries (commas, spaces, empty and repeated values, unknown parameters),
# redirects, 400s and 404s. The list is taken from BEFORE's answers (its sitemap, its roles). Then compares the
# two sets file by file and prints what differs; exits 1 if anything does. A redirect's target is saved without
# the port. Saved answers stay in $OUT (default: a new directory under /tmp) for a closer look.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

: "${BEFORE:?BEFORE=<jar> is required}" "${AFTER:?AFTER=<jar> is required}"
APP_ARGS="${APP_ARGS:---atlas.pages.cache=false}"
OUT="${OUT:-$(mktemp -d /tmp/same-pages.XXXXXX)}"
mkdir -p "$OUT"
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

# The addresses, one a line, from the running application.
addresses() {
    local base="http://127.0.0.1:$APP_PORT"
    curl -s "$base/sitemap.xml" | grep -oE '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]*##'
    page_types | awk '{ print $3 }'
    local roles
    roles="$(curl -s "$base/api/roles" | python3 -c '
import json, sys
data = json.load(sys.stdin)
items = data["roles"] if isinstance(data, dict) else data
print(" ".join((item.get("role") or item)["slug"] for item in items))')"
    local a b
    for a in $roles; do
        for b in $roles; do
            [ "$a" = "$b" ] && continue
            echo "/switch/$a-to-$b"
            echo "/switch/$a-to-$b?skill=mlops&tool=docker&language=python"
            echo "/switch/$a-to-$b?tool=kubernetes,terraform&language=go&skill=ci-cd"
            echo "/api/switch/$a-to-$b?tool=docker"
        done
        echo "/roles/$a"
        echo "/roles/$a/alternatives"
        echo "/api/roles/$a"
    done
    cat <<'ODD'
/roles?tool=kubernetes,docker
/roles?tool=kubernetes&tool=docker
/roles?tool=kubernetes,&tool=
/roles?tool=+kubernetes+,+docker+
/roles?skill=mlops&tool=kubernetes&language=python&minSalary=100000&q=model&sort=pay
/roles?sort=growth
/roles?sort=pay&sort=growth
/roles?sort=
/roles?sort=nonsense
/roles?minSalary=150000
/roles?minSalary=150,000
/roles?minSalary=
/roles?minSalary=-5
/roles?minSalary=99999999
/roles?minSalary=&minSalary=120000
/roles?q=k8s
/roles?q=k8s,postgres
/roles?q=k8s+postgres
/roles?q=
/roles?q=a&q=b
/roles?q=%3Cscript%3E
/roles?q=caf%C3%A9
/roles?q=fraud+detection&tool=kubernetes
/roles?tool=no-such-tool
/roles?skill=no-such-skill&language=
/roles?language=python&language=python
/roles?tool=kubernetes&q.class.classLoader=1
/roles?tool[0]=kubernetes
/roles?_tool=1
/roles?utm_source=x&tool=docker
/roles?tool=kubernetes&skill=ci-cd&sort=pay
/api/roles?tool=kubernetes,docker&sort=pay
/api/roles?minSalary=abc
/api/roles?q=k8s&minSalary=100000
/api/roles.csv?tool=kubernetes
/api/roles.csv?sort=growth
/fit?skill=mlops
/fit?tool=docker,kubernetes
/fit?tool=docker&tool=kubernetes
/fit?tool=kubernetes&tool=docker
/fit?tool=docker,,kubernetes
/fit?tool=
/fit?tool=&tool=docker
/fit?tool=+docker+
/fit?language=python&language=python
/fit?skill=no-such-skill
/fit?tool=docker&other=1
/fit?tool[0]=docker
/fit?skill=mlops&tool=pytorch&tool=postgresql&tool=kubernetes&tool=docker&language=python&language=sql
/api/fit?tool=docker,kubernetes&language=python
/api/fit?skill=no-such-skill
/hire?project=fraud-detection
/hire?project=fraud-detection,data-pipelines
/hire?project=fraud-detection&project=data-pipelines&stage=prototype
/hire?project=fraud-detection&stage=production&stage=prototype
/hire?stage=
/hire?project=
/hire?project=no-such-project
/hire?stage=nonsense
/api/hire?project=fraud-detection&stage=production
/api/hire?project=no-such-project
/compare?roles=ml-engineer,backend-engineer
/compare?roles=ml-engineer&roles=backend-engineer
/compare?roles=ml-engineer
/compare?roles=
/compare?roles=ml-engineer,no-such-role
/compare/backend-engineer-vs-ml-engineer
/compare/ml-engineer-vs-ml-engineer
/compare/no-such-pair
/api/compare?roles=ml-engineer,backend-engineer
/api/compare.csv?roles=ml-engineer,data-engineer
/pick?interest=automation
/pick?interest=&strength=
/pick?lean=nonsense
/api/pick?interest=automation&lean=research
/switch/no-such-move
/switch/ml-engineer-to-ml-engineer
/roles/no-such-role
/skills/no-such-skill
/tools/no-such-tool
/no-such-page
/api/no-such
/api/roles/no-such-role
/api/skills
/api/tools
/api/sources
/api/tools/kubernetes
/api/skills/mlops
/api
/robots.txt
/sitemap.xml
ODD
}

save_all() {
    local into="$1" list="$2" i=0 path kind
    mkdir -p "$into"
    while read -r path; do
        i=$((i + 1))
        for kind in plain htmx; do
            local file="$into/$(printf '%04d' "$i").$kind"
            local htmx=()
            [ "$kind" = htmx ] && htmx=(-H 'HX-Request: true')
            { echo "GET $path"
              curl -gs -D - "${htmx[@]}" "http://127.0.0.1:$APP_PORT$path" \
                | tr -d '\r' | grep -avi '^date: ' | sed -E "s#^(location: https?://[^/:]*):$APP_PORT#\1:PORT#I"
            } >"$file"
        done
    done <"$list"
}

for which in BEFORE AFTER; do
    JAR="${!which}"
    start_app
    if [ "$which" = BEFORE ]; then
        addresses | awk 'NF && !seen[$0]++' >"$OUT/addresses.txt"
        log "$(wc -l <"$OUT/addresses.txt") addresses"
    fi
    save_all "$OUT/$which" "$OUT/addresses.txt"
    stop_app
done

answers="$(ls "$OUT/BEFORE" | wc -l)"
different=0
for file in "$OUT/BEFORE"/*; do
    name="$(basename "$file")"
    if ! cmp -s "$file" "$OUT/AFTER/$name"; then
        different=$((different + 1))
        echo "differs: $name $(head -n 1 "$file")"
        # diff exits 1 on a difference, and head may cut it short: neither is to stop the comparison of the rest
        # (set -e, pipefail).
        { diff <(tail -n +2 "$file") <(tail -n +2 "$OUT/AFTER/$name") || true; } | head -n 10
    fi
done
statuses="$(grep -ah '^HTTP/' "$OUT"/BEFORE/* | awk '{ print $2 }' | sort | uniq -c | awk '{ printf "%s %s, ", $1, $2 }')"
echo "$BEFORE against $AFTER: $((answers - different)) of $answers answers the same byte for byte (statuses: ${statuses%, }); saved in $OUT"
[ "$different" = 0 ]
