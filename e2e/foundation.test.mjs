// Foundation: the dev chain serves metadata, properties, signed transfers with finality, and
// agora_info, to a real @polkadot/api client.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { sendAndFinalize, startNode } from './lib/node.mjs';

const UNIT = 10n ** 12n;

describe('dev chain with instant sealing', { timeout: 240_000 }, () => {
  let node, api, alice, bob;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
  });
  after(async () => { await node?.stop(); });

  test('chain properties name the AGR token', async () => {
    const props = await api.rpc.system.properties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'AGR');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.equal(props.ss58Format.unwrap().toNumber(), 42);
    assert.equal((await api.rpc.system.chain()).toString(), 'Agora Development');
  });

  test('metadata lists the runtime pallets at their indices', async () => {
    const pallets = Object.fromEntries(
      api.runtimeMetadata.asLatest.pallets.map((p) => [p.name.toString(), p.index.toNumber()]),
    );
    assert.deepEqual(
      { System: pallets.System, Balances: pallets.Balances, Assets: pallets.Assets, Sudo: pallets.Sudo },
      { System: 0, Balances: 4, Assets: 6, Sudo: 7 },
    );
    assert.equal(api.runtimeVersion.specName.toString(), 'agora');
  });

  test('a signed transfer is included, finalized, and moves exactly the amount', async () => {
    const amount = 12_345n * UNIT;
    const before = {
      alice: (await api.query.system.account(alice.address)).data.free.toBigInt(),
      bob: (await api.query.system.account(bob.address)).data.free.toBigInt(),
    };
    const { blockHash, events, fee } = await sendAndFinalize(
      api, api.tx.balances.transferKeepAlive(bob.address, amount), alice,
    );
    assert.ok(events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event)));
    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'a Balances.Transfer event');
    assert.equal(transfer.event.data.amount.toBigInt(), amount);
    assert.ok(fee > 0n, 'a fee was paid');

    const finalized = await api.rpc.chain.getFinalizedHead();
    const finalizedNumber = (await api.rpc.chain.getHeader(finalized)).number.toNumber();
    const includedNumber = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.ok(finalizedNumber >= includedNumber, 'the including block is finalized');

    const after = {
      alice: (await api.query.system.account(alice.address)).data.free.toBigInt(),
      bob: (await api.query.system.account(bob.address)).data.free.toBigInt(),
    };
    assert.equal(after.bob - before.bob, amount);
    assert.equal(before.alice - after.alice, amount + fee);
  });

  test('a transfer beyond the balance fails with token.FundsUnavailable and moves nothing', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const poor = keyring.addFromUri('//Ferdie');
    const free = (await api.query.system.account(poor.address)).data.free.toBigInt();
    const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
    await assert.rejects(
      sendAndFinalize(api, api.tx.balances.transferKeepAlive(bob.address, free * 2n), poor),
      /token\.FundsUnavailable/,
    );
    const bobAfter = (await api.query.system.account(bob.address)).data.free.toBigInt();
    assert.equal(bobAfter, bobBefore);
    const poorAfter = (await api.query.system.account(poor.address)).data.free.toBigInt();
    assert.ok(free - poorAfter < UNIT, 'only the fee was charged');
  });

  test('agora_info reports the runtime and its pallets', async () => {
    const info = await api.rpc.agora.info();
    assert.equal(info.specName.toString(), 'agora');
    assert.equal(info.specVersion.toNumber(), api.runtimeVersion.specVersion.toNumber());
    assert.equal(info.tokenSymbol.toString(), 'AGR');
    assert.equal(info.tokenDecimals.toNumber(), 12);
    const byName = Object.fromEntries(info.pallets.map((p) => [p.name.toString(), p]));
    assert.equal(byName.Balances.index.toNumber(), 4);
    assert.equal(byName.Balances.module.toString(), 'pallet_balances');
    assert.match(byName.Balances.crateVersion.toString(), /^\d+\.\d+\.\d+$/);
    // pallet-balances writes storage version 1 at genesis.
    assert.equal(byName.Balances.storageVersion.toNumber(), 1);
    assert.equal(info.pallets.length, api.runtimeMetadata.asLatest.pallets.length);
  });

  test('agora_info at an unknown block is a JSON-RPC error, and the node keeps serving', async () => {
    const bogus = '0x' + 'ab'.repeat(32);
    await assert.rejects(api.rpc.agora.info(bogus), /8000|Runtime API call failed|UnknownBlock|not found/i);
    const ok = await api.rpc.agora.info();
    assert.equal(ok.specName.toString(), 'agora');
  });

  test('engine_createBlock seals an empty block one slot later', async () => {
    const head = await api.rpc.chain.getHeader();
    const t0 = (await api.query.timestamp.now()).toBigInt();
    await api.rpc.engine.createBlock(true, true);
    const next = await api.rpc.chain.getHeader();
    assert.equal(next.number.toNumber(), head.number.toNumber() + 1);
    const t1 = (await api.query.timestamp.now()).toBigInt();
    assert.ok(t1 - t0 >= 6000n, `timestamp advanced by ${t1 - t0} ms`);
  });
});

describe('dev chain with Aura and GRANDPA', { timeout: 240_000 }, () => {
  let node, api;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev']);
    api = node.api;
  });
  after(async () => { await node?.stop(); });

  test('produces blocks, finalizes them, and finalizes a transfer', async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const alice = keyring.addFromUri('//Alice');
    const charlie = keyring.addFromUri('//Charlie');
    const before = (await api.query.system.account(charlie.address)).data.free.toBigInt();
    const { blockHash } = await sendAndFinalize(
      api, api.tx.balances.transferKeepAlive(charlie.address, 7n * UNIT), alice,
    );
    const included = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.ok(included >= 1);
    const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    assert.ok(finalized >= included, `finalized #${finalized} >= included #${included}`);
    const after = (await api.query.system.account(charlie.address)).data.free.toBigInt();
    assert.equal(after - before, 7n * UNIT);
    // No engine_* methods without --sealing.
    const methods = (await api.rpc.rpc.methods()).methods.map((m) => m.toString());
    assert.ok(methods.includes('agora_info'));
    assert.ok(!methods.includes('engine_createBlock'));
  });
});
