// The local testnet (`--chain local`): four validators (Alice, Bob, Charlie, Dave) over libp2p
// on loopback produce blocks with Aura and finalize them with GRANDPA; one killed with SIGKILL
// does not stop them, and resyncs when restarted; a node stopped with SIGTERM or SIGKILL and
// started again on the same base path keeps every finalized block and balance.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize } from './lib/node.mjs';
import { startNetwork } from './lib/network.mjs';

const UNIT = 10n ** 12n; // one AGR

describe('local testnet: four validators', { timeout: 900_000 }, () => {
  let net, alice, bob, charlie, dave;

  before(async () => {
    await cryptoWaitReady();
    net = await startNetwork();
    [alice, bob, charlie, dave] = net.validators;
  });
  after(async () => { await net?.stop(); });

  const hashAt = async (v, n) => (await v.api.rpc.chain.getBlockHash(n)).toHex();

  test('the four validators peer, author blocks in turn and finalize them', async () => {
    for (const v of net.validators) {
      const deadline = Date.now() + 60_000;
      while ((await v.api.rpc.system.health()).peers.toNumber() < 3) {
        assert.ok(Date.now() < deadline, `${v.name} did not find its three peers`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const { finalized } = await alice.until('four blocks finalized', (h) => h.finalized >= 4);
    // Every validator has the same finalized chain.
    for (const n of [1, finalized]) {
      const hashes = await Promise.all(net.validators.map((v) => hashAt(v, n)));
      assert.equal(new Set(hashes).size, 1, `one block #${n}: ${hashes}`);
    }
    // Aura's four authorities take turns (the author of a block is its slot modulo four):
    // blocks 1..4 have at least two different authors.
    assert.equal((await alice.api.query.aura.authorities()).length, 4);
    const authors = new Set();
    for (let n = 1; n <= 4; n++) {
      const header = await alice.api.rpc.chain.getHeader(await hashAt(alice, n));
      const preRuntime = header.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].toString() === 'aura');
      const slot = alice.api.createType('u64', preRuntime.asPreRuntime[1]).toBigInt();
      authors.add(slot % 4n);
    }
    assert.ok(authors.size >= 2, `authors of #1..#4: ${[...authors]}`);
    assert.equal((await alice.api.query.grandpa.authorities()).length, 4);
  });

  test('with one validator killed (SIGKILL) the others go on; restarted, it resyncs', async () => {
    await dave.stop('SIGKILL');
    const before = await alice.heads();
    // Three of four GRANDPA voters are more than two thirds: finality goes on.
    const during = await alice.until(
      'blocks produced and finalized without Dave',
      (h) => h.best >= before.best + 3 && h.finalized >= before.finalized + 3,
    );
    await dave.start();
    const synced = await dave.until(
      'Dave resynced',
      (h) => h.best >= during.best && h.finalized >= during.finalized,
    );
    assert.equal(await hashAt(dave, during.finalized), await hashAt(alice, during.finalized));
    assert.ok(synced.finalized >= during.finalized);
    // Dave is a validator again: the network keeps finalizing with all four.
    const now = await alice.heads();
    await dave.until('finality with Dave back', (h) => h.finalized >= now.finalized + 2);
  });

  for (const signal of ['SIGTERM', 'SIGKILL']) {
    test(`a node stopped with ${signal} restarts with every finalized block and balance`, async () => {
      const [aliceKey, ferdie] = devKeys('Alice', 'Ferdie');
      const start = (await bob.api.query.system.account(ferdie.address)).data.free.toBigInt();
      const { blockHash } = await sendAndFinalize(
        bob.api, bob.api.tx.balances.transferKeepAlive(ferdie.address, 5n * UNIT), aliceKey,
      );
      const included = (await bob.api.rpc.chain.getHeader(blockHash)).number.toNumber();
      const { finalized } = await bob.until('the transfer finalized', (h) => h.finalized >= included);
      const finalizedHash = await hashAt(bob, finalized);

      await bob.stop(signal);
      await bob.start();
      // Straight from its database, before it catches up with the network.
      const restarted = await bob.heads();
      assert.ok(restarted.finalized >= finalized, `finalized #${restarted.finalized} >= #${finalized}`);
      assert.equal(await hashAt(bob, finalized), finalizedHash);
      assert.equal(await hashAt(bob, included), blockHash.toHex());
      const at = await bob.api.at(blockHash);
      assert.equal((await at.query.system.account(ferdie.address)).data.free.toBigInt(), start + 5n * UNIT);
      // And it follows the chain again.
      await bob.until('Bob follows the chain', (h) => h.finalized >= restarted.finalized + 2);
      assert.equal(
        (await bob.api.query.system.account(ferdie.address)).data.free.toBigInt(),
        start + 5n * UNIT,
      );
    });
  }
});
