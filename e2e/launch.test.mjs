// A chain that evolves itself, on the four-validator local testnet with no sudo key (its spec
// edited as a chain builder would: the development chain's governance periods, 10-block
// sessions). A fifth node (Eve) starts with an empty keystore, generates and registers its
// session keys; an `admin` referendum adds her; she authors blocks, and with Charlie stopped
// the network still finalizes, which three of the other validators could not do without her
// GRANDPA vote (4 of 5 are needed). A second referendum removes Dave; Dave's node is stopped
// and the network goes on producing and finalizing. A root referendum then authorizes a runtime
// whose spec_version is one higher (runtime/build.rs builds it); applied, every validator runs
// it and goes on authoring and finalizing, no account or pallet state changes, and a wallet
// connected before the upgrade keeps working.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { u8aToHex } from '@polkadot/util';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { blake2AsHex, cryptoWaitReady, xxhashAsHex } from '@polkadot/util-crypto';
import { Keyring } from '@polkadot/keyring';
import { devKeys, nodeBinary, passReferendum, sendAndFinalize } from './lib/node.mjs';
import { fastLocalSpec, startNetwork } from './lib/network.mjs';

const UNIT = 10n ** 12n; // one AGR
const SESSION = 10; // blocks per session in this spec

describe('launch: validators by referendum on the four-validator network', { timeout: 1_500_000 }, () => {
  let net, alice, charlie, dave, eve;
  let aliceKey, eveKey;

  before(async () => {
    await cryptoWaitReady();
    net = await startNetwork(['alice', 'bob', 'charlie', 'dave'], { spec: (dir) => fastLocalSpec(dir, { sessionPeriod: SESSION }) });
    [alice, , charlie, dave] = net.validators;
    [aliceKey, eveKey] = devKeys('Alice', 'Eve');
  });
  after(async () => { await net?.stop(); });

  const api = () => alice.api;
  const grandpaKeys = async () => (await api().query.grandpa.authorities()).map(([id]) => id.toHex());
  const ed25519 = (uri) => u8aToHex(new Keyring({ type: 'ed25519' }).addFromUri(uri).publicKey);

  /** Waits until `check()` resolves truthy (polling every second), up to `ms`. */
  const until = async (what, check, ms = 240_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`${what}: not reached; Alice at ${JSON.stringify(await alice.heads())}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  };

  /** Alice passes `call` on `track`, voting with 500,000 AGR (see `passReferendum`). */
  const pass = (call, track) => passReferendum(api(), call, track, aliceKey, { balance: 500_000n * UNIT });

  test('no sudo key; the genesis validators are governance\'s invulnerables', async () => {
    assert.equal((await api().query.sudo.key()).isNone, true);
    const invulnerables = (await api().query.collatorSelection.invulnerables()).map((a) => a.toString());
    assert.deepEqual(invulnerables.sort(), devKeys('Alice', 'Bob', 'Charlie', 'Dave').map((k) => k.address).sort());
    assert.equal((await api().query.collatorSelection.desiredCandidates()).toNumber(), 0);
    assert.equal((await api().query.governance.parameters()).sessionPeriod.toNumber(), SESSION);
    await alice.until('two blocks finalized', (h) => h.finalized >= 2);
  });

  test('Eve starts, registers keys she generated, and an admin referendum adds her', async () => {
    eve = await net.add('eve');
    const target = (await alice.heads()).best;
    await eve.until('Eve synced', (h) => h.best >= target);
    // Keys generated in Eve's keystore, with the proof that Eve's account holds them.
    const { keys, proof } = await eve.api._rpcCore.provider.send('author_rotateKeysWithOwner', [u8aToHex(eveKey.publicKey)]);
    assert.equal((await eve.api.rpc.author.hasSessionKeys(keys)).isTrue, true);
    // (Governance cannot add her before her keys are registered: runtime test
    // validators_join_and_leave_by_admin_referendum_at_session_boundaries.)
    await sendAndFinalize(api(), api().tx.session.setKeys(keys, proof), eveKey);
    const eveGrandpa = `0x${keys.slice(2 + 64, 2 + 128)}`;

    const add = api().tx.collatorSelection.addInvulnerable(eveKey.address);
    await pass(add, { Governance: 'Admin' });
    await until('Eve is an invulnerable', async () =>
      (await api().query.collatorSelection.invulnerables()).some((a) => a.toString() === eveKey.address));

    // From the second session boundary she is an Aura authority and a GRANDPA voter.
    await until('Eve in the session\'s validators', async () =>
      (await api().query.session.validators()).some((a) => a.toString() === eveKey.address), 6 * SESSION * 6000);
    await until('five GRANDPA voters with Eve', async () => {
      const ids = await grandpaKeys();
      return ids.length === 5 && ids.includes(eveGrandpa);
    }, 6 * SESSION * 6000);
    assert.equal((await api().query.aura.authorities()).length, 5);
    // She authors blocks (collator selection notes each author).
    await until('a block authored by Eve', async () => {
      const n = (await api().query.collatorSelection.lastAuthoredBlock(eveKey.address)).toNumber();
      return n > 0 && n;
    }, 6 * SESSION * 6000);
  });

  test('GRANDPA counts Eve\'s vote: with Charlie stopped, four of five finalize', async () => {
    await charlie.stop('SIGTERM');
    const start = await alice.heads();
    // Alice, Bob and Dave are 3 of 5 voters, below the threshold of 4: only Eve's precommits
    // let finality go on.
    await alice.until('finality without Charlie', (h) => h.finalized >= start.best + 3, 180_000);
    await charlie.start();
    const now = (await alice.heads()).finalized;
    await charlie.until('Charlie resynced', (h) => h.finalized >= now);
  });

  test('a second referendum removes Dave; with his node stopped the network goes on', async () => {
    const daveGrandpa = ed25519('//Dave');
    assert.ok((await grandpaKeys()).includes(daveGrandpa));
    const remove = api().tx.collatorSelection.removeInvulnerable(devKeys('Dave')[0].address);
    await pass(remove, { Governance: 'Admin' });
    await until('Dave is no GRANDPA voter', async () => {
      const ids = await grandpaKeys();
      return ids.length === 4 && !ids.includes(daveGrandpa);
    }, 6 * SESSION * 6000);
    assert.equal((await api().query.aura.authorities()).length, 4);
    await dave.stop('SIGTERM');
    const start = await alice.heads();
    await alice.until(
      'blocks produced and finalized without Dave',
      (h) => h.best >= start.best + 4 && h.finalized >= start.best + 2,
      180_000,
    );
    // Every live node agrees on the finalized chain.
    const { finalized } = await alice.heads();
    const live = net.validators.filter((v) => v.api);
    const hashes = await Promise.all(live.map(async (v) => (await v.api.rpc.chain.getBlockHash(finalized)).toHex()));
    assert.equal(new Set(hashes).size, 1, `one block #${finalized}: ${hashes}`);
  });

  test('a root referendum upgrades the runtime; every validator runs it, state and wallets carry on', async () => {
    const code = readFileSync(upgradeWasm());
    const live = net.validators.filter((v) => v.api);
    assert.equal(live.length, 4, 'Alice, Bob, Charlie and Eve');
    const before = (await api().rpc.state.getRuntimeVersion()).specVersion.toNumber();
    // A wallet connected before the upgrade: Charlie's node, kept open throughout.
    const wallet = charlie.api;

    // The referendum only authorizes the code's hash (a small proposal); anyone then applies
    // the code itself, free of charge once it matches.
    const authorize = api().tx.system.authorizeUpgrade(blake2AsHex(code));
    await pass(authorize, { system: 'Root' });
    await until('the upgrade is authorized', async () => (await api().query.system.authorizedUpgrade()).isSome);

    const bob = devKeys('Bob')[0];
    // Junk code is refused by the pool (the runtime's operational guard): it never fills a
    // block's operational space, and Bob pays nothing for it.
    const bobFree = (await api().query.system.account(bob.address)).data.free.toBigInt();
    const junk = new Uint8Array(1024 * 1024).fill(0x13);
    await assert.rejects(
      sendAndFinalize(api(), api().tx.system.applyAuthorizedUpgrade(u8aToHex(junk)), bob),
      /Transaction call is not expected/,
    );
    assert.equal((await api().query.system.account(bob.address)).data.free.toBigInt(), bobFree);

    const stateBefore = await snapshot(api());
    // (polkadot.js may report no events for the block that changed the runtime: the version
    // and the chain's own record of the upgrade tell.)
    await sendAndFinalize(api(), api().tx.system.applyAuthorizedUpgrade(u8aToHex(code)), bob);
    for (const v of live) {
      await until(`${v.name} runs spec_version ${before + 1}`, async () =>
        (await v.api.rpc.state.getRuntimeVersion()).specVersion.toNumber() === before + 1);
    }
    const record = (await api().query.system.lastRuntimeUpgrade()).unwrap();
    assert.equal(record.specVersion.toNumber(), before + 1);
    assert.equal((await api().query.system.authorizedUpgrade()).isNone, true, 'the authorization is used up');
    const upgradedAt = (await alice.heads()).best;
    // Balances and every pallet's state are as they were.
    assert.deepEqual(await snapshot(api()), stateBefore);
    // Every validator authors under the new runtime, and blocks are finalized.
    for (const v of live) {
      const key = devKeys(v.name[0].toUpperCase() + v.name.slice(1))[0];
      await until(`${v.name} authors after the upgrade`, async () =>
        (await api().query.collatorSelection.lastAuthoredBlock(key.address)).toNumber() > upgradedAt, 240_000);
    }
    await alice.until('finality after the upgrade', (h) => h.finalized > upgradedAt + 2);
    // The wallet connected before the upgrade signs with the new spec_version and is served.
    const ferdie = devKeys('Ferdie')[0];
    const { events } = await sendAndFinalize(wallet, wallet.tx.balances.transferKeepAlive(ferdie.address, UNIT), bob);
    assert.ok(events.some(({ event }) => wallet.events.balances.Transfer.is(event)));
    assert.equal(wallet.runtimeVersion.specVersion.toNumber(), before + 1);
  });
});

