// Governance: Charlie submits a referendum on the `parameters` track that changes the lending
// pallet's borrower-score parameters; Alice votes aye with 2× conviction, Bob delegates to her;
// the referendum passes, is enacted through the scheduler with the track's origin, and the
// parameter changes; the conviction locks release once they expire. Blocks are sealed on demand
// (`--sealing instant` + `engine_createBlock`), so the development tracks' short periods pass
// in a few seconds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode, sudo, trainAndUpload } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit
const UNIT = 10n ** 12n; // one AGR

describe('governance: a referendum changes a lending parameter', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie, dave;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie, dave] = devKeys('Alice', 'Bob', 'Charlie', 'Dave');
  });
  after(async () => { await node?.stop(); });

  const blocks = async (n) => {
    for (let i = 0; i < n; i++) await api.rpc.engine.createBlock(true, true);
  };
  const info = async (index) => (await api.query.referenda.referendumInfoFor(index)).unwrap();
  const locked = async (who) => (await api.query.balances.locks(who)).map((l) => l.amount.toBigInt()).reduce((a, b) => a + b, 0n);

  test('six tracks, read from governance storage', async () => {
    const tracks = api.consts.referenda.tracks.toJSON();
    // The name is 25 bytes, zero-padded; polkadot.js shows it as text.
    const name = (t) => {
      const n = t[1].name;
      const text = n.startsWith('0x') ? Buffer.from(n.slice(2), 'hex').toString() : n;
      return text.replace(/\0+$/, '');
    };
    assert.deepEqual(tracks.map((t) => [t[0], name(t)]), [
      [0, 'root'], [1, 'parameters'], [2, 'treasury'], [3, 'referendum_canceller'], [4, 'referendum_killer'],
      [5, 'admin'],
    ]);
    const stored = (await api.query.governance.tracks()).toJSON();
    assert.equal(stored.length, 6);
  });

  test('a signed account cannot change the parameters directly', async () => {
    const params = (await api.query.lending.parameters()).toJSON();
    await assert.rejects(sendAndFinalize(api, api.tx.lending.setParams(params), bob), /BadOrigin/);
  });

  test('submit, decide with conviction and delegation, enact', async () => {
    const before = await api.query.lending.parameters();
    assert.equal(before.safeMargin.toBigInt(), 2n * ONE / 10n, 'the 20 % default');
    const call = api.tx.lending.setParams({
      scoreModel: before.scoreModel, boostEnabled: before.boostEnabled, maxBoost: 7n * ONE / 100n, safeMargin: ONE / 4n,
    });

    const { events } = await sendAndFinalize(
      api,
      api.tx.referenda.submit({ Governance: 'Parameters' }, { Inline: call.method.toHex() }, { After: 1 }),
      charlie,
    );
    const index = events.find(({ event }) => api.events.referenda.Submitted.is(event)).event.data.index.toNumber();
    assert.equal((await info(index)).asOngoing.track.toNumber(), 1, 'the parameters track');
    await sendAndFinalize(api, api.tx.referenda.placeDecisionDeposit(index), charlie);

    // Bob delegates 100,000 AGR to Alice on the parameters track; Alice votes 100,000 with 2×.
    await sendAndFinalize(api, api.tx.convictionVoting.delegate(1, alice.address, 'Locked1x', 100_000n * UNIT), bob);
    await sendAndFinalize(
      api,
      api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked2x' }, balance: 100_000n * UNIT } }),
      alice,
    );
    // Dave votes aye with no conviction (0.1×, no lock after the referendum).
    await sendAndFinalize(
      api,
      api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'None' }, balance: 1_000n * UNIT } }),
      dave,
    );
    const tally = (await info(index)).asOngoing.tally;
    // 100,000 × 2 (Alice) + 100,000 × 1 (Bob's delegation) + 1,000 × 0.1 (Dave).
    assert.equal(tally.ayes.toBigInt(), 300_100n * UNIT);
    assert.equal(tally.support.toBigInt(), 201_000n * UNIT);
    assert.equal(await locked(alice.address), 100_000n * UNIT);
    assert.equal(await locked(bob.address), 100_000n * UNIT);
    // A 0.1× vote is locked only while the referendum runs.
    assert.equal(await locked(dave.address), 1_000n * UNIT);

    // The RPC view: the tally against the track's curves and the projected outcome.
    const r = (await api.rpc.governance.referendum(index)).toJSON();
    assert.equal(r.trackName, 'parameters');
    assert.ok(['deciding', 'confirming'].includes(r.status), r.status);
    assert.equal(r.ayes, (300_100n * UNIT).toString());
    assert.equal(r.approval, '1');
    assert.ok(Number(r.supportRatio) > Number(r.supportNeeded), JSON.stringify(r));
    assert.equal(r.projectedOutcome, 'passing');
    assert.ok(r.blocksLeft > 0);
    // A view at a fixed block stays the same as the chain moves on: its blocks left count from
    // that block, not from the best one.
    const atHash = await api.rpc.chain.getBlockHash();
    const atNumber = (await api.rpc.chain.getHeader(atHash)).number.toNumber();
    const then = (await api.rpc.governance.referendum(index, atHash)).toJSON();
    assert.equal(then.blocksLeft, (then.confirmEnds ?? then.decisionEnds) - atNumber);
    await blocks(1);
    assert.deepEqual((await api.rpc.governance.referendum(index, atHash)).toJSON(), then);
    assert.equal(await api._rpcCore.provider.send('governance_referendum', [999]), null, 'unknown index');
    const listed = (await api.rpc.governance.referenda(null, null, null)).toJSON();
    assert.deepEqual(listed.map((x) => x.index), [index]);
    await assert.rejects(api.rpc.governance.referenda('nonsense', null, null), /-32602/);
    const bobPower = (await api.rpc.governance.votingPower(bob.address)).toJSON();
    assert.deepEqual(
      bobPower.tracks.map((t) => [t.track, t.delegatingTo, t.delegationConviction]),
      [[1, alice.address, 1]],
    );
    const alicePower = (await api.rpc.governance.votingPower(alice.address)).toJSON();
    assert.equal(alicePower.tracks[0].delegatedVotes, (100_000n * UNIT).toString());
    assert.equal(alicePower.locked, (100_000n * UNIT).toString());

    // Prepare, decide, confirm, enact: a few blocks on the development tracks.
    for (let i = 0; i < 30 && !(await info(index)).isApproved; i++) await blocks(1);
    assert.ok((await info(index)).isApproved, 'approved');
    assert.equal((await api.rpc.governance.referendum(index)).toJSON().status, 'approved');
    await blocks(3);
    const after = await api.query.lending.parameters();
    assert.equal(after.safeMargin.toBigInt(), ONE / 4n, 'enacted with the parameters origin');
    assert.equal(after.maxBoost.toBigInt(), 7n * ONE / 100n);

    // Alice's 2× lock lasts two locking periods after the end; Bob's 1× one period after he
    // undelegates.
    await sendAndFinalize(api, api.tx.convictionVoting.undelegate(1), bob);
    const period = (await api.query.governance.parameters()).toJSON().voteLockingPeriod;
    await blocks(2 * period + 1);
    await sendAndFinalize(api, api.tx.convictionVoting.removeVote(1, index), alice);
    for (const who of [alice, bob]) {
      await sendAndFinalize(api, api.tx.convictionVoting.unlock(1, who.address), dave);
      assert.equal(await locked(who.address), 0n, 'the lock expired and was released');
    }
  });

  test('voting histories recommend delegates who vote alike', async () => {
    const history = (await api.query.governance.voteHistory(alice.address)).toJSON();
    assert.deepEqual(history.map((h) => h[1]), ['Aye']);
    const [d] = (await api.rpc.governance.recommendDelegates(alice.address, 5)).toJSON();
    assert.equal(d.account, dave.address);
    assert.equal(d.similarity, 1);
    assert.equal(d.shared, 1);
    assert.equal(d.agreements, 1);
    assert.equal(d.score, 1, 'without a delegate model the score is the similarity');
    assert.equal(d.recommendation, null);
    await assert.rejects(api.rpc.governance.recommendDelegates(alice.address, 0), /-32602/);
  });

  test('a delegate model set by governance ranks delegates, with its explanation', async () => {
    // score = shared + 2 × agreements, exactly linear in the features.
    const rows = [];
    for (let shared = 1; shared <= 6; shared++) {
      for (let agreements = 0; agreements <= shared; agreements++) {
        const similarity = (2 * agreements - shared) / shared;
        rows.push(`${similarity},${shared},${agreements},${shared + 2 * agreements}`);
      }
    }
    const { id } = await trainAndUpload(api, alice, {
      csv: `similarity,shared,agreements,score\n${rows.join('\n')}\n`,
      target: 'score',
      name: 'delegates',
      args: ['--algorithm', 'linear'],
    });
    const params = (await api.query.governance.parameters()).toJSON();
    await sudo(api, api.tx.governance.setParams({ ...params, delegateModel: id }), alice);
    const [d] = (await api.rpc.governance.recommendDelegates(alice.address, 5)).toJSON();
    assert.equal(d.account, dave.address);
    assert.ok(Math.abs(d.score - 3) < 1e-6, `1 shared + 2 × 1 agreement: ${d.score}`);
    assert.equal(d.recommendation.modelId, id);
    assert.deepEqual(
      d.recommendation.explanation.scores[0].contributions.map((c) => c.feature),
      ['similarity', 'shared', 'agreements'],
    );
    await sudo(api, api.tx.governance.setParams({ ...params, delegateModel: null }), alice);
  });

  test('open referenda are recommended by how look-alikes voted', async () => {
    const remark = api.tx.system.remark('look here');
    const { events } = await sendAndFinalize(
      api,
      api.tx.referenda.submit({ Governance: 'Parameters' }, { Inline: remark.method.toHex() }, { After: 1 }),
      charlie,
    );
    const index = events.find(({ event }) => api.events.referenda.Submitted.is(event)).event.data.index.toNumber();
    await sendAndFinalize(
      api,
      api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: false, conviction: 'None' }, balance: 10n * UNIT } }),
      dave,
    );
    const [rec] = (await api.rpc.governance.recommendReferenda(alice.address, 5)).toJSON();
    assert.equal(rec.referendum.index, index);
    assert.equal(rec.lean, -1, 'Dave, who votes like Alice, voted nay');
    assert.deepEqual(rec.voters.map((v) => [v.account, v.vote]), [[dave.address, 'nay']]);
    assert.equal(rec.score, null, 'no referendum model');
    // Dave voted on it already: nothing to recommend to him.
    assert.deepEqual((await api.rpc.governance.recommendReferenda(dave.address, 5)).toJSON(), []);
  });

  test('an oracle feeder is added only by an admin-track referendum', async () => {
    // Issue 16, item 7: a parameters referendum used to be enough for an oracle takeover.
    const [eve] = devKeys('Eve');
    const addEve = api.tx.oracle.addFeeder(eve.address);
    const pass = async (track) => {
      const { events } = await sendAndFinalize(
        api, api.tx.referenda.submit({ Governance: track }, { Inline: addEve.method.toHex() }, { After: 1 }), charlie,
      );
      const index = events.find(({ event }) => api.events.referenda.Submitted.is(event)).event.data.index.toNumber();
      await sendAndFinalize(api, api.tx.referenda.placeDecisionDeposit(index), charlie);
      await sendAndFinalize(
        api,
        // 500,000 AGR: above the admin track's support (2 % falling to 1 % on --dev).
        api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 500_000n * UNIT } }),
        dave,
      );
      for (let i = 0; i < 40 && !(await info(index)).isApproved; i++) await blocks(1);
      assert.ok((await info(index)).isApproved, `approved on the ${track} track`);
      // Enactment: 1 block on the development tracks.
      const dispatched = [];
      for (let i = 0; i < 4; i++) {
        await blocks(1);
        const head = await api.rpc.chain.getBlockHash();
        for (const { event } of await (await api.at(head)).query.system.events()) {
          if (api.events.scheduler.Dispatched.is(event)) dispatched.push(event.data.result);
        }
      }
      return dispatched;
    };
    const feeders = async () => (await api.query.oracle.feeders()).map((a) => a.toString());
    // Approved on the parameters track, the call is dispatched and refused: BadOrigin.
    const refused = await pass('Parameters');
    assert.ok(refused.some((r) => r.isErr && r.asErr.isBadOrigin), 'the parameters origin is refused');
    assert.ok(!(await feeders()).includes(eve.address));
    // On the admin track it is enacted.
    await pass('Admin');
    assert.ok((await feeders()).includes(eve.address), 'Eve is a feeder');
  });
});
