// Scale (issue 21): a state grown through the runtime's calls by `agora-state` (a small one here;
// the README's figures are of the full size) is a chain spec the node starts from and authors
// blocks on; the grown accounts and positions are there for wallets to read; `agora-rpc-bench`
// drives every Agora method and its baselines against it over WebSocket connections.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encodeAddress } from '@polkadot/util-crypto';
import { nodeBinary, startNode } from './lib/node.mjs';

// The generator's probe account: user 0, `[0, 0, 0, 0, 7, 7, …]`.
const probeBytes = new Uint8Array(32).fill(7);
probeBytes.set([0, 0, 0, 0]);
const PROBE = encodeAddress(probeBytes, 42);

const tool = (name) => join(dirname(nodeBinary()), name);
// Run without blocking the event loop (the node's output keeps draining), within `timeout` ms.
const run = async (name, args, timeout) =>
  (await promisify(execFile)(tool(name), args, { encoding: 'utf8', timeout, maxBuffer: 16 << 20 })).stdout;

describe('scale: a grown state as a chain spec, and the RPC benchmark on it', { timeout: 300_000 }, () => {
  let node, api, dir, report;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agora-scale-'));
    const spec = join(dir, 'grown.json');
    report = await run(
      'agora-state',
      ['--divide', '1000', '--probe-credentials', '2', '--probe-votes', '2', '--out', spec],
      120_000,
    );
    assert.ok(statSync(spec).size > 1_000_000, 'the spec holds the runtime and the state');
    node = await startNode(['--dev', '--chain', spec]);
    api = node.api;
  });
  after(async () => {
    await node?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the generator reports its state, item by item', () => {
    assert.match(report, /\| Credentials::Credentials \| \d+ \| \d+ \|/);
    assert.match(report, /\| all \d+ items \| \d+ \| \d+ \|/);
  });

  test('the node authors blocks on the grown state, which holds what the generator built', async () => {
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    let unsub;
    const authored = new Promise((ok) => {
      unsub = api.rpc.chain.subscribeNewHeads((h) => { if (h.number.toNumber() >= start + 2) ok(); });
    });
    let timer;
    const late = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no two blocks in 60 s:\n${node.log.slice(-4000)}`)), 60_000);
    });
    try {
      await Promise.race([authored, late]);
    } finally {
      clearTimeout(timer);
      (await unsub)();
    }
    assert.equal((await api.rpc.system.chain()).toString(), 'Agora Grown');
    const vault = (await api.rpc.stablecoin.vault(PROBE, 'native')).toJSON();
    assert.ok(BigInt(vault.debt) > 0n, 'the probe owes AGD on its vault');
    assert.equal((await api.rpc.credentials.ofSubject(PROBE)).length, 2);
    const position = (await api.rpc.lending.position(PROBE)).toJSON();
    const borrowing = position.markets.filter((m) => BigInt(m.borrowed) > 0n);
    assert.equal(borrowing.length, 8, 'the probe borrows from all eight markets');
    assert.equal((await api.query.referenda.referendumCount()).toNumber(), 2);
    assert.ok((await api.query.system.account(PROBE)).data.free.toBigInt() > 0n);
    const models = (await api.rpc.recommender.models(0, 16)).toJSON();
    assert.ok(models.some((m) => m.name === 'largest knn classifier' && m.nCells === 2048 * 64));
  });

  test('agora-rpc-bench answers a row per method, without errors', async () => {
    const out = await run('agora-rpc-bench', ['--url', node.url, '--clients', '4', '--seconds', '1'], 180_000);
    const rows = out.split('\n').filter((l) => l.startsWith('| `'));
    assert.equal(rows.length, 30, out);
    for (const method of ['state_getStorage', 'system_accountNextIndex', 'credentials_recommendCourses', 'stablecoin_atRiskVaults', 'governance_recommendReferenda']) {
      assert.ok(rows.some((r) => r.startsWith(`| \`${method}\``)), `${method} in:\n${out}`);
    }
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.trim());
      assert.ok(Number(cells[2]) > 0, `requests per second in ${row}`);
      assert.equal(cells[7], '0', `no errors in ${row}`);
    }
  });
});
