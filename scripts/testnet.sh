#!/usr/bin/env bash
# A local four-validator testnet (`--chain local`: Alice, Bob, Charlie, Dave) over libp2p on
# loopback. Each has a fixed, public test node key (…01 to …04); Alice is the boot node. JSON-RPC on
# ws://127.0.0.1:9944 (Alice), 9945 (Bob), 9946 (Charlie), 9947 (Dave); p2p on 30333..30336.
# Databases under $AGORA_TESTNET_DIR (default /tmp/agora-testnet), kept between runs: run the
# script again to restart the network on them, `--purge` to start from genesis. Ctrl-C stops
# every node (SIGTERM). Logs: $AGORA_TESTNET_DIR/<name>.log.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
node="${AGORA_NODE:-${CARGO_TARGET_DIR:-$repo/target}/release/agora-node}"
dir="${AGORA_TESTNET_DIR:-/tmp/agora-testnet}"
if [ ! -x "$node" ]; then
	echo "testnet: $node not found: build it (./scripts/dev.sh or cargo build --release -p agora-node) or set AGORA_NODE" >&2
	exit 1
fi
if [ "${1:-}" = "--purge" ]; then
	rm -rf "$dir"
fi
# agora-node keeps its chain in ParityDB (`chains/<id>/paritydb/`); an older build's RocksDB data
# (`chains/<id>/db/`) would be ignored, and the network would start a new chain beside it.
if compgen -G "$dir/*/chains/*/db/full" >/dev/null; then
	echo "testnet: $dir holds RocksDB data of an older agora-node, which this node does not read: run with --purge" >&2
	exit 1
fi
mkdir -p "$dir"

# Fixed node keys (a validator of a non-development chain needs one): public test keys.
key() { printf '%064x' "$1"; }
boot_key="$(key 1)"
printf '%s' "$boot_key" >"$dir/boot-node-key"
boot_id="$("$node" key inspect-node-key --file "$dir/boot-node-key")"
boot="/ip4/127.0.0.1/tcp/30333/p2p/$boot_id"

pids=()
stop() {
	trap - INT TERM EXIT
	echo "testnet: stopping"
	kill -TERM "${pids[@]}" 2>/dev/null || true
	wait || true
	exit "${1:-0}"
}
trap stop INT TERM
trap 'stop 1' EXIT

i=0
for name in alice bob charlie dave; do
	args=(--chain local "--$name" --base-path "$dir/$name" --rpc-port $((9944 + i))
		--listen-addr "/ip4/127.0.0.1/tcp/$((30333 + i))"
		--no-mdns --no-telemetry --no-prometheus --allow-private-ip --node-key "$(key $((i + 1)))")
	if [ "$name" != alice ]; then
		args+=(--bootnodes "$boot")
	fi
	"$node" "${args[@]}" >"$dir/$name.log" 2>&1 &
	pids+=($!)
	echo "testnet: $name (pid $!) ws://127.0.0.1:$((9944 + i)), log $dir/$name.log"
	i=$((i + 1))
done
echo "testnet: running; Ctrl-C stops it"
wait -n "${pids[@]}" || true
echo "testnet: a node exited; see its log" >&2
stop 1
