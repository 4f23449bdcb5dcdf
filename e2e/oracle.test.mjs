// Oracle: governance approves feeders; the price is the median of fresh feeds and exists only
// with enough of them; it is served over JSON-RPC as `oracle_price`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { sendAndFinalize, startNode, sudo } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit


describe('oracle: feeders, median of fresh feeds, oracle_price', { timeout: 180_000 }, () => {
  let node, api, alice, bob, charlie, dave, eve;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519' });
    [alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((u) => keyring.addFromUri(u));
  });
  after(async () => { await node?.stop(); });

  test('only governance adds feeders; only feeders feed', async () => {
    await assert.rejects(sendAndFinalize(api, api.tx.oracle.addFeeder(bob.address), bob), /BadOrigin/);
    for (const f of [bob, charlie, dave]) await sudo(api, api.tx.oracle.addFeeder(f.address), alice);
    await assert.rejects(
      sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 2n * ONE), eve),
      /oracle.NotFeeder/,
    );
    await assert.rejects(sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 0), bob), /oracle.ZeroPrice/);
  });

  test('no price until enough feeders fed; then the median', async () => {
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 25n * ONE / 10n), bob);
    let p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, null, 'one feed is fewer than the default minimum of two');
    assert.equal(p.minFeeders, 2);
    assert.equal(p.stalenessMs, 3_600_000);
    assert.equal(p.feeds.length, 1);
    assert.deepEqual({ ...p.feeds[0], timestamp: undefined }, { feeder: bob.address, price: '2.5', fresh: true, timestamp: undefined });

    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 35n * ONE / 10n), charlie);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, '3');
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 100n * ONE), dave);
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, '3.5', 'an outlier moves the median by one place only');
    assert.equal(p.feeds.length, 3);
    assert.equal((await api.rpc.oracle.price('7')).toJSON().price, null, 'prices are per asset');
  });

  test('a removed feeder stops counting; bad assets are JSON-RPC errors', async () => {
    await sudo(api, api.tx.oracle.removeFeeder(dave.address), alice);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, '3');
    await assert.rejects(api.rpc.oracle.price('gold'), /-32602/);
  });
});
