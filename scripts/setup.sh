#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with rustup lacks to build and test Agora:
# protoc (litep2p's protobuf code), a C/C++ compiler (binaryen's wasm-opt, zstd, lz4), OpenSSL's
# headers and pkg-config (litep2p's WebRTC links the system OpenSSL: `.cargo/config.toml` sets
# OPENSSL_NO_VENDOR), Node.js + npm, nginx (e2e/rpc-proxy.test.mjs runs docker/rpc-proxy's
# nginx.conf on the host), the Rust toolchain of rust-toolchain.toml with the wasm32 targets and
# rust-src, and the e2e suite's npm packages.
# Safe to run again: it only installs what is missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
{ command -v cc && command -v c++; } >/dev/null 2>&1 || missing+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
dpkg -s libssl-dev >/dev/null 2>&1 || missing+=(libssl-dev)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Debian's nginx (on Debian 12 `nginx-light` is only a transitional package for it).
dpkg -s nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}"
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
	# The tests start nginx themselves, on ports of their own; where systemd runs, the package
	# just started its service with the default site on port 80: stop it and keep it off.
	if [[ " ${missing[*]} " == *" nginx "* ]] && [ -d /run/systemd/system ]; then
		as_root systemctl disable --now nginx >/dev/null 2>&1 || true
	fi
fi

if ! command -v rustup >/dev/null 2>&1; then
	echo "setup: rustup is required (https://rustup.rs)" >&2
	exit 1
fi
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
rustup toolchain list | grep -q "^${toolchain}" || rustup toolchain install "$toolchain" --profile minimal
installed_targets="$(rustup target list --installed --toolchain "$toolchain")"
# substrate-wasm-builder prefers wasm32v1-none (no need to rebuild core with build-std).
for t in wasm32-unknown-unknown wasm32v1-none; do
	echo "$installed_targets" | grep -q "^$t\$" || rustup target add "$t" --toolchain "$toolchain"
done
installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for c in rust-src rustfmt; do
	echo "$installed_components" | grep -q "^$c" || rustup component add "$c" --toolchain "$toolchain"
done

# The e2e suite runs on Node's test runner with `--test-concurrency` (Node 20.10 or newer).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)'; then
	echo "setup: Node.js $(node --version) is too old for the e2e suite: it needs 20.10 or newer" >&2
	exit 1
fi
if [ ! -d e2e/node_modules/@polkadot/api ]; then
	echo "setup: installing the e2e suite's npm packages"
	(cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
