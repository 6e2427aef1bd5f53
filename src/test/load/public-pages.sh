#!/usr/bin/env bash
# Public pages under load (docs/performance.md): the portal, started from the provisioned server with the demo data,
# and nginx serving the very same bytes, side by side in one run with wrk; then a soak on a mix of public pages with
# the server's sessions and its heap after a full GC before and after.
#
#   bash src/test/load/public-pages.sh                 # 15 s a page, a 5-minute soak, 200 connections
#   SECONDS_PER_PAGE=5 SOAK_SECONDS=30 WARMUP_SECONDS=10 bash src/test/load/public-pages.sh
#
# Before anything is measured, a warm-up runs the pages for half of WARMUP_SECONDS (30 by default) and each uncached
# view for all of it, so that the figures are the warm server's and not the JIT's first minute. Then each cached page against nginx; then the
# uncached views (the registry page and API with a filter no one asked for before: every request renders and queries);
# then the soak.
#
# wrk and nginx come from the distribution's packages and are installed when missing. The figures are written to
# target/benchmark/public-pages.md. Run it on a machine doing nothing else: the portal, nginx and wrk share its cores.
set -euo pipefail
cd "$(dirname "$0")/../../.."

SECONDS_PER_PAGE=${SECONDS_PER_PAGE:-15}
SOAK_SECONDS=${SOAK_SECONDS:-300}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
OFFSET=${PORT_OFFSET:-1900}
HEAP=${HEAP:-512m}
PORTAL_PORT=$((8080 + OFFSET))
MANAGEMENT_PORT=$((9990 + OFFSET))
NGINX_PORT=${NGINX_PORT:-18080}

fail() { printf 'public-pages: %s\n' "$*" >&2; exit 1; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    command -v apt-get >/dev/null || fail "apt-get is missing; install ${missing[*]} by hand"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v wrk >/dev/null || fail "wrk is still missing"
[ -x "$NGINX" ] || fail "nginx is still missing"

war=$(ls target/*.war 2>/dev/null | head -n 1 || true)
if [ -z "$war" ] || [ ! -d target/server ]; then
    log "building the WAR and provisioning the server"
    ./mvnw -B -q package -DskipTests
    war=$(ls target/*.war | head -n 1)
fi

work=$(mktemp -d)
server_pid=
nginx_started=
cleanup() {
    [ -n "$nginx_started" ] && "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
    # standalone.sh does not pass a TERM on to the server's JVM: stop the JVM itself.
    local jvm
    jvm=$(pgrep -f "jboss.home.dir=$work/server" || true)
    [ -n "$jvm" ] && kill $jvm 2>/dev/null || true
    [ -n "$server_pid" ] && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A copy of the provisioned server with an empty database: the demo data is loaded at its first start.
cp -r target/server "$work/server"
rm -rf "$work/server/standalone/data" "$work/server/standalone/log" "$work/server/standalone/tmp"
cp "$war" "$work/server/standalone/deployments/green-portal.war"
log "starting the portal on port $PORTAL_PORT (heap $HEAP)"
PORTAL_DEMO_DATA=true JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:+UseG1GC -Djava.net.preferIPv4Stack=true" \
    "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" >"$work/server.out" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$PORTAL_PORT"
for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$base/api/health" && break
    kill -0 "$server_pid" 2>/dev/null || { tail -50 "$work/server.out"; fail "the portal did not start"; }
    sleep 1
done
curl -fsS -o /dev/null "$base/api/health" \
    || { tail -50 "$work/server/standalone/log/server.log"; fail "the portal did not answer /api/health in 300 s"; }
java_pid=$(pgrep -f "jboss.home.dir=$work/server" | head -n 1)
[ -n "$java_pid" ] || fail "cannot find the server's java process"

cli() { "$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" --command="$1" 2>/dev/null; }
sessions() {
    cli '/deployment=green-portal.war/subsystem=undertow:read-attribute(name=active-sessions)' \
        | sed -n 's/.*"result" => \([0-9]*\).*/\1/p'
}
heap_after_full_gc() {
    jcmd "$java_pid" GC.run >/dev/null
    # "garbage-first heap   total 524288K, used 123456K" — the used figure, in MB.
    jcmd "$java_pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1 | awk '{ printf "%d", $1 / 1024 }'
}

# The pages, by name and address. Their bytes are fetched once and written where nginx serves them.
notice_id=$(curl -fsS "$base/api/notices" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
period_id=$(curl -fsS "$base/api/publicity" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
city=$(curl -fsS "$base/api/regions" | grep -o '"code":"[0-9]*"' | sed -n 2p | cut -d'"' -f4)
cities=$(curl -fsS "$base/api/regions" | grep -o '"code":"[0-9]*00"' | cut -d'"' -f4 | grep -v '^330000$' | tr '\n' ' ')
[ -n "$notice_id" ] && [ -n "$period_id" ] || fail "the demo data has no notice or publicity period"
pages=(
    "home|/"
    "notices|/notices.xhtml"
    "notice|/notice.xhtml?id=$notice_id"
    "publicity|/publicity.xhtml"
    "period|/publicity/view.xhtml?id=$period_id"
    "units|/units.xhtml"
    "units-city|/units.xhtml?city=${city:-330100}"
    "api-units|/api/units"
    "feed|/feeds/notices.atom"
)
mkdir -p "$work/nginx/html" "$work/nginx/logs"
for entry in "${pages[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    code=$(curl -sS -o "$work/nginx/html/$name" -w '%{http_code}' "$base$path")
    [ "$code" = 200 ] || fail "$path answered $code"
done
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    default_type text/html;
    sendfile on;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $work/nginx/html;
    }
}
EOF
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=1

# One wrk run: requests/s, p99 and errors (socket errors plus answers other than 2xx/3xx).
run_wrk() {
    local url=$1 seconds=$2 script=${3:-} out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s --latency ${script:+-s "$script"} "$url")
    local rps p99 errors
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    errors=$(awk '/Socket errors:/ { gsub(",", ""); s += $4 + $6 + $8 + $10 } /Non-2xx or 3xx/ { s += $5 } END { print s + 0 }' <<<"$out")
    printf '%s %s %s\n' "$rps" "$p99" "$errors"
}

