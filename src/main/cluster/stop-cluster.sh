#!/usr/bin/env bash
# Stops what start-cluster.sh started (docs/operations.md, "Cluster").
#
#   src/main/cluster/stop-cluster.sh             the balancer and every node
#   src/main/cluster/stop-cluster.sh node N      node N only; the others take its users over
#
# A node is asked to stop (SIGTERM: it finishes what it does and leaves the cluster) and killed after 60 s.
set -euo pipefail
# shellcheck source=cluster.env.sh
source "$(dirname "$0")/cluster.env.sh"
cluster_offsets

stop_pid() {
    local name=$1 pidfile=$2 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name: still running after 60 s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
        echo "$name: stopped"
    fi
    rm -f "$pidfile"
}

case "${1:-all}" in
    node)
        n=${2:?"which node? stop-cluster.sh node N"}
        stop_pid "node $n" "$CLUSTER_DIR/node$n.pid"
        ;;
    all)
        stop_pid balancer "$CLUSTER_DIR/nginx.pid"
        for i in "${!offsets[@]}"; do
            stop_pid "node $(( i + 1 ))" "$CLUSTER_DIR/node$(( i + 1 )).pid" &
        done
        wait
        ;;
    *)
        echo "usage: stop-cluster.sh [node N]" >&2
        exit 1
        ;;
esac
