// Credentials: governance accredits an issuer, a learner enrols and pays the provider, completes
// the course, receives the credential and the reward; the credential verifies, is revoked and
// no longer verifies; the learner gets explained course recommendations from a model trained
// by `agora-node recommender train`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { devKeys, sendAndFinalize, startNode, sudo, trainAndUpload } from './lib/node.mjs';
import { courseHistory, skills } from './lib/learning.mjs';

const UNIT = 10n ** 12n;


describe('credentials: accredit, enrol, complete, verify, revoke, recommend', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie, dave;
  const schemaHash = blake2AsHex(JSON.stringify({ $id: 'https://agora.example/schemas/course-completion', type: 'object' }));
  const vcHash = blake2AsHex(JSON.stringify({ type: ['VerifiableCredential'], credentialSubject: { course: 'Rust 101' } }));
  const free = async (who) => (await api.query.system.account(who.address)).data.free.toBigInt();

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie, dave] = devKeys('Alice', 'Bob', 'Charlie', 'Dave');
  });
  after(async () => {
    await node?.stop();
  });

  test('only governance accredits issuers', async () => {
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.accreditIssuer(charlie.address, 'Rust Academy'), bob),
      /BadOrigin/,
    );
    await sudo(api, api.tx.credentials.accreditIssuer(charlie.address, 'Rust Academy'), alice);
    const issuer = (await api.query.credentials.issuers(charlie.address)).unwrap();
    assert.equal(issuer.status.toString(), 'Accredited');
    assert.equal(issuer.name.toUtf8(), 'Rust Academy');
  });

  test('the issuer registers a schema and publishes courses', async () => {
    const before = (await api.query.balances.holds(charlie.address)).length;
    await sendAndFinalize(api, api.tx.credentials.registerSchema(schemaHash), charlie);
    assert.equal((await api.query.balances.holds(charlie.address)).length, before + 1, 'the schema deposit is held');
    const courses = [
      ['Rust 101', skills([40]), 10n * UNIT, 5n * UNIT],
      ['Async Rust', skills([80, 40]), 20n * UNIT, 5n * UNIT],
      ['Substrate pallets', skills([60, 0, 40]), 15n * UNIT, 5n * UNIT],
      ['Cryptography', skills([0, 0, 0, 100, 100]), 30n * UNIT, 5n * UNIT],
    ];
    for (const [name, levels, price, reward] of courses) {
      await sendAndFinalize(
        api,
        api.tx.credentials.publishCourse(name, schemaHash, levels, [], { asset: 'Native', amount: price }, reward, 10),
        charlie,
      );
    }
    const listed = (await api.rpc.credentials.courses({ openOnly: true })).toJSON();
    assert.deepEqual(listed.map((c) => c.name), courses.map(([n]) => n));
    assert.equal(listed[0].provider, charlie.address);
    assert.deepEqual(listed[0].price, { asset: 'native', amount: (10n * UNIT).toString() });
    const rust = (await api.rpc.credentials.courses({ minSkill: { skill: 0, level: 60 } })).toJSON();
    assert.deepEqual(rust.map((c) => c.name), ['Async Rust', 'Substrate pallets']);
    await assert.rejects(api.rpc.credentials.courses({ bogus: true }), /-32602/);
    // Pages: from an id, at most a limit (1..=100).
    const page = (await api.rpc.credentials.courses(null, listed[1].id, 1)).toJSON();
    assert.deepEqual(page.map((c) => c.id), [listed[1].id]);
    await assert.rejects(api.rpc.credentials.courses(null, 0, 101), /-32602/);
  });

  test('a learner enrols and pays the provider directly, with no commission', async () => {
    await sendAndFinalize(api, api.tx.credentials.fundRewards(1000n * UNIT), alice);
    const [charlieBefore, daveBefore] = [await free(charlie), await free(dave)];
    const { fee, events } = await sendAndFinalize(api, api.tx.credentials.enroll(0), dave);
    assert.ok(events.some(({ event }) => api.events.credentials.Enrolled.is(event)));
    assert.equal(await free(charlie) - charlieBefore, 10n * UNIT, 'the provider receives exactly the price');
    assert.equal(daveBefore - await free(dave), 10n * UNIT + fee, 'the learner pays the price and the fee');
    await assert.rejects(sendAndFinalize(api, api.tx.credentials.enroll(0), dave), /credentials.AlreadyEnrolled/);
  });

  test('completion issues the credential and pays the reward from the course budget', async () => {
    // The shared pot (1,000 AGR from Alice) pays no course: Charlie escrows Rust 101's rewards.
    await sendAndFinalize(api, api.tx.credentials.fundCourse(0, 50n * UNIT), charlie);
    const daveBefore = await free(dave);
    const { events } = await sendAndFinalize(api, api.tx.credentials.completeCourse(0, dave.address, vcHash, null), charlie);
    assert.equal((await api.query.credentials.courses(0)).unwrap().budget.toBigInt(), 45n * UNIT);
    const paid = events.find(({ event }) => api.events.credentials.RewardPaid.is(event));
    assert.equal(paid.event.data.paid.toBigInt(), 5n * UNIT);
    assert.equal(paid.event.data.due.toBigInt(), 5n * UNIT);
    assert.ok(events.some(({ event }) => api.events.credentials.CredentialIssued.is(event)));
    assert.equal(await free(dave) - daveBefore, 5n * UNIT, 'the learner receives the reward');
    const mine = (await api.rpc.credentials.ofSubject(dave.address)).toJSON();
    assert.equal(mine.length, 1);
    assert.equal(mine[0].credentialSubject.id, dave.address);
    // The listing carries each credential's status, as credentials_verify shows it.
    const id = (await api.query.credentials.credentialsOf(dave.address)).toJSON()[0];
    assert.deepEqual(mine[0], (await api.rpc.credentials.verify(id)).toJSON().credential);
  });

  test('the credential verifies, in W3C shape', async () => {
    const v = (await api.rpc.credentials.verify(0)).toJSON();
    assert.equal(v.status, 'valid');
    const c = v.credential;
    assert.deepEqual(c['@context'], [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    assert.deepEqual(c.type, ['VerifiableCredential', 'OpenBadgeCredential', 'AgoraCredential']);
    assert.equal(c.id, 'urn:agora:credential:0');
    assert.deepEqual(c.issuer, { id: charlie.address, type: ['Profile'], name: 'Rust Academy' });
    assert.equal(c.credentialSubject.id, dave.address);
    assert.deepEqual(c.credentialSubject.skills, [{ skill: 0, name: 'Programming', level: 40 }]);
    assert.equal(c.credentialSubject.achievement.name, 'Rust 101');
    assert.equal(c.credentialSubject.course, 0);
    assert.equal(c.credentialSchema.id, schemaHash);
    assert.equal(c.claimHash, vcHash);
    assert.match(c.validFrom, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(Math.abs(Date.parse(c.validFrom) - Date.now()) < 10 * 60_000, 'issued about now');
    assert.equal(c.validUntil, null);
    assert.equal((await api.rpc.credentials.verify(99)).toJSON().status, 'unknown');
  });

  test('a revoked credential no longer verifies', async () => {
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.revokeCredential(0, 'Misconduct'), bob),
      /credentials.NotIssuer/,
    );
    await sendAndFinalize(api, api.tx.credentials.revokeCredential(0, 'Misconduct'), charlie);
    const v = (await api.rpc.credentials.verify(0)).toJSON();
    assert.equal(v.status, 'revoked');
    assert.equal(v.revocationReason, 'misconduct');
    assert.equal(v.credential.agoraStatus.status, 'revoked');
    assert.ok(v.credential.agoraStatus.revokedAt);
  });

  test('the learner receives explained course recommendations', async () => {
    // A new, valid credential gives the learner a skill profile.
    await sendAndFinalize(
      api,
      api.tx.credentials.issueCredential(dave.address, schemaHash, blake2AsHex('exam'), skills([40, 20]), null),
      charlie,
    );
    await assert.rejects(api.rpc.credentials.recommendCourses(dave.address, 3), /8200/);

    await trainAndUpload(api, alice, {
      csv: courseHistory(), target: 'fit', name: 'course-fit',
      args: ['--algorithm', 'knn', '--task', 'regression', '--k', '5'],
    });
    const params = (await api.query.credentials.parameters()).toJSON();
    await sudo(api, api.tx.credentials.setParams({ ...params, courseModel: 0 }), alice);

    const recs = (await api.rpc.credentials.recommendCourses(dave.address, 3)).toJSON();
    assert.equal(recs.length, 3);
    const ids = recs.map((r) => r.course.id);
    assert.ok(!ids.includes(0), 'a course the learner took is not recommended');
    assert.deepEqual([...ids].sort(), [1, 2, 3]);
    const scores = recs.map((r) => r.recommendation.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'ranked by score');
    for (const r of recs) {
      assert.equal(r.recommendation.modelId, 0);
      assert.equal(r.recommendation.explanation.type, 'neighbours');
      assert.equal(r.recommendation.explanation.neighbours.length, 5);
      const mean = r.recommendation.explanation.neighbours.reduce((a, n) => a + n.target, 0) / 5;
      assert.ok(Math.abs(mean - r.recommendation.value) < 1e-6, 'the value is the neighbours\' mean');
    }
    await assert.rejects(api.rpc.credentials.recommendCourses(dave.address, 0), /-32602/);
  });

  test('sybils farming an unfunded course earn nothing; the funded course pays its escrow', async () => {
    // Issue 16, item 1: a free course with a 100 AGR reward and fresh accounts enrolling in it
    // used to empty the shared pot (1,000 AGR here). Rewards now come from a course's escrow only.
    await sendAndFinalize(
      api,
      api.tx.credentials.publishCourse('Farm 101', schemaHash, skills([10]), [], { asset: 'Native', amount: 0 }, 100n * UNIT, 10),
      charlie,
    );
    const farm = (await api.query.credentials.nextCourseId()).toNumber() - 1;
    const listed = (await api.rpc.credentials.courses(null, farm, 1)).toJSON();
    assert.equal(listed[0].name, 'Farm 101');
    // The pot: the pallet's account (`modl` ++ `agr/cred`, zero-padded).
    const potAccount = api.createType(
      'AccountId', u8aConcat(stringToU8a('modlagr/cred'), new Uint8Array(20)),
    ).toString();
    const potBefore = (await api.query.system.account(potAccount)).data.free.toBigInt();
    const sybils = devKeys('Sybil1', 'Sybil2', 'Sybil3');
    for (const sybil of sybils) {
      await sendAndFinalize(api, api.tx.balances.transferKeepAlive(sybil.address, UNIT), alice);
      await sendAndFinalize(api, api.tx.credentials.enroll(farm), sybil);
      const { events } = await sendAndFinalize(
        api, api.tx.credentials.completeCourse(farm, sybil.address, vcHash, null), charlie,
      );
      const paid = events.find(({ event }) => api.events.credentials.RewardPaid.is(event));
      assert.equal(paid.event.data.due.toBigInt(), 100n * UNIT);
      assert.equal(paid.event.data.paid.toBigInt(), 0n, 'a sybil earns nothing');
      assert.ok(await free(sybil) < UNIT, 'the sybil only paid its fees');
    }
    assert.equal((await api.query.system.account(potAccount)).data.free.toBigInt(), potBefore, 'the pot is untouched');
    // The provider's own tree cannot enrol in its course.
    await assert.rejects(sendAndFinalize(api, api.tx.credentials.enroll(farm), charlie), /credentials.OwnCourse/);
  });
});
