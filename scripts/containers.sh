#!/usr/bin/env bash
# Prepares what the container tests (e2e/containers.test.mjs) need, on a fresh Debian machine
# without a Docker engine or a reachable container registry:
#
# 1. Podman (with buildah, runc, netavark and its DNS, iptables for netavark's rules) and
#    debootstrap from Debian's packages, and podman-compose 1.6.0 in a virtualenv
#    (/var/tmp/agora-podman-compose; pip);
# 2. the base image `debian:bookworm-slim` made locally with debootstrap from the Debian mirror
#    apt uses (no registry), imported and tagged under the name the Dockerfile uses;
# 3. the image `agora-node:dev` from the agora-node binary the test build made (the
#    Dockerfile's `prebuilt` target), so that CI does not compile the node twice;
# 4. the image `agora-rpc-proxy:dev` (nginx from Debian's packages, docker/rpc-proxy) for the
#    compose file's `public` profile.
#
# Safe to run again: it installs, creates and builds only what is missing or changed. Podman
# reads docker/containers.conf (CONTAINERS_CONF): this kernel's limits need it.
#
#   scripts/containers.sh [path/to/agora-node]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export CONTAINERS_CONF="$repo/docker/containers.conf"
node_bin="${1:-${CARGO_TARGET_DIR:-$repo/target}/release/agora-node}"
compose_venv=/var/tmp/agora-podman-compose

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in podman buildah runc netavark aardvark-dns iptables fuse-overlayfs slirp4netns uidmap debootstrap python3-venv; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "containers: installing ${missing[*]}"
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -x "$compose_venv/bin/podman-compose" ]; then
	echo "containers: installing podman-compose in $compose_venv"
	python3 -m venv "$compose_venv"
	"$compose_venv/bin/pip" install --quiet podman-compose==1.6.0
fi

# The base image, made offline: Debian's mirror is reachable, registries are not.
if ! podman image exists docker.io/library/debian:bookworm-slim; then
	mirror="$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
	mirror="${mirror:-http://deb.debian.org/debian}"
	rootfs="$(mktemp -d /var/tmp/agora-rootfs.XXXXXX)"
	echo "containers: making debian:bookworm-slim with debootstrap from $mirror"
	as_root debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
	as_root tar -C "$rootfs" -c . | podman import - localhost/debian:bookworm-slim >/dev/null
	podman tag localhost/debian:bookworm-slim docker.io/library/debian:bookworm-slim
	as_root rm -rf "$rootfs"
fi

# The node's image from the binary on the host: a context holding only the binary.
if [ ! -x "$node_bin" ]; then
	echo "containers: no agora-node at $node_bin: build it first" >&2
	exit 1
fi
context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
cp "$node_bin" "$context/agora-node"
echo "containers: building agora-node:dev from $node_bin"
podman build --quiet --skip-unused-stages --target prebuilt -f docker/Dockerfile \
	-t agora-node:dev "$context" >/dev/null
podman run --rm agora-node:dev --version

# nginx for the public RPC node (compose profile `public`): Debian's package, installed from the
# mirror inside the build; podman's layer cache makes a rebuild with an unchanged nginx.conf
# take a second.
echo "containers: building agora-rpc-proxy:dev from docker/rpc-proxy"
podman build --quiet -t agora-rpc-proxy:dev docker/rpc-proxy >/dev/null
podman run --rm agora-rpc-proxy:dev nginx -v
