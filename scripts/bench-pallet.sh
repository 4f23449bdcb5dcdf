#!/usr/bin/env bash
# Regenerates the weights of an Agora pallet on this machine:
#   scripts/bench-pallet.sh recommender            # -> pallets/recommender/src/weights.rs
# STEPS / REPEAT override the sampling (defaults 20 / 10).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
name="$1"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
node="$CARGO_TARGET_DIR/release/agora-node"
runtime="$CARGO_TARGET_DIR/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm"
"$node" benchmark pallet \
	--runtime "$runtime" \
	--genesis-builder-preset development \
	--pallet "pallet_${name}" --extrinsic '*' \
	--steps "${STEPS:-20}" --repeat "${REPEAT:-10}" \
	--template scripts/weight-template.hbs \
	--output "pallets/${name}/src/weights.rs"
