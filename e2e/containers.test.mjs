// docker/ for real: the image scripts/containers.sh builds from the tested binary, and
// docker/docker-compose.yml run by podman-compose. The development profile answers on
// 127.0.0.1:9944 and keeps its chain across `down` / `up`; the testnet profile runs the four
// `local` validators, one container each, Bob, Charlie and Dave finding Alice by DNS name. On
// it: a validator SIGKILLed and restarted resyncs from its volume; a 2 | 2 partition stops
// finality on both sides and, healed, converges on one chain with a transfer made during the
// partition final on all four; a validator cut off for minutes catches up without a restart.
// The public profile: a full node of that testnet reachable only through nginx
// (docker/rpc-proxy) on 127.0.0.1:8080, which refuses a 1 MiB request body itself.
// Containers are what loopback cannot give: hosts with their own addresses that can be cut off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, devKeys, sendAndFinalize } from './lib/node.mjs';
import { request } from './lib/http.mjs';
import {
  address, compose, container, cut, heads, heal, podman, podmanResult, rpcInside, until,
} from './lib/containers.mjs';

const UNIT = 10n ** 12n;
const IMAGE = 'agora-node:dev';
const PROXY_IMAGE = 'agora-rpc-proxy:dev';
const VALIDATORS = ['alice', 'bob', 'charlie', 'dave'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('containers: the image and the compose testnet', { timeout: 2_400_000 }, () => {
  let names; // service -> container name

  before(async () => {
    await cryptoWaitReady();
    for (const image of [IMAGE, PROXY_IMAGE]) {
      assert.equal(podmanResult('image', 'exists', image).status, 0, `no ${image}: run scripts/containers.sh first`);
    }
    try { compose('down', '-v'); } catch { /* nothing to take down */ }
  });
  after(async () => {
    try { compose('down', '-v'); } catch (e) { console.error(e.message); }
  });

  /**
   * Cuts the links between validators `a` and `b` (lists of names) in both directions. Moving
   * containers between Podman networks does not do: their connections to the old addresses stay
   * open with nobody behind them, and nodes wait for TCP to give up (many minutes) before they
   * dial again. A dropped link keeps addresses and connections, as a real one would.
   */
  const partition = (a, b) => {
    for (const x of a) cut(names[x], b.map((y) => address(names[y])));
    for (const y of b) cut(names[y], a.map((x) => address(names[x])));
  };

  test('bad configuration exits with a message that says what is wrong', () => {
    // A validator of a real chain without its node key.
    const noKey = podmanResult('run', '--rm', IMAGE, '--chain', 'local', '--validator', '--base-path', '/data');
    assert.notEqual(noKey.status, 0);
    assert.match(noKey.stderr, /without network key[\s\S]*key generate-node-key/, noKey.stderr);
    // A chain spec it cannot read.
    const noSpec = podmanResult('run', '--rm', IMAGE, '--chain', '/data/missing.json', '--base-path', '/data');
    assert.notEqual(noSpec.status, 0);
    assert.match(noSpec.stderr, /Error opening spec file `\/data\/missing\.json`/, noSpec.stderr);
  });

  test('dev profile: agora_info on 127.0.0.1:9944, and the chain survives down / up', async () => {
    compose('up', '-d', 'agora-dev');
    const call = async (method, params = []) => {
      const res = await fetch('http://127.0.0.1:9944', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
      });
      const json = await res.json();
      if (json.error) throw new Error(JSON.stringify(json.error));
      return json.result;
    };
    const info = await until('agora_info answers', () => call('agora_info'), 120_000);
    assert.ok(info.pallets.some((p) => p.name === 'Credentials'), JSON.stringify(info).slice(0, 300));
    const n = await until('three blocks', async () => {
      const best = parseInt((await call('chain_getHeader')).number, 16);
      return best >= 3 ? best : 0;
    });
    const hash = await call('chain_getBlockHash', [n]);
    compose('down'); // keeps the named volume
    compose('up', '-d', 'agora-dev');
    await until('the node answers again', () => call('chain_getHeader'), 120_000);
    assert.equal(await call('chain_getBlockHash', [n]), hash, `block #${n} kept on the volume`);
    compose('down');
  });

  test('testnet profile: four validators find Alice by name, peer, author in turn and finalize', async () => {
    compose('up', '-d', ...VALIDATORS);
    names = Object.fromEntries(VALIDATORS.map((v) => [v, container(v)]));
    for (const v of VALIDATORS) {
      await until(`${v} has three peers and finality`, () => {
        const h = heads(names[v]);
        return h.peers === 3 && h.finalized >= 3 && h;
      });
    }
    // Each authored a block (collator selection records the last block each author made).
    const api = await connect('ws://127.0.0.1:9945');
    try {
      for (const key of devKeys('Alice', 'Bob', 'Charlie', 'Dave')) {
        await until(`${key.meta?.name ?? key.address} authors`, async () =>
          (await api.query.collatorSelection.lastAuthoredBlock(key.address)).toNumber() > 0);
      }
    } finally {
      await api.disconnect();
    }
  });

  test('SIGKILL one validator: the others finalize; restarted, it resyncs from its volume', async () => {
    const before = heads(names.dave);
    podman('kill', '-s', 'SIGKILL', names.dave);
    const start = heads(names.alice).finalized;
    await until('finality without Dave', () => heads(names.alice).finalized >= start + 3);
    podman('start', names.dave); // a no-op if its restart policy already restarted it
    const first = await until('Dave answers', () => heads(names.dave));
    assert.ok(first.best >= before.finalized, `Dave restarted at #${first.best}, had finalized #${before.finalized}`);
    const target = heads(names.alice).finalized;
    await until('Dave resyncs', () => {
      const h = heads(names.dave);
      return h.finalized >= target && h.peers >= 3;
    });
  });

  test('a 2 | 2 partition stops finality; healed, one chain, finality, a transfer made meanwhile final on all four', async () => {
    partition(['alice', 'bob'], ['charlie', 'dave']);
    // Let in-flight rounds end, then finality must stand still on both sides while blocks are
    // still authored on both (each validator has its Aura slots).
    await sleep(20_000);
    const a0 = heads(names.alice);
    const c0 = heads(names.charlie);
    // A transfer on Alice's side, included but not final there.
    const api = await connect('ws://127.0.0.1:9945');
    const [alice, ferdie] = devKeys('Alice', 'Ferdie');
    const free = async () => (await api.query.system.account(ferdie.address)).data.free.toBigInt();
    const ferdieBefore = await free();
    const included = new Promise((ok, fail) => {
      api.tx.balances.transferKeepAlive(ferdie.address, UNIT).signAndSend(alice, ({ status }) => {
        if (status.isInBlock) ok(status.asInBlock.toHex());
        if (status.isInvalid || status.isDropped) fail(new Error(status.type));
      }).catch(fail);
    });
    await included;
    await sleep(48_000); // eight slots
    const a1 = heads(names.alice);
    const c1 = heads(names.charlie);
    assert.ok(a1.finalized <= a0.finalized + 1, `Alice's side finalized ${a0.finalized} -> ${a1.finalized}`);
    assert.ok(c1.finalized <= c0.finalized + 1, `Charlie's side finalized ${c0.finalized} -> ${c1.finalized}`);
    // Blocks may still be authored on either side (Aura slots); printed, not asserted.
    console.log(`partition: Alice's side #${a0.best} -> #${a1.best}, Charlie's side #${c0.best} -> #${c1.best}; finalized ${a1.finalized} | ${c1.finalized}`);

    for (const v of VALIDATORS) heal(names[v]);
    // One chain again: finality resumes beyond the partition and all four agree on it.
    const resumed = await until('finality resumes', () => {
      const h = heads(names.alice);
      return h.finalized > Math.max(a1.finalized, c1.finalized) + 2 && h;
    }, 420_000);
    await until('all four finalize the same block', () => {
      const hashes = VALIDATORS.map((v) => rpcInside(names[v], 'chain_getBlockHash', [resumed.finalized]));
      const finals = VALIDATORS.map((v) => heads(names[v]).finalized);
      return finals.every((f) => f >= resumed.finalized) && new Set(hashes).size === 1;
    }, 300_000);
    // The transfer is final on all four (re-included from the pool if its block lost).
    const key = api.query.system.account.key(ferdie.address);
    await until('the transfer is final everywhere', () => VALIDATORS.every((v) => {
      const at = rpcInside(names[v], 'chain_getFinalizedHead');
      const raw = rpcInside(names[v], 'state_getStorage', [key, at]);
      return api.createType('AccountInfo', raw).data.free.toBigInt() === ferdieBefore + UNIT;
    }), 300_000);
    assert.equal(await free(), ferdieBefore + UNIT);
    await api.disconnect();
  });

  test('one validator cut off for minutes catches up when reconnected, without a restart', async () => {
    const started = podman('inspect', names.bob, '--format', '{{.State.StartedAt}}');
    partition(['bob'], ['alice', 'charlie', 'dave']);
    const start = heads(names.alice).finalized;
    // Three of four still finalize, for two minutes (20 blocks).
    await until('finality without Bob', () => heads(names.alice).finalized >= start + 20, 300_000);
    const stuck = heads(names.bob);
    assert.ok(stuck.finalized < heads(names.alice).finalized, 'Bob fell behind');
    for (const v of VALIDATORS) heal(names[v]);
    const target = heads(names.alice).finalized;
    await until('Bob catches up', () => {
      const h = heads(names.bob);
      return h.finalized >= target && h.peers >= 3;
    }, 300_000);
    assert.equal(podman('inspect', names.bob, '--format', '{{.State.StartedAt}}'), started, 'not restarted');
  });

  // Last: the public node peers with all four validators, so it must not run during the
  // partitions above (it would relay between the two sides).
  test('public profile: a full node behind nginx on 127.0.0.1:8080 syncs; nginx refuses a 1 MiB body', async () => {
    const started = Date.now();
    compose('up', '-d', 'agora-rpc', 'rpc-proxy');
    /** POSTs `body` (text) to the proxy on a new connection: `{ status, headers, json, ms }`. */
    const post = (body) => request(8080, { body });
    const call = async (method, params = []) => {
      const r = await post(JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }));
      if (r.status !== 200 || r.json?.error) throw new Error(`${method}: HTTP ${r.status} ${JSON.stringify(r.json?.error)}`);
      return r.json.result;
    };
    await until('the public node answers through the proxy', () => call('chain_getHeader'), 180_000);
    const answered = Date.now();
    // Synced: at least Alice's best block when it first answered, and at least one block.
    const target = Math.max(heads(container('alice')).best, 1);
    const best = await until(`the public node imports the testnet's blocks up to #${target}`, async () => {
      const n = parseInt((await call('chain_getHeader')).number, 16);
      return n >= target && (await call('system_health')).peers >= 1 && n;
    }, 180_000);
    const synced = Date.now();

    const huge = JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_accountNextIndex', params: ['a'.repeat(1 << 20)] });
    const refused = await post(huge);
    assert.equal(refused.status, 413);
    assert.equal(refused.headers.server, 'nginx', 'refused by nginx, not by the node');
    assert.ok(refused.ms < 2_000, `413 after ${refused.ms} ms`);
    const [alice] = devKeys('Alice');
    const nonce = await call('system_accountNextIndex', [alice.address]);
    assert.equal(typeof nonce, 'number');
    console.log(`public: answered through the proxy after ${(answered - started) / 1000} s, at #${best} (Alice #${target}) after `
      + `${(synced - started) / 1000} s; 1 MiB body -> ${refused.status} in ${refused.ms.toFixed(1)} ms; Alice's next index ${nonce}`);
  });
});
