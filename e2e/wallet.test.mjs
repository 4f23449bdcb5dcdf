// What wallets and governance participants expect, on the development chain (instant sealing):
// a 2-of-3 multisig submits a referendum; a governance proxy votes for its principal and can
// move none of its funds; a batch votes on several referenda at once; a transaction signed with
// the metadata hash (CheckMetadataHash mode 1, as a hardware signer does) is accepted and one
// with a wrong hash is refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { u8aToHex } from '@polkadot/util';
import { createKeyMulti, cryptoWaitReady, encodeAddress, sortAddresses } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode } from './lib/node.mjs';

const UNIT = 10n ** 12n; // one AGR

describe('wallets: multisig, proxies, batches, metadata hash', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie, dave, ferdie;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie, dave, ferdie] = devKeys('Alice', 'Bob', 'Charlie', 'Dave', 'Ferdie');
  });
  after(async () => { await node?.stop(); });

  const remark = (text) => api.tx.system.remark(text);
  const submit = (text) => api.tx.referenda.submit({ Governance: 'Parameters' }, { Inline: remark(text).method.toHex() }, { After: 1 });
  const aye = (index, balance = 10n * UNIT) =>
    api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance } });
  const votesOf = async (who, track = 1) => {
    const voting = await api.query.convictionVoting.votingFor(who, track);
    return voting.isCasting ? voting.asCasting.votes.map(([i]) => i.toNumber()) : [];
  };

  test('a 2-of-3 multisig submits a referendum', async () => {
    const signatories = [alice, bob, charlie].map((k) => k.address);
    const multisig = encodeAddress(createKeyMulti(signatories, 2), 42);
    await sendAndFinalize(api, api.tx.balances.transferKeepAlive(multisig, 100n * UNIT), alice);
    const index = (await api.query.referenda.referendumCount()).toNumber();
    const call = submit('from a multisig');
    const weight = (await call.paymentInfo(multisig)).weight;
    const others = (me) => sortAddresses(signatories.filter((a) => a !== me.address), 42);
    // Alice approves first (the call is stored with her deposit); nothing is submitted yet.
    const first = await sendAndFinalize(api, api.tx.multisig.asMulti(2, others(alice), null, call.method.toHex(), weight), alice);
    assert.ok(first.events.some(({ event }) => api.events.multisig.NewMultisig.is(event)));
    assert.equal((await api.query.referenda.referendumCount()).toNumber(), index);
    const pending = (await api.query.multisig.multisigs(multisig, call.method.hash)).unwrap();
    // Bob's approval is the second: the multisig account submits.
    const second = await sendAndFinalize(
      api, api.tx.multisig.asMulti(2, others(bob), pending.when, call.method.toHex(), weight), bob,
    );
    const executed = second.events.find(({ event }) => api.events.multisig.MultisigExecuted.is(event));
    assert.ok(executed.event.data.result.isOk, executed.event.data.result.toString());
    const info = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
    assert.equal(info.submissionDeposit.who.toString(), multisig);
  });

  test('a governance proxy votes for its principal and cannot transfer its funds', async () => {
    await sendAndFinalize(api, api.tx.proxy.addProxy(dave.address, 'Governance', 0), alice);
    const index = (await api.query.referenda.referendumCount()).toNumber();
    await sendAndFinalize(api, submit('a proxy votes on this'), bob);
    const proxied = await sendAndFinalize(api, api.tx.proxy.proxy(alice.address, null, aye(index)), dave);
    const outcome = proxied.events.find(({ event }) => api.events.proxy.ProxyExecuted.is(event)).event.data.result;
    assert.ok(outcome.isOk, outcome.toString());
    assert.ok((await votesOf(alice.address)).includes(index), 'Alice voted through Dave');
    assert.deepEqual(await votesOf(dave.address), [], 'Dave did not vote himself');
    // A transfer through the same proxy is filtered: Alice's balance does not move.
    const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
    const transfer = await sendAndFinalize(
      api, api.tx.proxy.proxy(alice.address, null, api.tx.balances.transferKeepAlive(dave.address, 1_000n * UNIT)), dave,
    );
    const refused = transfer.events.find(({ event }) => api.events.proxy.ProxyExecuted.is(event)).event.data.result;
    assert.ok(refused.isErr);
    const err = api.registry.findMetaError(refused.asErr.asModule);
    assert.equal(`${err.section}.${err.name}`, 'system.CallFiltered');
    assert.equal((await api.query.system.account(alice.address)).data.free.toBigInt(), before);
  });

  test('one batch votes on several referenda at once', async () => {
    const first = (await api.query.referenda.referendumCount()).toNumber();
    await sendAndFinalize(api, api.tx.utility.batchAll([submit('one'), submit('two'), submit('three')]), bob);
    const indices = [first, first + 1, first + 2];
    const { events } = await sendAndFinalize(api, api.tx.utility.batchAll(indices.map((i) => aye(i))), ferdie);
    assert.ok(events.some(({ event }) => api.events.utility.BatchCompleted.is(event)));
    assert.deepEqual((await votesOf(ferdie.address)).sort((a, b) => a - b), indices);
  });

  test('fees of the main calls, in AGR (the README\'s table)', async () => {
    const H = `0x${'11'.repeat(32)}`;
    const calls = {
      'balances.transferKeepAlive': api.tx.balances.transferKeepAlive(dave.address, UNIT),
      'assets.transfer (AGD)': api.tx.assets.transfer(0, dave.address, UNIT),
      'credentials.enroll': api.tx.credentials.enroll(0),
      'credentials.completeCourse': api.tx.credentials.completeCourse(0, dave.address, H, null),
      'oracle.feedPrice': api.tx.oracle.feedPrice('Native', 10n ** 18n),
      'stablecoin.adjust': api.tx.stablecoin.adjust('Native', 1_000n * UNIT, 100n * UNIT),
      'lending.supply': api.tx.lending.supply('Native', 100n * UNIT),
      'lending.borrow': api.tx.lending.borrow('Native', 10n * UNIT),
      'convictionVoting.vote': aye(0),
      'referenda.submit': submit('fees'),
      'utility.batchAll (2 transfers)': api.tx.utility.batchAll([
        api.tx.balances.transferKeepAlive(dave.address, UNIT), api.tx.balances.transferKeepAlive(ferdie.address, UNIT)]),
      'proxy.proxy (a vote)': api.tx.proxy.proxy(alice.address, null, aye(0)),
    };
    const multiplier = (await api.query.transactionPayment.nextFeeMultiplier()).toBigInt();
    const rows = [];
    for (const [name, call] of Object.entries(calls)) {
      const fee = (await call.paymentInfo(charlie.address)).partialFee.toBigInt();
      assert.ok(fee > 0n, name);
      rows.push(`| \`${name}\` | ${(Number(fee) / 1e12).toFixed(6)} |`);
    }
    console.log(`fees at multiplier ${Number(multiplier) / 1e18}:\n| call | fee (AGR) |\n|---|---|\n${rows.join('\n')}`);
    // The estimate is what a transfer pays.
    const transfer = api.tx.balances.transferKeepAlive(dave.address, UNIT);
    const estimate = (await transfer.paymentInfo(charlie.address)).partialFee.toBigInt();
    const { fee } = await sendAndFinalize(api, transfer, charlie);
    assert.ok(fee > 0n && fee <= estimate && fee * 100n >= estimate * 99n, `${fee} vs ${estimate}`);
  });

  test('a transaction signed with the metadata hash is accepted; a wrong hash is refused', async () => {
    const version = await api.rpc.state.getRuntimeVersion();
    const metadata = (await api.call.metadata.metadataAtVersion(15)).unwrap();
    const digest = merkleizeMetadata(metadata.toU8a(true), {
      decimals: 12,
      tokenSymbol: 'AGR',
      base58Prefix: 42,
      specName: version.specName.toString(),
      specVersion: version.specVersion.toNumber(),
    }).digest();
    const metadataHash = u8aToHex(digest);
    const tx = () => api.tx.balances.transferKeepAlive(dave.address, UNIT);
    // Mode 1 with the right hash.
    const signed = await new Promise((ok, fail) => {
      tx().signAndSend(charlie, { mode: 1, metadataHash }, ({ status, dispatchError }) => {
        if (dispatchError) fail(new Error(dispatchError.toString()));
        if (status.isFinalized) ok(status.asFinalized);
      }).catch(fail);
    });
    const block = await api.rpc.chain.getBlock(signed);
    const ext = block.block.extrinsics.find((x) => x.isSigned && x.signer.toString() === charlie.address);
    assert.equal(ext.mode.toNumber(), 1, 'the extrinsic carries mode 1');
    // A wrong hash: the runtime checks the signature against its own hash, so it is refused.
    const wrong = u8aToHex(digest.map((b, i) => (i === 0 ? b ^ 0xff : b)));
    await assert.rejects(
      tx().signAndSend(charlie, { mode: 1, metadataHash: wrong }),
      /bad signature/,
    );
  });
});