/** The runtime with spec_version + 1 that runtime/build.rs builds beside the real one. */
function upgradeWasm() {
  if (process.env.AGORA_UPGRADE_WASM) return process.env.AGORA_UPGRADE_WASM;
  return join(dirname(nodeBinary()), 'wbuild', 'upgrade-test', 'agora_runtime.wasm');
}

/**
 * The state a runtime upgrade must not change: every account, and every key of the pallets
 * that hold users' and governance's state (not those that move by themselves each block:
 * System's block data, Timestamp, Aura, GRANDPA, Session, Authorship, collator selection's
 * last-authored blocks, the fee multiplier, the scheduler and referenda).
 */
async function snapshot(api) {
  const pallets = ['Balances', 'Assets', 'Recommender', 'Credentials', 'Oracle', 'Stablecoin', 'Lending',
    'Governance', 'ConvictionVoting', 'Preimage', 'Proxy', 'Multisig'];
  const prefixes = [xxhashAsHex('System', 128) + xxhashAsHex('Account', 128).slice(2)]
    .concat(pallets.map((p) => xxhashAsHex(p, 128)))
    .concat([xxhashAsHex('CollatorSelection', 128) + xxhashAsHex('Invulnerables', 128).slice(2)]);
  const state = {};
  for (const [i, prefix] of prefixes.entries()) {
    const pairs = await api.rpc.state.getPairs(prefix);
    // Accounts without their nonce (the first four bytes): the account that applies the
    // upgrade signs a transaction; its fee is refunded, its balance unchanged.
    const value = (v) => (i === 0 ? `0x${v.toHex().slice(10)}` : v.toHex());
    state[prefix] = pairs.map(([k, v]) => [k.toHex(), value(v)]).sort();
  }
  // The twelve endowed accounts and the pallets' accounts at least.
  assert.ok(state[prefixes[0]].length >= 15, `${state[prefixes[0]].length} accounts`);
  return state;
}
