// Skills and learning paths (issue 19), told through the RPC as a learner lives them:
// governance curates a taxonomy with prerequisites and framework alignments; an academy
// publishes three courses that build on each other; the advanced course is neither open to the
// learner nor recommended until the prerequisite credential is issued; mastery rises with each
// credential and falls back when one is revoked; a learning path reaches a target level; the
// credential reads as an Open Badges 3.0 achievement; its status is checked through the
// issuer's W3C Bitstring Status List without naming it to the chain.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode, sudo, trainAndUpload } from './lib/node.mjs';
import { courseHistory } from './lib/learning.mjs';

const UNIT = 10n ** 12n;
// The skills genesis registers (runtime `SEED_SKILLS`).
const PROGRAMMING = 0;
const ALGORITHMS = 1;
const DISTRIBUTED = 4;

describe('skills: taxonomy, requirements, mastery, learning paths, Open Badges, status lists', { timeout: 300_000 }, () => {
  let node, api, alice, charlie, dave, eve;
  const schemaHash = blake2AsHex('https://agora.example/schemas/skills');
  const courses = {};
  const profileOf = async (who, skill) =>
    (await api.rpc.credentials.learnerProfile(who.address)).toJSON().find((m) => m.skill === skill);
  const recommended = async (who) =>
    (await api.rpc.credentials.recommendCourses(who.address, 10)).toJSON().map((r) => r.course.id);

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, charlie, dave, eve] = devKeys('Alice', 'Charlie', 'Dave', 'Eve');
  });
  after(async () => {
    await node?.stop();
  });

  test('governance curates a taxonomy of skills with prerequisites, and refuses a cycle', async () => {
    const seeded = (await api.rpc.credentials.skills()).toJSON();
    assert.equal(seeded.length, 8, 'genesis registers eight skills');
    assert.deepEqual(seeded[ALGORITHMS].prerequisites, [PROGRAMMING]);
    // Aligned to an external framework, and extended.
    const esco = { framework: 'ESCO', code: 'S1.3.1', url: 'http://data.europa.eu/esco/skill/programming' };
    await sudo(api, api.tx.credentials.updateSkill(PROGRAMMING, 'Programming', esco), alice);
    await sudo(api, api.tx.credentials.registerSkill('Zero-knowledge proofs', null, [3, ALGORITHMS]), alice);
    await sudo(api, api.tx.credentials.registerSkill('Smart contract auditing', null, [8]), alice);
    const all = (await api.rpc.credentials.skills()).toJSON();
    assert.equal(all.length, 10);
    assert.deepEqual(all[8].prerequisites, [3, ALGORITHMS]);
    assert.equal(all[PROGRAMMING].alignment.targetFramework, 'ESCO');
    assert.equal(all[PROGRAMMING].alignment.targetCode, 'S1.3.1');
    // Programming building on auditing (which builds on ZK, on algorithms, on programming).
    await assert.rejects(
      sudo(api, api.tx.credentials.setPrerequisites(PROGRAMMING, [9]), alice),
      /credentials.PrerequisiteCycle/,
    );
    await assert.rejects(
      sudo(api, api.tx.credentials.registerSkill('Ghost', null, [42]), alice),
      /credentials.UnknownSkill/,
    );
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.registerSkill('Mine', null, []), charlie),
      /BadOrigin/,
    );
    assert.equal((await api.rpc.credentials.skills()).toJSON().length, 10, 'nothing stored');
  });

  test('an academy publishes three courses that build on each other', async () => {
    await sudo(api, api.tx.credentials.accreditIssuer(charlie.address, 'Chain Academy'), alice);
    await sendAndFinalize(api, api.tx.credentials.registerSchema(schemaHash), charlie);
    const publish = async (name, teaches, requires, price, reward) => {
      await sendAndFinalize(
        api,
        api.tx.credentials.publishCourse(name, schemaHash, teaches, requires, { asset: 'Native', amount: price }, reward, 10),
        charlie,
      );
      const id = (await api.query.credentials.nextCourseId()).toNumber() - 1;
      await sendAndFinalize(api, api.tx.credentials.fundCourse(id, 10n * reward), charlie);
      return id;
    };
    courses.intro = await publish('Intro to programming', [{ skill: PROGRAMMING, level: 60 }], [], 5n * UNIT, UNIT);
    courses.algorithms = await publish(
      'Data structures and algorithms', [{ skill: ALGORITHMS, level: 70 }], [{ skill: PROGRAMMING, level: 50 }], 10n * UNIT, 2n * UNIT,
    );
    courses.consensus = await publish(
      'Consensus protocols', [{ skill: DISTRIBUTED, level: 80 }], [{ skill: ALGORITHMS, level: 60 }], 20n * UNIT, 3n * UNIT,
    );
    // Levels out of range and unknown skills are refused, nothing stored.
    const before = (await api.query.credentials.nextCourseId()).toNumber();
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.publishCourse('Bad', schemaHash, [{ skill: 0, level: 101 }], [], { asset: 'Native', amount: 0 }, 0, 1), charlie),
      /credentials.LevelOutOfRange/,
    );
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.publishCourse('Bad', schemaHash, [{ skill: 77, level: 10 }], [], { asset: 'Native', amount: 0 }, 0, 1), charlie),
      /credentials.UnknownSkill/,
    );
    assert.equal((await api.query.credentials.nextCourseId()).toNumber(), before);
    const listed = (await api.rpc.credentials.courses({ openOnly: true })).toJSON();
    assert.deepEqual(listed.find((c) => c.id === courses.algorithms).requires, [{ skill: PROGRAMMING, name: 'Programming', level: 50 }]);
  });

  test('the advanced course is neither open nor recommended until its prerequisite is certified', async () => {
    await trainAndUpload(api, alice, {
      csv: courseHistory(), target: 'fit', name: 'course-fit',
      args: ['--algorithm', 'knn', '--task', 'regression', '--k', '5'],
    });
    const params = (await api.query.credentials.parameters()).toJSON();
    await sudo(api, api.tx.credentials.setParams({ ...params, courseModel: 0 }), alice);

    assert.deepEqual(await recommended(dave), [courses.intro], 'only the course without requirements');
    const readiness = (await api.rpc.credentials.courseReadiness(dave.address, courses.algorithms)).toJSON();
    assert.equal(readiness.ready, false);
    assert.deepEqual(readiness.missing, [{ skill: PROGRAMMING, name: 'Programming', required: 50, level: 0 }]);
    await assert.rejects(
      sendAndFinalize(api, api.tx.credentials.enroll(courses.algorithms), dave),
      /credentials.RequirementsNotMet/,
    );

    await sendAndFinalize(api, api.tx.credentials.enroll(courses.intro), dave);
    await sendAndFinalize(api, api.tx.credentials.completeCourse(courses.intro, dave.address, blake2AsHex('intro'), null), charlie);
    assert.ok((await api.rpc.credentials.courseReadiness(dave.address, courses.algorithms)).toJSON().ready);
    const recs = (await api.rpc.credentials.recommendCourses(dave.address, 10)).toJSON();
    assert.deepEqual(recs.map((r) => r.course.id), [courses.algorithms], 'now the next step, not the one after');
    assert.deepEqual(recs[0].fit, [{ skill: ALGORITHMS, name: 'Algorithms', courseLevel: 70, learnerLevel: 0, mastery: 0 }]);
    assert.equal(recs[0].recommendation.explanation.type, 'neighbours');
  });

  test('mastery rises with each credential and falls back when one is revoked', async () => {
    const first = await profileOf(dave, PROGRAMMING);
    assert.equal(first.level, 60);
    assert.ok(first.mastery > 0.1 && first.mastery < 1, `${first.mastery}`);
    assert.equal(first.storedMastery, first.mastery);
    assert.equal(first.evidence.length, 1);
    const exam = (await api.query.credentials.nextCredentialId()).toNumber();
    await sendAndFinalize(
      api,
      api.tx.credentials.issueCredential(dave.address, schemaHash, blake2AsHex('exam'), [{ skill: PROGRAMMING, level: 90 }], null),
      charlie,
    );
    const second = await profileOf(dave, PROGRAMMING);
    assert.equal(second.level, 90);
    assert.ok(second.mastery > first.mastery, `${second.mastery} > ${first.mastery}`);
    assert.deepEqual(second.evidence.map((e) => e.credential), [exam - 1, exam]);
    await sendAndFinalize(api, api.tx.credentials.revokeCredential(exam, 'Misconduct'), charlie);
    const third = await profileOf(dave, PROGRAMMING);
    assert.equal(third.mastery, first.mastery, 'exactly what the remaining evidence supports');
    assert.equal(third.storedMastery, first.mastery, 'the chain stored the fall too');
    assert.equal(third.level, 60);
    assert.deepEqual(third.evidence.map((e) => e.status), ['valid', 'revoked']);
  });

  test('a learning path reaches the target level through the courses in order', async () => {
    const fresh = (await api.rpc.credentials.learningPath(eve.address, DISTRIBUTED, 80)).toJSON();
    assert.deepEqual(fresh.steps.map((c) => c.id), [courses.intro, courses.algorithms, courses.consensus]);
    assert.equal(fresh.reached, 80);
    assert.deepEqual(fresh.price, [{ asset: 'native', amount: (35n * UNIT).toString() }]);
    assert.equal(fresh.reward, (6n * UNIT).toString());
    const dave_ = (await api.rpc.credentials.learningPath(dave.address, DISTRIBUTED, 80)).toJSON();
    assert.deepEqual(dave_.steps.map((c) => c.id), [courses.algorithms, courses.consensus]);
    await assert.rejects(api.rpc.credentials.learningPath(dave.address, DISTRIBUTED, 90), /8201/);
    await assert.rejects(api.rpc.credentials.learningPath(dave.address, 99, 50), /-32602/);
  });

  test('the credential reads as an Open Badges 3.0 achievement', async () => {
    const v = (await api.rpc.credentials.verify(0)).toJSON();
    assert.equal(v.status, 'valid');
    const c = v.credential;
    assert.ok(c.type.includes('OpenBadgeCredential'));
    assert.ok(c['@context'].includes('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'));
    assert.deepEqual(c.credentialSubject.type, ['AchievementSubject']);
    const a = c.credentialSubject.achievement;
    assert.deepEqual(a.type, ['Achievement']);
    assert.equal(a.id, `urn:agora:course:${courses.intro}`);
    assert.equal(a.name, 'Intro to programming');
    assert.equal(c.name, 'Intro to programming');
    assert.equal(a.description, 'Attests Programming at level 60.');
    assert.deepEqual(c.issuer.type, ['Profile']);
    assert.match(a.criteria.narrative, /Intro to programming.*Chain Academy/);
    assert.deepEqual(a.alignment, [{
      type: ['Alignment'],
      targetName: 'Programming',
      targetUrl: 'http://data.europa.eu/esco/skill/programming',
      targetFramework: 'ESCO',
      targetCode: 'S1.3.1',
      targetType: 'ceasn:Competency',
    }]);
  });

  test('a verifier checks status through the issuer\'s status list without naming the credential', async () => {
    const bit = (list, index) => {
      const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
      assert.ok(bits.length >= 16_384, 'at least 131,072 entries');
      return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
    };
    const entry = async (id, purpose) => {
      const c = (await api.rpc.credentials.verify(id)).toJSON().credential;
      return purpose === 'revocation' ? c.credentialStatus : c.suspensionStatus;
    };
    const valid = await entry(0, 'revocation');
    const revoked = await entry(1, 'revocation');
    assert.equal(valid.type, 'BitstringStatusListEntry');
    assert.equal(valid.statusPurpose, 'revocation');
    assert.equal((await entry(0, 'suspension')).statusPurpose, 'suspension');
    assert.equal(valid.statusListCredential, `urn:agora:status:${charlie.address}:revocation`);
    const lists = (await api.rpc.credentials.statusList(charlie.address)).toJSON();
    assert.equal(lists.revocation.id, valid.statusListCredential);
    assert.deepEqual(lists.revocation.type, ['VerifiableCredential', 'BitstringStatusListCredential']);
    assert.equal(lists.revocation.credentialSubject.statusPurpose, 'revocation');
    assert.equal(bit(lists.revocation, Number(valid.statusListIndex)), false);
    assert.equal(bit(lists.revocation, Number(revoked.statusListIndex)), true, 'the revoked exam');
    // Suspension has its own list; reinstating clears it.
    await sendAndFinalize(api, api.tx.credentials.suspendCredential(0), charlie);
    const suspended = (await api.rpc.credentials.statusList(charlie.address)).toJSON();
    assert.equal(bit(suspended.suspension, Number(valid.statusListIndex)), true);
    assert.equal(bit(suspended.revocation, Number(valid.statusListIndex)), false);
    assert.equal((await profileOf(dave, PROGRAMMING))?.level ?? 0, 0, 'a suspended credential does not count');
    await sendAndFinalize(api, api.tx.credentials.reinstateCredential(0), charlie);
    const reinstated = (await api.rpc.credentials.statusList(charlie.address)).toJSON();
    assert.equal(bit(reinstated.suspension, Number(valid.statusListIndex)), false);
    // Raw, as polkadot.js shows a `null` Json as `{}`.
    const none = await api._rpcCore.provider.send('credentials_statusList', [eve.address]);
    assert.equal(none, null, 'Eve never issued');
  });
});
