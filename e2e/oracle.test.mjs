// Oracle: governance approves feeders and lists assets; the price is the median of fresh feeds
// (the lower middle of an even count) and exists only with at least three of them; a removed
// feeder's feeds are deleted; the delayed price (dss's OSM) lags it by the governed delay; it is
// served over JSON-RPC as `oracle_price`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { sendAndFinalize, startNode, sudo } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit


describe('oracle: feeders, listed assets, median of fresh feeds, oracle_price', { timeout: 180_000 }, () => {
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

  test('no price until three feeders fed; then the median', async () => {
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 25n * ONE / 10n), bob);
    let p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, null, 'one feed is fewer than the default minimum of three');
    assert.equal(p.minFeeders, 3);
    assert.equal(p.stalenessMs, 3_600_000);
    assert.equal(p.feeds.length, 1);
    assert.deepEqual({ ...p.feeds[0], timestamp: undefined }, { feeder: bob.address, price: '2.5', fresh: true, timestamp: undefined });

    // One feeder beside one honest feed cannot set the price: two feeds make none.
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 2000n * ONE), dave);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, null, 'two feeds are fewer than three');
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 35n * ONE / 10n), charlie);
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, '3.5', 'the outlier is outvoted: 2.5, 3.5, 2000');
    assert.equal(p.feeds.length, 3);
    assert.equal((await api.rpc.oracle.price('7')).toJSON().price, null, 'prices are per asset');
  });

  test('an even count takes the lower middle', async () => {
    await sudo(api, api.tx.oracle.addFeeder(eve.address), alice);
    await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 3n * ONE), eve);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, '3', '2.5, 3, 3.5, 2000');
  });

  test('only listed assets can be fed; a removed feeder\'s feeds are deleted', async () => {
    await assert.rejects(
      sendAndFinalize(api, api.tx.oracle.feedPrice({ Asset: 7 }, ONE), bob),
      /oracle.NotListed/,
    );
    await sudo(api, api.tx.oracle.removeFeeder(dave.address), alice);
    let p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, '3', '2.5, 3, 3.5');
    assert.equal(p.feeds.length, 3);
    assert.ok((await api.query.oracle.feeds('Native', dave.address)).isNone, 'dave\'s feed is deleted');
    // Added again, dave's old 2000 does not come back.
    await sudo(api, api.tx.oracle.addFeeder(dave.address), alice);
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.price, '3');
    assert.equal(p.feeds.length, 3);
    await assert.rejects(api.rpc.oracle.price('gold'), /-32602/);
  });

  test('governance lists an asset, feeders price it; unlisting deletes its values', async () => {
    await assert.rejects(sendAndFinalize(api, api.tx.oracle.listAsset({ Asset: 7 }), bob), /BadOrigin/);
    await sudo(api, api.tx.oracle.listAsset({ Asset: 7 }), alice);
    await assert.rejects(sudo(api, api.tx.oracle.listAsset({ Asset: 7 }), alice), /oracle.AlreadyListed/);
    for (const f of [bob, charlie, eve]) await sendAndFinalize(api, api.tx.oracle.feedPrice({ Asset: 7 }, 5n * ONE), f);
    assert.equal((await api.rpc.oracle.price('7')).toJSON().price, '5');
    await sudo(api, api.tx.oracle.unlistAsset({ Asset: 7 }), alice);
    const p = (await api.rpc.oracle.price('7')).toJSON();
    assert.equal(p.price, null);
    assert.equal(p.feeds.length, 0, 'its values are deleted');
    await assert.rejects(
      sendAndFinalize(api, api.tx.oracle.feedPrice({ Asset: 7 }, ONE), bob),
      /oracle.NotListed/,
    );
  });

  test('the delayed price lags the price by the delay (dss OSM)', async () => {
    let p = (await api.rpc.oracle.price('native')).toJSON();
    assert.deepEqual(p.delayed, { current: '3', next: '3', nextAt: null, delayMs: 0 }, 'no delay on the dev chain');
    const params = (await api.query.oracle.parameters()).toJSON();
    // Development blocks are at least a slot (6 s) apart: the chain's clock moves by blocks.
    const delay = 30_000;
    const now = async () => (await api.query.timestamp.now()).toNumber();
    const until = async (ms) => {
      while ((await now()) < ms) await sendAndFinalize(api, api.tx.system.remark('0x00'), eve);
    };
    await assert.rejects(
      sudo(api, api.tx.oracle.setParams({ ...params, delay: 25 * 3_600_000 }), alice),
      /oracle.InvalidParams/,
    );
    // Switching the delay on starts the delayed price at the price: nothing stops.
    await sudo(api, api.tx.oracle.setParams({ ...params, delay }), alice);
    const since = await now();
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.delayed.current, '3');
    assert.equal(p.delayed.delayMs, delay);
    await assert.rejects(sendAndFinalize(api, api.tx.oracle.poke('Native'), eve), /oracle.NotDue/);

    // The price jumps to 10; the delayed price stays at 3 for a whole delay after the next poke.
    for (const f of [bob, charlie, eve]) await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', 10n * ONE), f);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, '10');
    assert.equal((await api.rpc.oracle.price('native')).toJSON().delayed.current, '3');
    await until(since + delay - 6_000); // the poke's block is the next one: at least since + delay
    await sendAndFinalize(api, api.tx.oracle.poke('Native'), eve);
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.delayed.current, '3', 'still the old price');
    assert.equal(p.delayed.next, '10', 'the new one is visible ahead');
    assert.equal(Date.parse(p.delayed.nextAt) - Date.parse(p.now), delay, `next at ${p.delayed.nextAt}, now ${p.now}`);
    await until(Date.parse(p.delayed.nextAt));
    p = (await api.rpc.oracle.price('native')).toJSON();
    assert.equal(p.delayed.current, '10', 'current once it has waited the delay');
    await sudo(api, api.tx.oracle.setParams({ ...params, delay: 0 }), alice);
  });
});
