// Lending: the dev chain opens AGR and AGD markets at genesis. Bob mints AGD in a vault and
// supplies it; Alice supplies AGR as collateral and borrows AGD; interest accrues by the
// second; AGR's price drops and Charlie liquidates Alice, seizing lend tokens (the protocol
// keeps its seize share as reserves); a test dollar listed as an isolated collateral backs
// borrows only up to its ceiling. Checked over
// `lending_*` JSON-RPC.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode, sudo, trainAndUpload } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit
const UNIT = 10n ** 12n; // one AGR / AGD
const AGD = { Asset: 1 };


const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A synthetic borrower history (a deterministic pseudo-random sample): borrowers with
// repayments and credentials repaid; liquidations and high utilization mark those who did not.
function history() {
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const rows = ['credentials,repayments,liquidations,age_days,utilization,repaid'];
  for (let i = 0; i < 240; i++) {
    const credentials = rand(3);
    const repayments = rand(4);
    const liquidations = rand(6) === 0 ? 1 : 0;
    const age = rand(30);
    const utilization = rand(15) / 10;
    const repaid = 3 * repayments + 2 * credentials - 5 * liquidations - utilization > 0.5;
    rows.push(`${credentials},${repayments},${liquidations},${age},${utilization},${repaid ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

describe('lending: supply, borrow, interest, liquidation', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie, dave, eve;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie, dave, eve] = devKeys('Alice', 'Bob', 'Charlie', 'Dave', 'Eve');
    // Three feeders: the least for a price.
    for (const f of [bob, charlie, eve]) await sudo(api, api.tx.oracle.addFeeder(f.address), alice);
  });
  after(async () => { await node?.stop(); });

  const feed = async (asset, price) => {
    for (const f of [bob, charlie, eve]) await sendAndFinalize(api, api.tx.oracle.feedPrice(asset, price), f);
  };

  test('genesis markets for AGR and AGD, with jump-rate interest', async () => {
    const markets = (await api.rpc.lending.markets()).toJSON();
    assert.deepEqual(markets.map((m) => m.asset).sort((a, b) => String(a).localeCompare(String(b))), [1, 'native']);
    for (const m of markets) {
      assert.equal(m.exchangeRate, '1');
      assert.equal(m.utilization, '0');
      assert.equal(m.borrowRate, '0.02', 'the base rate at zero utilization');
    }
  });

  test('supply AGD and AGR; lend tokens cannot be transferred', async () => {
    await feed('Native', 2n * ONE);
    await feed(AGD, ONE);
    await sendAndFinalize(api, api.tx.stablecoin.adjust('Native', 100_000n * UNIT, 21_000n * UNIT), bob);
    await sendAndFinalize(api, api.tx.lending.supply(AGD, 20_000n * UNIT), bob);
    await sendAndFinalize(api, api.tx.lending.supply('Native', 1_000n * UNIT), alice);
    const agrMarket = (await api.rpc.lending.markets()).toJSON().find((m) => m.asset === 'native');
    const lendAgr = agrMarket.lendToken;
    assert.equal(
      (await api.query.assets.account(lendAgr, alice.address)).unwrap().balance.toBigInt(),
      1_000n * UNIT,
    );
    await assert.rejects(
      sendAndFinalize(api, api.tx.assets.transfer(lendAgr, dave.address, UNIT), alice),
      /assets\.|token\./,
    );
  });

  test('borrowing needs collateral; then AGD is borrowed up to the collateral factor', async () => {
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.borrow(AGD, 100n * UNIT), alice),
      /lending.InsufficientLiquidity/,
    );
    await sendAndFinalize(api, api.tx.lending.enableCollateral('Native'), alice);
    const l = (await api.rpc.lending.accountLiquidity(alice.address)).toJSON();
    // 1,000 AGR × $2 × 60 %.
    assert.equal(l.collateralValue, (1_200n * UNIT).toString());
    await sendAndFinalize(api, api.tx.lending.borrow(AGD, 1_100n * UNIT), alice);
    const p = (await api.rpc.lending.position(alice.address)).toJSON();
    const agd = p.markets.find((m) => m.asset === 1);
    assert.ok(BigInt(agd.borrowed) >= 1_100n * UNIT);
    const m = (await api.rpc.lending.markets()).toJSON().find((x) => x.asset === 1);
    assert.ok(Number(m.utilization) > 0.05 && Number(m.borrowRate) > 0.02, JSON.stringify(m));
  });

  test('a repayment and a governance-uploaded model score Alice; the switch raises her factor', async () => {
    let r = (await api.rpc.lending.recommend(alice.address)).toJSON();
    assert.equal(r.score, null, 'no score model yet');
    assert.equal(r.boostEnabled, false, 'the boost is off by default');
    assert.equal(r.features.credentials, 0);
    assert.ok(r.features.utilization > 0.9 && r.features.utilization < 0.93, `${r.features.utilization}`);
    // $1,200 capacity × 80 % − $1,100 borrowed: nothing more is safe.
    assert.equal(r.safeBorrowValue, '0');

    // A repayment counts in the score from 10 % of what is owed (about 1,100 AGD).
    await sendAndFinalize(api, api.tx.lending.repay(AGD, 111n * UNIT), alice);
    const { id: modelId } = await trainAndUpload(api, alice, {
      csv: history(), target: 'repaid', name: 'borrower-score', args: ['--algorithm', 'logistic'],
    });
    const params = { scoreModel: modelId, boostEnabled: false, maxBoost: 5n * ONE / 100n, safeMargin: ONE / 5n };
    await sudo(api, api.tx.lending.setParams(params), alice);

    r = (await api.rpc.lending.recommend(alice.address)).toJSON();
    assert.equal(r.features.repayments, 1);
    assert.equal(r.score.modelId, modelId);
    assert.ok(r.score.score > 0.5, `a borrower who repays scores well: ${r.score.score}`);
    assert.equal(r.score.explanation.type, 'contributions');
    assert.deepEqual(
      r.score.explanation.scores[0].contributions.map((c) => c.feature),
      ['credentials', 'repayments', 'liquidations', 'ageDays', 'utilization'],
    );
    assert.equal(r.collateralBoost, '0', 'the switch is still off');
    // About $1,000 owed of a $1,200 capacity: a 220 AGD borrow is refused.
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.borrow(AGD, 220n * UNIT), alice),
      /lending.InsufficientLiquidity/,
    );

    await sudo(api, api.tx.lending.setParams({ ...params, boostEnabled: true }), alice);
    r = (await api.rpc.lending.recommend(alice.address)).toJSON();
    const boost = Number(r.collateralBoost);
    assert.ok(boost > 0.025 && boost <= 0.05, `boost ${boost}`);
    assert.ok(BigInt(r.liquidity.collateralValue) > 1_250n * UNIT, r.liquidity.collateralValue);
    // The borrow is scored again with the utilization it leads to (about 1.02).
    assert.ok(BigInt(r.safeBorrowValue) > 0n);
    const safeAgd = r.safeBorrow.find((x) => x.asset === 1);
    assert.ok(BigInt(safeAgd.amount) > 0n, JSON.stringify(r.safeBorrow));
    await sendAndFinalize(api, api.tx.lending.borrow(AGD, 220n * UNIT), alice);
    const l = (await api.rpc.lending.accountLiquidity(alice.address)).toJSON();
    assert.equal(l.liquidationShortfall, '0', 'a boosted borrow is not liquidatable at once');
  });

  test('interest accrues by the second', async () => {
    const before = BigInt((await api.rpc.lending.position(alice.address)).toJSON().markets.find((m) => m.asset === 1).borrowed);
    await sleep(3_000);
    // Any transaction seals a block and moves the clock.
    await sendAndFinalize(api, api.tx.system.remark('tick'), dave);
    const after = BigInt((await api.rpc.lending.position(alice.address)).toJSON().markets.find((m) => m.asset === 1).borrowed);
    assert.ok(after > before, `${after} > ${before}`);
  });

  test('a price drop makes Alice liquidatable; Charlie seizes her collateral', async () => {
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.liquidate(alice.address, AGD, 100n * UNIT, 'Native'), charlie),
      /lending.NotInShortfall/,
    );
    await feed('Native', 15n * ONE / 10n);
    const l = (await api.rpc.lending.accountLiquidity(alice.address)).toJSON();
    assert.notEqual(l.liquidationShortfall, '0', JSON.stringify(l));
    // Charlie holds AGD from Bob.
    await sendAndFinalize(api, api.tx.assets.transfer(1, charlie.address, 1_000n * UNIT), bob);
    const { events } = await sendAndFinalize(
      api,
      api.tx.lending.liquidate(alice.address, AGD, 500n * UNIT, 'Native'),
      charlie,
    );
    const ev = events.find(({ event }) => api.events.lending.Liquidated.is(event)).event.data;
    // $500 × 1.08 at $1.50 = 360 AGR of lend tokens (exchange rate ≈ 1).
    const seized = ev.seized.toBigInt();
    assert.ok(seized > 350n * UNIT && seized <= 360n * UNIT, `${seized}`);
    // The protocol's 2.8 % of them (rounded up) went to the AGR market's reserves.
    const protocolSeized = ev.protocolSeized.toBigInt();
    assert.equal(protocolSeized, (seized * 28n + 999n) / 1000n);
    assert.ok(ev.toReserves.toBigInt() > 0n);
    const p = (await api.rpc.lending.position(charlie.address)).toJSON();
    assert.equal(p.markets.find((m) => m.asset === 'native').lendTokens, (seized - protocolSeized).toString());
    const agr = (await api.rpc.lending.markets()).toJSON().find((m) => m.asset === 'native');
    assert.equal(agr.protocolSeizeShare, '0.028');
    assert.ok(BigInt(agr.totalReserves) >= ev.toReserves.toBigInt(), JSON.stringify(agr));
  });

  test('a new, risky collateral is isolated: a borrow past its ceiling is refused', async () => {
    // Governance lists the test dollar (asset 2, 6 decimals) as an isolated collateral with a
    // $1,000 ceiling; the genesis AGD market is borrowable in isolation.
    const TUSD = { Asset: 2 };
    const MICRO = 10n ** 6n;
    await sudo(api, api.tx.oracle.listAsset(TUSD), alice);
    await feed(TUSD, MICRO * ONE); // $1 per TUSD: 10^6 AGD smallest units per TUSD smallest unit
    const params = {
      collateralFactor: ONE / 2n,
      liquidationThreshold: ONE * 55n / 100n,
      reserveFactor: ONE / 10n,
      closeFactor: ONE / 2n,
      liquidationIncentive: ONE * 108n / 100n,
      supplyCap: 2n ** 128n - 1n,
      borrowCap: 2n ** 128n - 1n,
      minBorrow: MICRO,
      interest: { baseRate: ONE / 50n, multiplier: ONE * 8n / 100n, jumpMultiplier: 3n * ONE, kink: ONE * 4n / 5n },
      paused: { supply: false, redeem: false, borrow: false, repay: false, liquidate: false },
      supplyRewardSpeed: 0,
      borrowRewardSpeed: 0,
      protocolSeizeShare: ONE * 28n / 1000n,
      isolationCeiling: 1_000n * UNIT,
      borrowableInIsolation: false,
    };
    await sudo(api, api.tx.lending.addMarket(TUSD, 1002, params), alice);
    const markets = (await api.rpc.lending.markets()).toJSON();
    const tusd = markets.find((m) => m.asset === 2);
    assert.equal(tusd.isolationCeiling, (1_000n * UNIT).toString());
    assert.equal(tusd.isolatedDebt, '0');
    assert.equal(markets.find((m) => m.asset === 1).borrowableInIsolation, true);

    // Dave's 10,000 TUSD at 50 % would back $5,000; isolated, he borrows at most $1,000.
    await sendAndFinalize(api, api.tx.lending.supply(TUSD, 10_000n * MICRO), dave);
    await sendAndFinalize(api, api.tx.lending.enableCollateral(TUSD), dave);
    assert.deepEqual((await api.rpc.lending.position(dave.address)).toJSON().isolatedIn, 2);
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.enableCollateral('Native'), dave),
      /lending.CollateralIsolated/,
    );
    await sendAndFinalize(api, api.tx.lending.borrow(AGD, 600n * UNIT), dave);
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.borrow(AGD, 500n * UNIT), dave),
      /lending.IsolationCeilingExceeded/,
    );
    await assert.rejects(
      sendAndFinalize(api, api.tx.lending.borrow('Native', 10n * UNIT), dave),
      /lending.NotBorrowableInIsolation/,
    );
    const debt = BigInt((await api.rpc.lending.markets()).toJSON().find((m) => m.asset === 2).isolatedDebt);
    assert.ok(debt >= 600n * UNIT && debt < 601n * UNIT, `${debt}`);
    // A repayment frees the ceiling.
    await sendAndFinalize(api, api.tx.lending.repay(AGD, 200n * UNIT), dave);
    await sendAndFinalize(api, api.tx.lending.borrow(AGD, 500n * UNIT), dave);
  });
});
