// Starts a real agora-node for a test: free ports, a temporary base path, killed afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { rpc, types } from '../agora-types.mjs';

const here = new URL('.', import.meta.url).pathname;

/** Path of the node binary: $AGORA_NODE, else $CARGO_TARGET_DIR/release/agora-node, else ./target. */
export function nodeBinary() {
  if (process.env.AGORA_NODE) return process.env.AGORA_NODE;
  const targetDir = process.env.CARGO_TARGET_DIR || resolve(here, '../../target');
  const bin = join(targetDir, 'release', 'agora-node');
  if (!existsSync(bin)) throw new Error(`agora-node not found at ${bin}: build it or set AGORA_NODE`);
  return bin;
}

/**
 * How many memfd-backed wasm memory images (wasmtime's copy-on-write strategy, whose sealing
 * Linux can refuse) process `pid` holds open: 0 for agora-node's default strategy. Linux only.
 */
export function wasmMemoryImages(pid) {
  let n = 0;
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('/memfd:wasm-memory-image')) n += 1;
    } catch { /* closed meanwhile */ }
  }
  return n;
}

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/**
 * Spawns `agora-node` with `args` on `base` (base path), `rpcPort` and `p2pPort`, and resolves
 * once its RPC server answers, to `{ child, url, log, exited }` (`log` and `exited` are getters:
 * the output so far, `{ code, signal }` once it exited).
 */
export async function spawnNode(args, { base, rpcPort, p2pPort, timeoutMs = 120_000 }) {
  const child = spawn(
    nodeBinary(),
    [
      ...args,
      '--base-path', base,
      '--rpc-port', String(rpcPort),
      '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
      '--no-prometheus',
      '--no-telemetry',
      '--no-mdns',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const collect = (d) => { log += d.toString(); if (log.length > 200_000) log = log.slice(-100_000); };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const deadline = Date.now() + timeoutMs;
  while (!/Running JSON-RPC server/.test(log)) {
    if (exited) throw new Error(`agora-node exited early (${JSON.stringify(exited)}):\n${log}`);
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`agora-node did not start:\n${log}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url: `ws://127.0.0.1:${rpcPort}`,
    get log() { return log; },
    get exited() { return exited; },
  };
}

/** Sends `signal` to a spawned node and resolves once it exited (SIGKILL after `graceMs`). */
export async function killNode(node, signal = 'SIGTERM', graceMs = 10_000) {
  if (node.exited) return;
  const gone = new Promise((r) => node.child.once('exit', r));
  node.child.kill(signal);
  const timer = setTimeout(() => node.child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/** A @polkadot/api client with Agora's RPC methods and types, connected to `url`. */
export function connect(url) {
  return ApiPromise.create({ provider: new WsProvider(url), rpc, types, noInitWarn: true });
}

/**
 * Starts `agora-node` with `args` (after `--dev`-style defaults) and returns
 * `{ api, url, child, log, stop }` once its RPC server answers.
 */
export async function startNode(args = ['--dev'], { timeoutMs = 120_000 } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'agora-e2e-'));
  let node;
  try {
    node = await spawnNode(args, { base, rpcPort: await freePort(), p2pPort: await freePort(), timeoutMs });
  } catch (e) {
    rmSync(base, { recursive: true, force: true });
    throw e;
  }
  const api = await connect(node.url);
  const stop = async () => {
    await api.disconnect().catch(() => {});
    await killNode(node);
    rmSync(base, { recursive: true, force: true });
  };
  return { api, url: node.url, child: node.child, get log() { return node.log; }, stop };
}

/**
 * Signs and sends `tx` as `signer`; resolves when the block including it is finalized, with
 * `{ blockHash, events, fee }`. Rejects on a dispatch error, with the pallet's error name.
 */
export function sendAndFinalize(api, tx, signer) {
  return new Promise((ok, fail) => {
    let unsub = () => {};
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsub();
        if (dispatchError.isModule) {
          const d = api.registry.findMetaError(dispatchError.asModule);
          fail(new Error(`${d.section}.${d.name}`));
        } else if (dispatchError.isToken) {
          fail(new Error(`token.${dispatchError.asToken.type}`));
        } else fail(new Error(dispatchError.toString()));
        return;
      }
      if (status.isFinalized) {
        unsub();
        const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
        const fee = feeEvent ? feeEvent.event.data.actualFee.toBigInt() : 0n;
        ok({ blockHash: status.asFinalized, events, fee });
      }
      if (status.isDropped || status.isInvalid || status.isUsurped) {
        unsub();
        fail(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsub = u; }, fail);
  });
}

/**
 * Passes `call` on `track` (e.g. `{ Governance: 'Admin' }`, `{ system: 'Root' }`) with one
 * `utility.batchAll` signed by `signer`: submit, place the decision deposit, vote aye with
 * `balance` (no conviction). Resolves with the referendum's index once it is approved; rejects
 * if it is rejected or not approved within `timeoutMs`.
 */
export async function passReferendum(api, call, track, signer, { balance, timeoutMs = 240_000 }) {
  const index = (await api.query.referenda.referendumCount()).toNumber();
  await sendAndFinalize(api, api.tx.utility.batchAll([
    api.tx.referenda.submit(track, { Inline: call.method.toHex() }, { After: 1 }),
    api.tx.referenda.placeDecisionDeposit(index),
    api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'None' }, balance } }),
  ]), signer);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = await api.query.referenda.referendumInfoFor(index);
    if (info.isSome && info.unwrap().isRejected) throw new Error(`referendum ${index} rejected`);
    if (info.isSome && info.unwrap().isApproved) return index;
    if (Date.now() > deadline) throw new Error(`referendum ${index} not approved in ${timeoutMs} ms: ${info.toString()}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Dispatches `call` through `sudo.sudo` signed by the sudo `key`; resolves like
 * `sendAndFinalize`, rejects with the pallet's error name when the call itself failed.
 */
export async function sudo(api, call, key) {
  const result = await sendAndFinalize(api, api.tx.sudo.sudo(call), key);
  const sudid = result.events.find(({ event }) => api.events.sudo.Sudid.is(event));
  const outcome = sudid.event.data.sudoResult;
  if (outcome.isErr) {
    const err = outcome.asErr;
    if (err.isModule) {
      const d = api.registry.findMetaError(err.asModule);
      throw new Error(`${d.section}.${d.name}`);
    }
    throw new Error(err.toString());
  }
  return result;
}

/**
 * Trains a model with `agora-node recommender train` on `csv` (the file's text: a header row,
 * then one row of numbers per sample) and uploads it through sudo signed by `key`; resolves to
 * the new model's id and the training output (`agora-node`'s JSON, with the call in `call`).
 */
export async function trainAndUpload(api, key, { csv, target, name, args = [] }) {
  const dir = mkdtempSync(join(tmpdir(), 'agora-model-'));
  try {
    const data = join(dir, 'data.csv');
    writeFileSync(data, csv);
    const out = join(dir, 'model.json');
    execFileSync(nodeBinary(), [
      'recommender', 'train', '--csv', data, '--target', target, '--name', name, '--out', out, ...args,
    ]);
    const model = JSON.parse(readFileSync(out, 'utf8'));
    const id = (await api.query.recommender.nextModelId()).toNumber();
    await sudo(api, api.createType('Call', model.call), key);
    return { id, model };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The well-known development accounts `//Name` as sr25519 key pairs (after `cryptoWaitReady`). */
export function devKeys(...names) {
  const keyring = new Keyring({ type: 'sr25519' });
  return names.map((n) => keyring.addFromUri(`//${n}`));
}
