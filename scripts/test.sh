#!/usr/bin/env bash
# Quick start, command 2: every test. Formatting, the unit, pallet and runtime tests and the
# node's CLI tests (`cargo test`, release profile: the same build as the node the end-to-end
# suite starts), then the end-to-end suite: the real node driven by @polkadot/api.
#
# Each phase prints its wall time (`phase <name>: <s> s`) and the run ends with a table of them
# and of the slowest compile units (from cargo's --timings report), so a change that makes the
# build or the tests slower shows in the next run's log.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
# The runtime's build script also builds the runtime with spec_version + 1 for the upgrade
# end-to-end test (runtime/build.rs); both scripts set it so that they share one build.
export AGORA_UPGRADE_TEST_RUNTIME=1
phases=()
# The table of phase times and the build summary, also when a phase failed (the failing phase
# is the one missing from the table).
report() {
	echo "== times"
	printf '%s\n' "${phases[@]}" | awk '{ printf "  %-12s %6d s\n", $1, $2; t += $2 } END { printf "  %-12s %6d s\n", "total", t }'
	local timings="$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html"
	if [[ " ${phases[*]} " == *" build "* ]] && [ -f "$timings" ]; then
		node scripts/build-timings.mjs "$timings" || true
	fi
}
trap report EXIT
phase() {
	local name="$1" start=$SECONDS
	shift
	echo "== $name"
	"$@"
	phases+=("$name $((SECONDS - start))")
	echo "phase $name: $((SECONDS - start)) s"
}

phase installs ./scripts/setup.sh
phase fetch cargo fetch --locked
phase fmt cargo fmt --all -- --check
# Everything `cargo test` needs, compiled once; the report splits it into the dependency graph
# and the workspace's own crates (with the runtime's wasm build).
phase build cargo test --release --locked --workspace --no-run --timings
phase cargo-tests cargo test --release --locked --workspace
# The runtime's migrations with their try-runtime pre- and post-upgrade checks, and every
# pallet's try_state on the two grown states of the counted-reads test (issue 21): a second
# build of the runtime's native code with the try-runtime feature (no wasm needed).
phase try-runtime env SKIP_WASM_BUILD=1 cargo test --release --locked --workspace \
	--features agora-runtime/try-runtime --test integration -- migrations ten_times_larger
# The container tests' setup (Podman, podman-compose, an offline base image) and the node's image
# from the binary just built; e2e/containers.test.mjs then runs the compose files on it.
phase containers ./scripts/containers.sh "$CARGO_TARGET_DIR/release/agora-node"
e2e() (
	cd e2e
	AGORA_NODE="$CARGO_TARGET_DIR/release/agora-node" node --test --test-concurrency=1 ./*.test.mjs
)
phase e2e e2e