# Uncached views: the registry filtered by city, level and type with a counter in the address that no reader sent
# before, so that every request misses the cache, renders and queries. Each wrk thread counts apart.
uncached_lua() {
    local path=$1
    cat <<EOF
local cities = { $(for c in $cities; do printf '"%s", ' "$c"; done) }
local levels = { "MUNICIPAL", "PROVINCIAL", "NATIONAL" }
local types = { "FACTORY", "PARK", "SUPPLY_CHAIN" }
local threads, n = 0, 0
setup = function(thread) threads = threads + 1; thread:set("id", threads) end
request = function()
  n = n + 1
  return wrk.format("GET", string.format("$path?city=%s&level=%s&type=%s&n=%d-%d",
      cities[n % #cities + 1], levels[n % 3 + 1], types[math.floor(n / 3) % 3 + 1], id, n))
end
EOF
}
uncached_lua /units.xhtml >"$work/uncached-page.lua"
uncached_lua /api/units >"$work/uncached-api.lua"
[ -n "$cities" ] || fail "the demo data has no cities"

if [ "$WARMUP_SECONDS" -gt 0 ]; then
    log "warm-up: ${WARMUP_SECONDS} s"
    {
        echo 'local paths = {'
        for entry in "${pages[@]}"; do printf '  "%s",\n' "${entry#*|}"; done
        echo '}'
        echo 'local i = 0'
        echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
    } >"$work/warm.lua"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((WARMUP_SECONDS / 2))s" --timeout 5s -s "$work/warm.lua" "$base" >/dev/null
    # Rendering and querying, which no hit does, run a few hundred times a second, not thousands: each uncached
    # view gets the whole warm-up time, so that its figures are the compiled code's and not the interpreter's.
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout 5s -s "$work/uncached-page.lua" "$base" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout 5s -s "$work/uncached-api.lua" "$base" >/dev/null
fi

report=target/benchmark/public-pages.md
mkdir -p target/benchmark
sessions_before=$(sessions)
heap_before=$(heap_after_full_gc)
{
    echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $CONNECTIONS connections, $THREADS wrk threads," \
        "${SECONDS_PER_PAGE} s a page; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| page | portal req/s | nginx req/s | ratio | portal p99 | nginx p99 | portal errors |"
    echo "|---|---|---|---|---|---|---|"
} >"$report"
for entry in "${pages[@]}"; do
    name=${entry%%|*}; path=${entry#*|}
    log "wrk $path"
    read -r p_rps p_p99 p_err <<<"$(run_wrk "$base$path" "$SECONDS_PER_PAGE")"
    read -r n_rps n_p99 _ <<<"$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name" "$SECONDS_PER_PAGE")"
    ratio=$(awk -v p="$p_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", (n > 0 ? p / n : 0) }')
    echo "| \`$path\` | $p_rps | $n_rps | $ratio | $p_p99 | $n_p99 | $p_err |" >>"$report"
done

{
    echo
    echo "Uncached views (every request a filter no reader asked for before: rendered and queried each time):"
    echo
    echo "| view | portal req/s | portal p99 | portal errors |"
    echo "|---|---|---|---|"
} >>"$report"
for view in "page|/units.xhtml" "api|/api/units"; do
    name=${view%%|*}; path=${view#*|}
    log "wrk uncached $path"
    read -r u_rps u_p99 u_err <<<"$(run_wrk "$base" "$SECONDS_PER_PAGE" "$work/uncached-$name.lua")"
    echo "| \`$path?city=…&level=…&type=…\` | $u_rps | $u_p99 | $u_err |" >>"$report"
done

# The soak: every page of the list in turn, from every connection.
lua="$work/mix.lua"
{
    echo 'local paths = {'
    for entry in "${pages[@]}"; do printf '  "%s",\n' "${entry#*|}"; done
    echo '}'
    echo 'local i = 0'
    echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} >"$lua"
log "soak: ${SOAK_SECONDS} s on the mix"
soak=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK_SECONDS}s" --timeout 5s --latency -s "$lua" "$base")
soak_rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$soak")
soak_p99=$(awk '$1 == "99%" { print $2 }' <<<"$soak")
soak_errors=$(awk '/Socket errors:/ { gsub(",", ""); s += $4 + $6 + $8 + $10 } /Non-2xx or 3xx/ { s += $5 } END { print s + 0 }' <<<"$soak")
sessions_after=$(sessions)
heap_after=$(heap_after_full_gc)
{
    echo
    echo "Soak, ${SOAK_SECONDS} s at $CONNECTIONS connections on the mix of the pages above: $soak_rps req/s, p99 $soak_p99," \
        "$soak_errors errors; active sessions $sessions_before before, $sessions_after after; heap after a full GC" \
        "${heap_before} MB before, ${heap_after} MB after (of $HEAP); load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
} >>"$report"
cat "$report"
