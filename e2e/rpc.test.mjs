// RPC hardening: unsafe methods (manual-seal's engine_*, author_rotateKeys) only when the
// server allows them; --sealing only on development chains; malformed parameters get JSON-RPC
// errors, never a crash; list methods are bounded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startNode } from './lib/node.mjs';

/** POSTs `body` (an object, or raw text) to the node's HTTP endpoint; resolves to the parsed reply. */
async function post(url, body) {
  const res = await fetch(url.replace('ws://', 'http://'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return res.json();
}

const call = (method, params) => ({ jsonrpc: '2.0', id: 1, method, params });

describe('RPC server with --rpc-methods safe', { timeout: 240_000 }, () => {
  let node;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'manual', '--rpc-methods', 'safe']);
  });
  after(async () => { await node?.stop(); });

  test('unsafe methods are refused, safe ones answer', async () => {
    for (const [method, params] of [['engine_createBlock', [true, true, null]], ['author_rotateKeys', []]]) {
      const reply = await post(node.url, call(method, params));
      assert.equal(reply.error?.code, -32601, `${method}: ${JSON.stringify(reply)}`);
      assert.match(reply.error.message, /unsafe/i);
    }
    const best = (await node.api.rpc.chain.getHeader()).number.toNumber();
    assert.equal(best, 0, 'no block was sealed');
    assert.equal((await node.api.rpc.system.chain()).toString(), 'Agora Development');
  });

  test('malformed parameters get JSON-RPC errors and the node keeps serving', async () => {
    const invalid = [
      ['governance_referenda', ['nonsense']],
      ['governance_referenda', [null, null, 0]],
      ['governance_recommendDelegates', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 51]],
      ['recommender_predict', [0, ['abc']]],
      ['recommender_predict', [0, Array(65).fill(1)]],
      ['recommender_predict', [-1, [1]]],
      ['recommender_models', [0, 101]],
      ['credentials_verify', ['x']],
      ['credentials_courses', [null, -1]],
      ['credentials_courses', [{ bogus: true }]],
      ['credentials_recommendCourses', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 0]],
      ['credentials_learningPath', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 0, 0]],
      ['credentials_learningPath', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 99, 50]],
      ['credentials_learningPath', ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 0, 256]],
      ['credentials_skills', [0, 101]],
      ['credentials_statusList', ['nobody']],
      ['stablecoin_vault', ['not-an-address', 'native']],
      ['stablecoin_atRiskVaults', [10, 'zz']],
      ['stablecoin_auctions', [null, 1000]],
      ['lending_position', [12345]],
      ['oracle_price', [{ weird: 1 }]],
      ['agora_info', ['0x1234']],
    ];
    for (const [method, params] of invalid) {
      const reply = await post(node.url, call(method, params));
      assert.equal(reply.error?.code, -32602, `${method}(${JSON.stringify(params)}): ${JSON.stringify(reply)}`);
    }
    assert.equal((await post(node.url, '{"jsonrpc":"2.0","id":1,')).error?.code, -32700, 'parse error');
    assert.equal((await post(node.url, call('agora_nothing', []))).error?.code, -32601, 'unknown method');
    const batch = await post(node.url, [call('system_name', []), call('governance_referenda', ['nonsense'])]);
    assert.equal(batch.length, 2);
    assert.ok(batch.some((r) => r.result === 'Agora Node'));
    assert.ok(batch.some((r) => r.error?.code === -32602));
    // Still serving.
    assert.ok((await post(node.url, call('system_health', []))).result);
    assert.equal(node.child.exitCode, null, 'the node is running');
  });

  test('list methods are bounded pages', async () => {
    const models = await post(node.url, call('recommender_models', [0, 100]));
    assert.deepEqual(models.result, []);
    const page = await post(node.url, call('stablecoin_atRiskVaults', [100]));
    assert.deepEqual(page.result, { vaults: [], scanned: 0, next: null });
    assert.deepEqual((await post(node.url, call('governance_referenda', [null, 0, 100]))).result, []);
  });
});

test('--sealing is refused on a chain that is not a development chain', async () => {
  await assert.rejects(
    startNode([
      '--chain', 'local', '--alice', '--sealing', 'instant',
      '--node-key', '0000000000000000000000000000000000000000000000000000000000000005',
    ]),
    /development chains only/,
  );
});
