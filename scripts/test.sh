#!/usr/bin/env bash
# Quick start, command 2: every test. Formatting, the unit, pallet and runtime tests and the
# node's CLI tests (`cargo test`, release profile: the same build as the node the end-to-end
# suite starts), then the end-to-end suite: the real node driven by @polkadot/api.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo test (release)"
cargo test --release --locked --workspace

echo "== end-to-end (node --test, @polkadot/api)"
cd e2e
AGORA_NODE="$CARGO_TARGET_DIR/release/agora-node" node --test --test-concurrency=1 ./*.test.mjs
