#!/usr/bin/env bash
# Benchmarks a pallet of the runtime on this machine and writes its weights:
# - an Agora pallet (`pallets/<name>/`): `pallets/<name>/src/weights.rs` through
#   scripts/weight-template.hbs (20 steps × 10 repeats by default);
# - a polkadot-sdk pallet (preimage, scheduler, referenda, conviction_voting, session,
#   collator_selection, utility, proxy, multisig):
#   `runtime/src/weights/pallet_<name>.rs` with the benchmark CLI's default template
#   (10 steps × 5 repeats by default).
# Builds agora-node with the benchmark CLI first (`--features agora-node/benchmark-cli`: the
# test build leaves it out, it brings some 130 crates). STEPS and REPEAT override the defaults.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
name="$1"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
node="$CARGO_TARGET_DIR/release/agora-node"
runtime="$CARGO_TARGET_DIR/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm"
cargo build --release --locked --workspace --features agora-node/benchmark-cli
if [ -d "pallets/$name" ]; then
	output=(--template scripts/weight-template.hbs --output "pallets/${name}/src/weights.rs")
	steps="${STEPS:-20}" repeat="${REPEAT:-10}"
else
	output=(--output "runtime/src/weights/pallet_${name}.rs")
	steps="${STEPS:-10}" repeat="${REPEAT:-5}"
fi
# Referenda's benchmarks expect a prepare period of more than one block: they run on the
# local testnet's tracks (hours and days), not the development chain's (a few blocks).
preset=development
[ "$name" = referenda ] && preset=local_testnet
"$node" benchmark pallet \
	--runtime "$runtime" \
	--genesis-builder runtime --genesis-builder-preset "$preset" \
	--pallet "pallet_${name}" --extrinsic '*' \
	--steps "$steps" --repeat "$repeat" \
	"${output[@]}"
