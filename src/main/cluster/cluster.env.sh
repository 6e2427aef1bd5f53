# Settings shared by start-cluster.sh and stop-cluster.sh (docs/operations.md, "Cluster"); each may be set in the
# environment instead. Sourced, not run.
# shellcheck shell=bash
CLUSTER_PROJECT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# The server that ./mvnw package -Pcluster provisions, and the WAR every node deploys.
CLUSTER_SERVER=${CLUSTER_SERVER:-$CLUSTER_PROJECT/target/cluster-server}
CLUSTER_WAR=${CLUSTER_WAR:-$CLUSTER_PROJECT/target/green-portal.war}
# Where the nodes' own folders, the balancer's configuration, the logs and the process ids go.
CLUSTER_DIR=${CLUSTER_DIR:-$CLUSTER_PROJECT/target/cluster}
# One port offset per node: node 1 takes the first (HTTP 8080 + offset, management 9990 + offset), and so on.
CLUSTER_PORT_OFFSETS=${CLUSTER_PORT_OFFSETS:-100 200}
# The balancer's address: the portal's one address for browsers.
CLUSTER_HTTP_PORT=${CLUSTER_HTTP_PORT:-8080}
# The files every node reads and writes (issued documents, annexes, evidence, undertakings): one directory, on shared
# storage when the nodes are on several machines.
export PORTAL_FILE_DIR=${PORTAL_FILE_DIR:-$CLUSTER_DIR/files}
# The one database of all nodes; the nodes share nothing else that lasts.
export PORTAL_DB_DRIVER=postgresql
export PORTAL_DB_URL=${PORTAL_DB_URL:-jdbc:postgresql://127.0.0.1:5432/green_portal_cluster}
export PORTAL_DB_USER=${PORTAL_DB_USER:-postgres}
export PORTAL_DB_PASSWORD=${PORTAL_DB_PASSWORD:-postgres}
# On this machine: the demo data, over plain HTTP.
export PORTAL_DEMO_DATA=${PORTAL_DEMO_DATA:-true}
export PORTAL_SECURE_COOKIE=${PORTAL_SECURE_COOKIE:-false}
# The key of the personal numbers encrypted at rest: the same on every node, or one node cannot read what another
# wrote. Generated once into the cluster's folder when not given.
if [ -z "${PORTAL_ENCRYPTION_KEY:-}" ]; then
    if [ ! -s "$CLUSTER_DIR/encryption.key" ]; then
        mkdir -p "$CLUSTER_DIR"
        (umask 077 && head -c 32 /dev/urandom | base64 >"$CLUSTER_DIR/encryption.key")
    fi
    PORTAL_ENCRYPTION_KEY=$(cat "$CLUSTER_DIR/encryption.key")
fi
export PORTAL_ENCRYPTION_KEY
# Heap of each node.
CLUSTER_NODE_HEAP=${CLUSTER_NODE_HEAP:-768m}

cluster_offsets() {
    read -r -a offsets <<<"$CLUSTER_PORT_OFFSETS"
}
