#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build agora-node (release), start the dev
# chain (Alice validates; Aura blocks every 6 s, GRANDPA finality). Extra arguments go to the
# node, e.g. `./scripts/dev.sh --sealing instant` or `--rpc-external`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./scripts/setup.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
cargo build --release --locked -p agora-node
exec "$CARGO_TARGET_DIR/release/agora-node" --dev "$@"
