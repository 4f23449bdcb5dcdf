// A local testnet for tests: validators of `--chain local` (Alice, Bob, Charlie, Dave) on
// loopback, each with its own base path that survives restarts and a fixed node key, peered
// through Alice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, freePort, killNode, nodeBinary, spawnNode } from './node.mjs';

/** The validators' libp2p keys on the testnet (test keys: public, never for a real network). */
export const NODE_KEYS = {
  alice: '0000000000000000000000000000000000000000000000000000000000000001',
  bob: '0000000000000000000000000000000000000000000000000000000000000002',
  charlie: '0000000000000000000000000000000000000000000000000000000000000003',
  dave: '0000000000000000000000000000000000000000000000000000000000000004',
};

/** The libp2p peer id of the ed25519 node key `hex`, as `agora-node key inspect-node-key` derives it. */
export function peerId(hex) {
  const dir = mkdtempSync(join(tmpdir(), 'agora-key-'));
  try {
    const file = join(dir, 'node-key');
    writeFileSync(file, hex);
    return execFileSync(nodeBinary(), ['key', 'inspect-node-key', '--file', file]).toString().trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One validator: a fixed base path and ports, so that it can be killed and started again. */
export class Validator {
  constructor(name, { base, rpcPort, p2pPort, args }) {
    Object.assign(this, { name, base, rpcPort, p2pPort, args });
    this.node = null;
    this.api = null;
  }

  /** Starts the node on its base path and connects a client. */
  async start() {
    this.node = await spawnNode(this.args, { base: this.base, rpcPort: this.rpcPort, p2pPort: this.p2pPort });
    this.api = await connect(this.node.url);
  }

  /** Stops the node with `signal` (SIGTERM: a clean shutdown; SIGKILL: a crash). */
  async stop(signal = 'SIGTERM') {
    await this.api?.disconnect().catch(() => {});
    this.api = null;
    if (this.node) await killNode(this.node, signal);
  }

  /** `{ best, finalized }` block numbers. */
  async heads() {
    const best = (await this.api.rpc.chain.getHeader()).number.toNumber();
    const finalized = (await this.api.rpc.chain.getHeader(await this.api.rpc.chain.getFinalizedHead())).number.toNumber();
    return { best, finalized };
  }

  /** Resolves once `check(await this.heads())` holds; rejects after `timeoutMs` with the heads and log tail. */
  async until(what, check, timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    let heads;
    for (;;) {
      heads = await this.heads();
      if (check(heads)) return heads;
      if (Date.now() > deadline) {
        throw new Error(`${this.name}: ${what} not reached: ${JSON.stringify(heads)}\n${this.node.log.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Starts validators `names` (of alice, bob, charlie, dave) of `--chain local` and resolves to
 * `{ validators, stop }` once all of them answer RPC. Alice is the boot node of the others.
 */
export async function startNetwork(names = ['alice', 'bob', 'charlie', 'dave']) {
  const root = mkdtempSync(join(tmpdir(), 'agora-net-'));
  const bootPort = await freePort();
  const boot = `/ip4/127.0.0.1/tcp/${bootPort}/p2p/${peerId(NODE_KEYS.alice)}`;
  const validators = [];
  for (const name of names) {
    const isBoot = name === 'alice';
    // A validator of a chain that is not a development chain needs a node key.
    const args = ['--chain', 'local', `--${name}`, '--allow-private-ip', '--node-key', NODE_KEYS[name]];
    if (!isBoot) args.push('--bootnodes', boot);
    validators.push(new Validator(name, {
      base: join(root, name),
      rpcPort: await freePort(),
      p2pPort: isBoot ? bootPort : await freePort(),
      args,
    }));
  }
  try {
    await Promise.all(validators.map((v) => v.start()));
  } catch (e) {
    await Promise.all(validators.map((v) => v.stop('SIGKILL')));
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
  const stop = async () => {
    await Promise.all(validators.map((v) => v.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  return { validators, stop };
}
