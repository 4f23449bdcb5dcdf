#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build agora-node (release), start the dev
# chain (Alice validates; Aura blocks every 6 s, GRANDPA finality). Extra arguments go to the
# node, e.g. `./scripts/dev.sh --sealing instant` or `--rpc-external`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
# The runtime's build script also builds the runtime with spec_version + 1 for the upgrade
# end-to-end test (runtime/build.rs); both scripts set it so that they share one build.
export AGORA_UPGRADE_TEST_RUNTIME=1
# The same build as the test command (`scripts/test.sh`): `cargo test --workspace` builds
# agora-node with the workspace's unified features, so the tests that follow reuse every crate
# compiled here (`cargo build -p agora-node` would compile a few hundred crates a second time).
cargo test --release --locked --workspace --no-run
exec "$CARGO_TARGET_DIR/release/agora-node" --dev "$@"
