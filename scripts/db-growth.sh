#!/usr/bin/env bash
# Database bytes per credential, per vault and per vote (README, "Scale"): builds with
# `agora-state` a base state (a tenth of the full one) and three variants that each add only
# credentials, vaults or voters, starts `agora-node` on each chain spec until it has written its
# genesis to a fresh database (ParityDB, the node's default), stops it, and divides the growth
# of the database directory by what was added.
#
#   CARGO_TARGET_DIR=/var/tmp/agora-target scripts/db-growth.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$repo/target}/release"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill -KILL "$pid" 2> /dev/null; rm -rf "$work"' EXIT
base=(--divide 10 --probe-credentials 2 --probe-votes 2)

# Bytes of the database a node writes for the state `agora-state "$@"` builds.
db_bytes() {
	local spec="$work/spec.json" dir="$work/node" log="$work/node.log" up=""
	"$bin/agora-state" "${base[@]}" "$@" --out "$spec" > "$work/state.log" 2>&1 \
		|| { cat "$work/state.log" >&2; exit 1; }
	rm -rf "$dir"
	"$bin/agora-node" --chain "$spec" --base-path "$dir" --rpc-port 39944 --port 30444 \
		--no-prometheus --no-telemetry --no-mdns > "$log" 2>&1 &
	pid=$!
	for _ in $(seq 600); do
		if grep -q "Running JSON-RPC server" "$log"; then up=1; break; fi
		kill -0 "$pid" 2> /dev/null || break
		sleep 0.5
	done
	[ -n "$up" ] || { echo "the node did not start:" >&2; cat "$log" >&2; exit 1; }
	kill -TERM "$pid"
	wait "$pid" || true
	pid=""
	{ du -sbc "$dir"/chains/agora_grown/{paritydb,db} 2> /dev/null || true; } | tail -1 | cut -f1
}

per() { # name, bytes before, bytes after, how many added
	echo "| $1 | $4 | $(( ($3 - $2) / $4 )) |"
}

b=$(db_bytes)
c=$(db_bytes --credentials 40000)
v=$(db_bytes --vaults 4000)
o=$(db_bytes --voters 9999)
echo "base state (a tenth of the full one): $b bytes of database"
echo "| added | how many | database bytes each |"
echo "|---|---:|---:|"
per "credential (a course completion: enrolment, credential, mastery records)" "$b" "$c" 20000
per "vault" "$b" "$v" 2000
# Voters 5,001 to 9,999: 4,499 vote on four referenda each, 500 (one in ten) delegate.
per "vote (a voter's four, with its lock and history; delegations included)" "$b" "$o" 17996
per "voter (four votes, or a delegation)" "$b" "$o" 4999
