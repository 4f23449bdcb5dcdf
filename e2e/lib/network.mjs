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
  eve: '0000000000000000000000000000000000000000000000000000000000000005',
  ferdie: '0000000000000000000000000000000000000000000000000000000000000006',
};

/**
 * Writes the `local` chain spec with the development chain's governance tracks and voting
 * periods and sessions of `sessionPeriod` blocks into `dir`, and returns its path: the
 * four-validator network with no sudo key, whose referenda pass in a minute. This is how a chain
 * builder derives a chain spec: `build-spec` of a preset, then edit its genesis patch.
 */
export function fastLocalSpec(dir, { sessionPeriod = 10 } = {}) {
  const spec = (chain) => execFileSync(nodeBinary(), ['build-spec', '--chain', chain], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }).toString();
  const local = spec('local');
  if (/"sudo":\s*\{\s*"key":\s*"/.test(local)) throw new Error('the local spec has a sudo key');
  // Edited as text: the spec holds u128 numbers (lending caps) that JSON.parse would round.
  const governance = JSON.parse(jsonValue(spec('dev'), 'governance').text);
  governance.params.sessionPeriod = sessionPeriod;
  const { start, end } = jsonValue(local, 'governance');
  const path = join(dir, 'local-fast.json');
  writeFileSync(path, local.slice(0, start) + JSON.stringify(governance) + local.slice(end));
  return path;
}

/** The text of the value of the first `"key":` in JSON `text`, and where it starts and ends. */
function jsonValue(text, key) {
  let i = text.indexOf(`"${key}":`);
  if (i < 0) throw new Error(`no "${key}" in the chain spec`);
  i += key.length + 3;
  while (/\s/.test(text[i])) i += 1;
  const start = i;
  let depth = 0;
  let inString = false;
  for (; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return { text: text.slice(start, i + 1), start, end: i + 1 };
    }
  }
  throw new Error(`"${key}" does not end`);
}

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
export async function startNetwork(names = ['alice', 'bob', 'charlie', 'dave'], { spec } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'agora-net-'));
  const chain = spec ? spec(root) : 'local';
  const bootPort = await freePort();
  const boot = `/ip4/127.0.0.1/tcp/${bootPort}/p2p/${peerId(NODE_KEYS.alice)}`;
  const validators = [];
  for (const name of names) {
    const isBoot = name === 'alice';
    // A validator of a chain that is not a development chain needs a node key.
    const args = ['--chain', chain, `--${name}`, '--allow-private-ip', '--node-key', NODE_KEYS[name]];
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
  /**
   * Starts one more node `name` (with a node key of NODE_KEYS) that joins through Alice: a
   * validator node (`--validator`) with an empty keystore, whose session keys must be generated
   * (`author_rotateKeysWithOwner`) and registered before governance can add it.
   */
  const add = async (name) => {
    const display = name[0].toUpperCase() + name.slice(1);
    const v = new Validator(name, {
      base: join(root, name),
      rpcPort: await freePort(),
      p2pPort: await freePort(),
      args: ['--chain', chain, '--validator', '--name', display, '--allow-private-ip',
        '--node-key', NODE_KEYS[name], '--bootnodes', boot],
    });
    validators.push(v);
    await v.start();
    return v;
  };
  return { validators, stop, add };
}
