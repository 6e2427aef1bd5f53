#!/usr/bin/env bash
# Starts the portal as a cluster on this machine (docs/operations.md, "Cluster"): two WildFly nodes of the server
# that ./mvnw package -Pcluster provisions, against one PostgreSQL database, behind nginx with sticky sessions.
#
#   src/main/cluster/start-cluster.sh            every node and the balancer; returns once all serve
#   src/main/cluster/start-cluster.sh node N     node N only (after stop-cluster.sh node N, or a crash)
#   src/main/cluster/start-cluster.sh balancer   the balancer only
#
# Settings: cluster.env.sh (the database, ports, folders), each also from the environment. Stop with
# stop-cluster.sh. The nodes start together; the portal lets one at a time run its start-up (migrations, demo data).
set -euo pipefail
# shellcheck source=cluster.env.sh
source "$(dirname "$0")/cluster.env.sh"
cluster_offsets

fail() { printf 'start-cluster: %s\n' "$*" >&2; exit 1; }

[ -x "$CLUSTER_SERVER/bin/standalone.sh" ] || fail "no clustered server in $CLUSTER_SERVER: run ./mvnw package -Pcluster -DskipTests"
[ -f "$CLUSTER_WAR" ] || fail "no portal WAR at $CLUSTER_WAR: run ./mvnw package -Pcluster -DskipTests"
mkdir -p "$CLUSTER_DIR/log" "$PORTAL_FILE_DIR"

# A node's own folder: a copy of the provisioned standalone/ the first time, without the copy's logs and without
# the process id that makes every node a distinct transaction manager.
prepare_node() {
    local n=$1 base=$CLUSTER_DIR/node$1
    if [ ! -d "$base" ]; then
        cp -r "$CLUSTER_SERVER/standalone" "$base"
        rm -rf "$base/log" "$base/data/kernel/process-uuid" "$base/deployments/"*
        mkdir -p "$base/log"
    fi
    # The WAR as it is now; its marker files tell when the node has deployed it.
    rm -f "$base/deployments/"*
    cp "$CLUSTER_WAR" "$base/deployments/green-portal.war"
}

launch_node() {
    local n=$1 offset=${offsets[$(( $1 - 1 ))]} base=$CLUSTER_DIR/node$1
    local pidfile=$CLUSTER_DIR/node$n.pid
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        fail "node $n runs already (process $(cat "$pidfile"))"
    fi
    prepare_node "$n"
    # JBOSS_PIDFILE: the Java process's id (standalone.sh is only its launcher), which stop-cluster.sh signals.
    JBOSS_PIDFILE=$pidfile LAUNCH_JBOSS_IN_BACKGROUND=1 \
        JAVA_OPTS="-Xms128m -Xmx$CLUSTER_NODE_HEAP -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true" \
        setsid "$CLUSTER_SERVER/bin/standalone.sh" \
        -Djboss.server.base.dir="$base" -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
        -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 -bmanagement 127.0.0.1 \
        >"$CLUSTER_DIR/log/node$n.out" 2>&1 </dev/null &
    echo "node $n: starting, HTTP 127.0.0.1:$(( 8080 + offset )), log $base/log/server.log"
}

await_node() {
    local n=$1 base=$CLUSTER_DIR/node$1
    for _ in $(seq 1 600); do
        [ -f "$base/deployments/green-portal.war.deployed" ] && { echo "node $n: serving"; return 0; }
        [ -f "$base/deployments/green-portal.war.failed" ] && fail "node $n failed to deploy: $base/log/server.log"
        sleep 1
    done
    fail "node $n did not deploy within 10 minutes: $base/log/server.log"
}

start_balancer() {
    if ! command -v nginx >/dev/null; then
        echo "installing nginx-light"
        command -v apt-get >/dev/null || fail "nginx is missing; install it by hand"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
    fi
    local conf=$CLUSTER_DIR/nginx.conf any="" routes="" sticky="" i offset
    mkdir -p "$CLUSTER_DIR/nginx"
    for i in "${!offsets[@]}"; do
        offset=${offsets[$i]}
        any+="        server 127.0.0.1:$(( 8080 + offset )) max_fails=1 fail_timeout=5s;"$'\n'
        routes+="        ~\\.node$(( i + 1 ))\$ node$(( i + 1 ));"$'\n'
    done
    # Per node, an upstream that sends to it and, when it does not answer, to the others.
    for i in "${!offsets[@]}"; do
        sticky+="    upstream node$(( i + 1 )) {"$'\n'"        server 127.0.0.1:$(( 8080 + offsets[i] )) max_fails=1 fail_timeout=5s;"$'\n'
        for j in "${!offsets[@]}"; do
            [ "$j" = "$i" ] || sticky+="        server 127.0.0.1:$(( 8080 + offsets[j] )) backup;"$'\n'
        done
        sticky+="    }"$'\n'
    done
    cat >"$conf" <<NGINX
# Written by start-cluster.sh: the balancer of the portal's nodes.
worker_processes 1;
pid $CLUSTER_DIR/nginx.pid;
error_log $CLUSTER_DIR/log/nginx-error.log warn;
events { worker_connections 512; }
http {
    access_log $CLUSTER_DIR/log/nginx-access.log;
    client_body_temp_path $CLUSTER_DIR/nginx/body;
    proxy_temp_path $CLUSTER_DIR/nginx/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/scgi;
    # Uploads: the nodes take up to 50 MB (wildfly-config/web.cli).
    client_max_body_size 50m;
    # Sticky sessions: a session id ends in the name of the node that made it (JSESSIONID=….node1); its requests
    # go to that node while it answers, otherwise to another, which has the session too (distributable sessions).
    map \$cookie_JSESSIONID \$portal_upstream {
$routes        default any;
    }
    upstream any {
$any    }
$sticky
    server {
        listen 127.0.0.1:$CLUSTER_HTTP_PORT;
        location / {
            proxy_pass http://\$portal_upstream;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            # The client's own address, not whatever X-Forwarded-For it sent (the public forms' rate limit).
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A node that refuses the connection or has gone: the next one. A request already sent is not resent.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            proxy_read_timeout 300s;
        }
    }
}
NGINX
    if [ -f "$CLUSTER_DIR/nginx.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/nginx.pid")" 2>/dev/null; then
        nginx -p "$CLUSTER_DIR" -c "$conf" -s reload
    else
        nginx -p "$CLUSTER_DIR" -c "$conf" -e "$CLUSTER_DIR/log/nginx-error.log"
    fi
    echo "balancer: http://127.0.0.1:$CLUSTER_HTTP_PORT/ (nginx, $conf)"
}

case "${1:-all}" in
    node)
        [ -n "${2:-}" ] && [ "$2" -ge 1 ] && [ "$2" -le "${#offsets[@]}" ] || fail "which node? 1 to ${#offsets[@]}"
        launch_node "$2"
        await_node "$2"
        ;;
    balancer)
        start_balancer
        ;;
    all)
        for i in "${!offsets[@]}"; do
            launch_node $(( i + 1 ))
        done
        start_balancer
        for i in "${!offsets[@]}"; do
            await_node $(( i + 1 ))
        done
        echo "cluster: http://127.0.0.1:$CLUSTER_HTTP_PORT/"
        ;;
    *)
        fail "usage: start-cluster.sh [node N | balancer]"
        ;;
esac
