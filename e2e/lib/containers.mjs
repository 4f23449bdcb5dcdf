// Containers for tests: docker/docker-compose.yml run by podman-compose, on the image
// scripts/containers.sh builds (`agora-node:dev`). Podman reads docker/containers.conf.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env, CONTAINERS_CONF: join(repo, 'docker', 'containers.conf') };
const composeBin = process.env.AGORA_PODMAN_COMPOSE ?? '/var/tmp/agora-podman-compose/bin/podman-compose';

/** The compose project of the tests (container, network and volume names start with it). */
export const PROJECT = 'agora-ci';

/** `podman args…`; resolves to its standard output, throws with its standard error. */
export function podman(...args) {
  const r = spawnSync('podman', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`podman ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout.trim();
}

/** `podman args…` as it ended: `{ status, stdout, stderr }`. */
export function podmanResult(...args) {
  const r = spawnSync('podman', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * `podman-compose -p agora-ci -f docker/docker-compose.yml args…` (profiles `testnet` and
 * `public` on: `up` starts the services named, `down` takes down all of them).
 */
export function compose(...args) {
  return execFileSync(composeBin, ['-p', PROJECT, '-f', join(repo, 'docker', 'docker-compose.yml'),
    '--profile', 'testnet', '--profile', 'public', ...args], {
    env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
  });
}

/** The name of the container of compose service `service`. */
export function container(service) {
  const name = podman('ps', '-a', '--filter', `label=com.docker.compose.project=${PROJECT}`,
    '--filter', `label=com.docker.compose.service=${service}`, '--format', '{{.Names}}');
  if (!name) throw new Error(`no container for ${service}`);
  return name.split('\n')[0];
}

/**
 * A JSON-RPC call to the node in container `name`, made from inside it (bash's /dev/tcp to its
 * own 127.0.0.1:9944): it works while the container is cut off from every network, when its
 * published port does not.
 */
export function rpcInside(name, method, params = []) {
  const body = JSON.stringify({ id: 1, jsonrpc: '2.0', method, params });
  const script = 'exec 3<>/dev/tcp/127.0.0.1/9944 && printf "POST / HTTP/1.1\\r\\nHost: localhost\\r\\n'
    + 'Content-Type: application/json\\r\\nContent-Length: %d\\r\\nConnection: close\\r\\n\\r\\n%s" '
    + '"${#1}" "$1" >&3 && cat <&3';
  const r = podmanResult('exec', name, 'bash', '-c', script, 'rpc', body);
  if (r.status !== 0) throw new Error(`rpc ${method} in ${name}: ${r.stderr}`);
  const json = r.stdout.slice(r.stdout.indexOf('\r\n\r\n') + 4);
  const reply = JSON.parse(json);
  if (reply.error) throw new Error(`rpc ${method} in ${name}: ${JSON.stringify(reply.error)}`);
  return reply.result;
}

/** `{ best, finalized, finalizedHash, peers }` of the node in container `name` (four RPC calls,
 * each a `podman exec`). */
export function heads(name) {
  const best = rpcInside(name, 'chain_getHeader');
  const finalizedHash = rpcInside(name, 'chain_getFinalizedHead');
  const finalized = rpcInside(name, 'chain_getHeader', [finalizedHash]);
  const health = rpcInside(name, 'system_health');
  return {
    best: parseInt(best.number, 16),
    finalized: parseInt(finalized.number, 16),
    finalizedHash,
    peers: health.peers,
  };
}

/** Resolves with `check()`'s first truthy value, polling every second; rejects after `ms`. */
export async function until(what, check, ms = 180_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not reached in ${ms / 1000} s (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Container `name`'s address on its network. */
export function address(name) {
  return podman('inspect', name, '--format', '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}');
}

/** `iptables args…` inside container `name`'s network namespace (the host's iptables, as root). */
function iptablesIn(name, ...args) {
  const pid = podman('inspect', name, '--format', '{{.State.Pid}}');
  execFileSync('nsenter', ['-t', pid, '-n', 'iptables', '-w', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Cuts container `name` off from the containers at `addresses`: every packet between them is
 * dropped inside its network namespace, as a failed link drops them (no reset, addresses and
 * connections unchanged), until `heal(name)`.
 */
export function cut(name, addresses) {
  for (const a of addresses) {
    iptablesIn(name, '-I', 'INPUT', '-s', a, '-j', 'DROP');
    iptablesIn(name, '-I', 'OUTPUT', '-d', a, '-j', 'DROP');
  }
}

/** Lifts every `cut` of container `name`. */
export function heal(name) {
  iptablesIn(name, '-F', 'INPUT');
  iptablesIn(name, '-F', 'OUTPUT');
}
