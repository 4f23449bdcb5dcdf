// Recommender: a model trained by `agora-node recommender train` is uploaded through sudo on
// the dev chain and answers explained predictions over JSON-RPC.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { nodeBinary, sendAndFinalize, startNode } from './lib/node.mjs';

/** A course-completion dataset: completed iff 0.5·hours + quizzes > 6 (deterministic). */
function dataset() {
  const rows = ['hours,quizzes,completed'];
  for (let i = 0; i < 120; i++) {
    const hours = (i * 7) % 13;
    const quizzes = (i * 5) % 9;
    rows.push(`${hours},${quizzes},${0.5 * hours + quizzes > 6 ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

function train(dir, csv, algorithm, extra = []) {
  const out = join(dir, `${algorithm}.json`);
  const stdout = execFileSync(nodeBinary(), [
    'recommender', 'train', '--algorithm', algorithm, '--csv', csv, '--target', 'completed',
    '--name', `completion-${algorithm}`, '--out', out, ...extra,
  ]).toString();
  return { stdout, model: JSON.parse(readFileSync(out, 'utf8')) };
}

describe('recommender: train off chain, upload, predict over RPC', { timeout: 300_000 }, () => {
  let node, api, alice, bob, dir, csv, logistic, knn;

  before(async () => {
    await cryptoWaitReady();
    dir = mkdtempSync(join(tmpdir(), 'agora-rec-'));
    csv = join(dir, 'completion.csv');
    writeFileSync(csv, dataset());
    logistic = train(dir, csv, 'logistic');
    knn = train(dir, csv, 'knn', ['--k', '3']);
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519' });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
  });
  after(async () => {
    await node?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the trainer reports hold-out metrics and agreement with smartcore', () => {
    const m = logistic.model;
    assert.equal(m.kind, 'Logistic');
    assert.deepEqual(m.features, ['hours', 'quizzes']);
    assert.equal(m.nTrain + m.nTest, 120);
    assert.equal(m.nTest, 24);
    assert.ok(m.accuracy >= 0.9, `hold-out accuracy ${m.accuracy}`);
    assert.equal(m.smartcoreAgreement, 1);
    assert.match(m.call, /^0x[0-9a-f]+$/);
    assert.match(logistic.stdout, /hold-out\s+accuracy/);
    assert.equal(knn.model.kind, 'KnnClassifier');
    assert.equal(knn.model.nCells, 2 * 96);
  });

  test('only root can upload a model', async () => {
    await assert.rejects(sendAndFinalize(api, api.tx(api.createType('Call', logistic.model.call)), bob), /BadOrigin/);
    assert.deepEqual((await api.rpc.recommender.models()).toJSON(), []);
  });

  test('sudo uploads both models and they are listed', async () => {
    for (const { model } of [logistic, knn]) {
      const { events } = await sendAndFinalize(api, api.tx.sudo.sudo(api.createType('Call', model.call)), alice);
      const sudid = events.find(({ event }) => api.events.sudo.Sudid.is(event));
      assert.ok(sudid.event.data.sudoResult.isOk, 'the upload dispatched');
      assert.ok(events.some(({ event }) => api.events.recommender.ModelUploaded.is(event)));
    }
    const models = (await api.rpc.recommender.models()).toJSON();
    assert.deepEqual(models.map((m) => [m.id, m.name, m.kind, m.status, m.version]), [
      [0, 'completion-logistic', 'logistic', 'active', 1],
      [1, 'completion-knn', 'knnClassifier', 'active', 1],
    ]);
    // Pages: from an id, at most a limit (1..=100).
    assert.deepEqual((await api.rpc.recommender.models(1, 1)).toJSON().map((m) => m.id), [1]);
    assert.deepEqual((await api.rpc.recommender.models(2, null)).toJSON(), []);
    await assert.rejects(api.rpc.recommender.models(0, 0), /-32602/);
    assert.deepEqual(models[0].featureNames, ['hours', 'quizzes']);
    assert.equal(models[0].metrics.nTest, 24);
    assert.ok(Math.abs(models[0].metrics.accuracy - logistic.model.accuracy) < 1e-9);
    assert.equal(models[0].author, alice.address);
  });

  test('a logistic prediction is explained by per-feature contributions', async () => {
    const p = (await api.rpc.recommender.predict(0, [12, 5])).toJSON();
    assert.equal(p.modelId, 0);
    assert.equal(p.label, 1);
    assert.equal(p.probabilities.length, 2);
    assert.ok(Math.abs(p.probabilities[0] + p.probabilities[1] - 1) < 1e-9);
    assert.equal(p.score, p.probabilities[1]);
    assert.equal(p.explanation.type, 'contributions');
    const [s] = p.explanation.scores;
    assert.deepEqual(s.contributions.map((c) => c.feature), ['hours', 'quizzes']);
    const sum = s.contributions.reduce((a, c) => a + c.contribution, 0) + s.intercept;
    assert.ok(Math.abs(sum - s.score) < 1e-6, 'contributions + intercept = score');
    assert.ok(Math.abs(1 / (1 + Math.exp(-s.score)) - p.probabilities[1]) < 1e-6);
    const low = (await api.rpc.recommender.predict(0, [0, 0])).toJSON();
    assert.equal(low.label, 0);
  });

  test('a k-NN prediction is explained by its neighbours', async () => {
    const p = (await api.rpc.recommender.predict(1, [12, 8])).toJSON();
    assert.equal(p.label, 1);
    assert.equal(p.explanation.type, 'neighbours');
    const n = p.explanation.neighbours;
    assert.equal(n.length, 3);
    assert.ok(n[0].distance <= n[1].distance && n[1].distance <= n[2].distance);
    assert.ok(Math.abs(n.reduce((a, x) => a + x.weight, 0) - 1) < 1e-9);
  });

  test('bad queries are JSON-RPC errors', async () => {
    await assert.rejects(api.rpc.recommender.predict(0, [1]), /8100.*FeatureCountMismatch/s);
    await assert.rejects(api.rpc.recommender.predict(9, [1, 2]), /8100.*UnknownModel/s);
    await assert.rejects(api.rpc.recommender.predict(0, [1e12, 2]), /-32602/);
    await assert.rejects(api.rpc.recommender.predict(0, ['twelve', 2]), /-32602.*not a number/s);
  });

  test('`recommender evaluate` checks the on-chain model against the CSV', () => {
    const out = execFileSync(nodeBinary(), [
      'recommender', 'evaluate', '--url', node.url, '--model-id', '0', '--csv', csv, '--target', 'completed',
    ]).toString();
    const acc = Number(/accuracy\s+([0-9.]+)/.exec(out)[1]);
    assert.ok(acc >= 0.9, out);
    assert.match(out, /rows\s+120/);
  });

  test('sudo retires a model; it stops answering', async () => {
    await sendAndFinalize(api, api.tx.sudo.sudo(api.tx.recommender.retireModel(1)), alice);
    const models = (await api.rpc.recommender.models()).toJSON();
    assert.equal(models[1].status, 'retired');
    await assert.rejects(api.rpc.recommender.predict(1, [1, 2]), /ModelRetired/);
  });
});
