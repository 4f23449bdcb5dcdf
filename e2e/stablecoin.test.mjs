// Stablecoin: vaults mint AGD against AGR at oracle prices, a governance-uploaded model scores
// vault risk, a price drop makes a vault liquidatable, a keeper liquidates it, a bidder takes
// the collateral in the descending auction, and an emergency shutdown lets AGD holders redeem
// collateral pro rata. Everything is checked over `stablecoin_*` JSON-RPC.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode, sudo, trainAndUpload } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit
const UNIT = 10n ** 12n; // one AGR / AGD


/** Vault histories: liquidated iff the ratio was thin for the volatility (deterministic). */
function history() {
  const rows = ['collateral_ratio,volatility,age_days,liquidated'];
  for (let i = 0; i < 200; i++) {
    const ratio = 1.5 + ((i * 37) % 100) / 50; // 1.5 … 3.5
    const vol = ((i * 13) % 20) / 100; // 0 … 0.19
    const age = (i * 7) % 60;
    rows.push(`${ratio},${vol},${age},${ratio - 3 * vol < 2 ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

const agd = async (api, who) => {
  const a = await api.query.assets.account(1, who);
  return a.isSome ? a.unwrap().balance.toBigInt() : 0n;
};

describe('stablecoin: vaults, risk, liquidation, auction, shutdown', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie, dave, eve;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie, dave, eve] = devKeys('Alice', 'Bob', 'Charlie', 'Dave', 'Eve');
  });
  after(async () => {
    await node?.stop();
  });

  // Three feeders: the least for a price.
  const feed = async (price) => {
    for (const f of [bob, charlie, eve]) await sendAndFinalize(api, api.tx.oracle.feedPrice('Native', price), f);
  };

  test('genesis: AGR is a collateral type, AGD an asset, no debt', async () => {
    const s = (await api.rpc.stablecoin.system()).toJSON();
    assert.equal(s.issuance, '0');
    assert.equal(s.collaterals.length, 1);
    assert.equal(s.collaterals[0].asset, 'native');
    assert.equal(s.collaterals[0].liquidationRatio, '1.5');
    assert.equal(s.collaterals[0].liquidationPenalty, '0.13');
    assert.equal(s.collaterals[0].price, null, 'no feeds yet');
    assert.equal(s.shutdown, null);
    const meta = (await api.query.assets.metadata(1)).toHuman();
    assert.equal(meta.symbol, 'AGD');
  });

  test('no price: depositing works, minting stops', async () => {
    await sendAndFinalize(api, api.tx.stablecoin.deposit('Native', 1_000n * UNIT), alice);
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.mint('Native', 100n * UNIT), alice), /stablecoin.NoPrice/);
    for (const f of [bob, charlie, eve]) await sudo(api, api.tx.oracle.addFeeder(f.address), alice);
    await feed(2n * ONE);
    assert.equal((await api.rpc.oracle.price('native')).toJSON().price, '2');
  });

  test('a vault mints up to its liquidation ratio; the RPC values it', async () => {
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.mint('Native', 1_334n * UNIT), alice), /stablecoin.Unsafe/);
    await sendAndFinalize(api, api.tx.stablecoin.mint('Native', 1_300n * UNIT), alice);
    assert.equal(await agd(api, alice.address), 1_300n * UNIT);
    const v = (await api.rpc.stablecoin.vault(alice.address, 'native')).toJSON();
    assert.equal(v.collateral, (1_000n * UNIT).toString());
    assert.ok(BigInt(v.debt) >= 1_300n * UNIT && BigInt(v.debt) < 1_301n * UNIT, `debt ${v.debt}`);
    assert.ok(v.ratio.startsWith('1.53'), `ratio ${v.ratio}`);
    assert.ok(v.liquidationPrice.startsWith('1.95'), `liquidation price ${v.liquidationPrice}`);
    assert.equal(v.liquidatable, false);
    assert.equal((await api.rpc.stablecoin.vault(dave.address, 'native')).toJSON(), null);
    // Bob keeps a big safe vault: AGD to bid with.
    await sendAndFinalize(api, api.tx.stablecoin.adjust('Native', 100_000n * UNIT, 20_000n * UNIT), bob);
    const s = (await api.rpc.stablecoin.system()).toJSON();
    // Alice's fees accrued until Bob's vault opened are AGD too, owned by the surplus account.
    assert.equal(BigInt(s.issuance), 21_300n * UNIT + BigInt(s.surplus));
    assert.equal(BigInt(s.surplus), await agd(api, s.surplusAccount));
  });

  test('a governance-uploaded model scores vault risk with an explanation', async () => {
    let [r] = (await api.rpc.stablecoin.recommend(alice.address)).toJSON();
    assert.equal(r.safeRatio, '1.75');
    assert.ok(BigInt(r.collateralToSafe) > 130n * UNIT && BigInt(r.collateralToSafe) < 140n * UNIT, r.collateralToSafe);
    assert.equal(r.risk, null, 'no risk model yet');

    await trainAndUpload(api, alice, {
      csv: history(), target: 'liquidated', name: 'vault-risk', args: ['--algorithm', 'logistic'],
    });
    const params = (await api.query.stablecoin.parameters()).toJSON();
    await sudo(api, api.tx.stablecoin.setParams({ ...params, riskModel: 0 }), alice);

    [r] = (await api.rpc.stablecoin.recommend(alice.address)).toJSON();
    assert.equal(r.risk.modelId, 0);
    assert.ok(r.risk.score > 0.5, `a 153 % vault is risky: ${r.risk.score}`);
    assert.equal(r.risk.explanation.type, 'contributions');
    assert.deepEqual(r.risk.explanation.scores[0].contributions.map((c) => c.feature), ['collateralRatio', 'volatility', 'ageDays']);
    assert.deepEqual(Object.keys(r.features), ['collateralRatio', 'volatility', 'ageDays']);
    const [b] = (await api.rpc.stablecoin.recommend(bob.address)).toJSON();
    assert.ok(b.risk.score < r.risk.score, 'a 1,000 % vault is safer');
    assert.equal(b.collateralToSafe, '0');
  });

  test('a price drop: at-risk ranking, liquidation, auction, surplus', async () => {
    await feed(19n * ONE / 10n);
    const page = (await api.rpc.stablecoin.atRiskVaults(10)).toJSON();
    assert.equal(page.next, null, 'every vault on one page');
    assert.ok(page.scanned >= 1);
    const risky = page.vaults;
    assert.deepEqual(risky.map((r) => r.vault.owner), [alice.address]);
    assert.equal(risky[0].vault.liquidatable, true);
    await assert.rejects(api.rpc.stablecoin.atRiskVaults(0), /-32602/);
    await assert.rejects(api.rpc.stablecoin.atRiskVaults(101), /-32602/);
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.liquidate(bob.address, 'Native'), dave), /stablecoin.VaultSafe/);

    const { events } = await sendAndFinalize(api, api.tx.stablecoin.liquidate(alice.address, 'Native'), dave);
    const liq = events.find(({ event }) => api.events.stablecoin.Liquidated.is(event)).event.data;
    assert.equal(liq.incentive.toBigInt(), 10n * UNIT, 'the keeper earns 1 % of the collateral');
    assert.equal((await api.rpc.stablecoin.vault(alice.address, 'native')).toJSON(), null);
    const [a] = (await api.rpc.stablecoin.auctions()).toJSON();
    assert.equal(a.id, 0);
    assert.deepEqual((await api.rpc.stablecoin.auctions(1, null)).toJSON(), [], 'no auction from id 1 on');
    await assert.rejects(api.rpc.stablecoin.auctions(null, 0), /-32602/);
    assert.equal(a.collateral, (990n * UNIT).toString());
    assert.ok(a.startPrice.startsWith('2.28'), a.startPrice);

    const before = (await api.query.system.account(alice.address)).data.free.toBigInt();
    await sendAndFinalize(api, api.tx.stablecoin.take(0, 2_000n * UNIT, 3n * ONE), bob);
    assert.deepEqual((await api.rpc.stablecoin.auctions()).toJSON(), [], 'the auction ended');
    // The collateral left is credited to the owner, who claims it.
    const left = (await api.query.stablecoin.leftovers(alice.address, 'Native')).toBigInt();
    assert.ok(left > 300n * UNIT, `${left}`);
    const { fee } = await sendAndFinalize(api, api.tx.stablecoin.claimLeftovers('Native'), alice);
    const after = (await api.query.system.account(alice.address)).data.free.toBigInt();
    assert.equal(after, before + left - fee, 'the collateral left went back to the owner');
    const s = (await api.rpc.stablecoin.system()).toJSON();
    assert.ok(BigInt(s.surplus) >= 169n * UNIT, `the 13 % penalty is surplus: ${s.surplus}`);
    assert.equal(s.badDebt, '0');
    assert.equal(s.auctionDebt, '0');
  });

  test('fees are AGD: with fees accrued, two vaults close on the AGD that exists', async () => {
    // Audit finding 5: fees raised the debt but created no AGD, so the last vaults could never
    // close. Now they are minted to the surplus account, which governance spends.
    const type = (await api.query.stablecoin.collateralTypes('Native')).unwrap().toJSON();
    await sudo(api, api.tx.stablecoin.setCollateralType('Native', { ...type.params, stabilityFee: ONE / 100_000n }), alice);
    for (const k of [charlie, dave]) await sendAndFinalize(api, api.tx.stablecoin.adjust('Native', 1_000n * UNIT, 100n * UNIT), k);
    for (let i = 0; i < 3; i++) await sendAndFinalize(api, api.tx.system.remark('0x00'), eve);
    await sendAndFinalize(api, api.tx.stablecoin.deposit('Native', 1n), charlie); // accrues the fees
    let s = (await api.rpc.stablecoin.system()).toJSON();
    assert.ok(s.surplusAccount, 'the surplus account is shown');
    const surplus = BigInt(s.surplus);
    assert.equal(surplus, await agd(api, s.surplusAccount), 'the surplus is the account\'s AGD');
    const owed = async (k) => BigInt((await api.rpc.stablecoin.vault(k.address, 'native')).toJSON().debt);
    assert.ok((await owed(charlie)) > 100n * UNIT && (await owed(dave)) > 100n * UNIT, 'fees accrued');
    // Only governance spends the surplus.
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.spendSurplus(charlie.address, 1n), charlie), /BadOrigin/);
    await sudo(api, api.tx.stablecoin.spendSurplus(charlie.address, surplus), alice);
    // All their AGD pooled: Charlie closes, hands the rest to Dave, Dave closes.
    await sendAndFinalize(api, api.tx.stablecoin.close('Native'), charlie);
    await sendAndFinalize(api, api.tx.assets.transferAll(1, dave.address, false), charlie);
    await sendAndFinalize(api, api.tx.stablecoin.close('Native'), dave);
    assert.equal((await api.rpc.stablecoin.vault(charlie.address, 'native')).toJSON(), null);
    assert.equal((await api.rpc.stablecoin.vault(dave.address, 'native')).toJSON(), null);
    s = (await api.rpc.stablecoin.system()).toJSON();
    assert.equal(s.badDebt, '0');
  });

  test('emergency shutdown: settle, open redemption, redeem pro rata', async () => {
    // Audit finding 7: one planck in a collateral type nobody prices blocked the shutdown.
    // Governance makes asset 7 (an id strangers cannot create) a collateral type; Eve deposits
    // one planck of it; it never gets a price.
    await sudo(api, api.tx.assets.forceCreate(7, alice.address, true, 1), alice);
    await sendAndFinalize(api, api.tx.assets.mint(7, eve.address, 10n), alice);
    const params = {
      liquidationRatio: 3n * ONE / 2n,
      stabilityFee: 0,
      liquidationPenalty: ONE / 10n,
      debtCeiling: 1_000_000n * UNIT,
      debtFloor: 10n * UNIT,
      auctionLimit: 1_000_000n * UNIT,
    };
    await sudo(api, api.tx.stablecoin.setCollateralType({ Asset: 7 }, params), alice);
    await sendAndFinalize(api, api.tx.stablecoin.deposit({ Asset: 7 }, 1n), eve);

    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.shutdown(), bob), /BadOrigin/);
    await sudo(api, api.tx.stablecoin.shutdown(), alice);
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.mint('Native', 10n * UNIT), bob), /stablecoin.ShutDown/);
    let s = (await api.rpc.stablecoin.system()).toJSON();
    assert.ok(s.shutdown.at);
    assert.equal(s.shutdown.redemptionSupply, null);
    const type = (asset) => s.collaterals.find((c) => c.asset === asset);
    assert.equal(type('native').price, '1.9', 'the price is frozen');
    assert.equal(type(7).price, null, 'the dust type has no price, and needs none');
    // Before the grace period, only governance sets a final price for it.
    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.freezePrice({ Asset: 7 }), dave), /stablecoin.TooEarly/);
    await assert.rejects(
      sendAndFinalize(api, api.tx.stablecoin.setFinalPrice({ Asset: 7 }, ONE), dave),
      /BadOrigin/,
    );
    await sudo(api, api.tx.stablecoin.setFinalPrice({ Asset: 7 }, ONE), alice);
    await assert.rejects(
      sudo(api, api.tx.stablecoin.setFinalPrice({ Asset: 7 }, 2n * ONE), alice),
      /stablecoin.PriceAlreadyFrozen/,
    );

    await assert.rejects(sendAndFinalize(api, api.tx.stablecoin.openRedemption(), dave), /stablecoin.Unsettled/);
    await sendAndFinalize(api, api.tx.stablecoin.settleVault(bob.address, 'Native'), dave);
    await sendAndFinalize(api, api.tx.stablecoin.close('Native'), bob);
    await sendAndFinalize(api, api.tx.stablecoin.openRedemption(), dave);
    s = (await api.rpc.stablecoin.system()).toJSON();
    const supply = BigInt(s.shutdown.redemptionSupply);
    assert.equal(supply.toString(), s.issuance);
    const pool = BigInt(s.redemption.find((r) => r.asset === 'native').collateral);
    assert.ok(pool > 0n);
    // The dust owner takes its planck back without a price.
    await sendAndFinalize(api, api.tx.stablecoin.close({ Asset: 7 }), eve);
    assert.equal((await api.query.assets.account(7, eve.address)).unwrap().balance.toBigInt(), 10n);

    const held = await agd(api, bob.address);
    const free = (await api.query.system.account(bob.address)).data.free.toBigInt();
    const { events, fee } = await sendAndFinalize(api, api.tx.stablecoin.redeem(held), bob);
    const got = events.find(({ event }) => api.events.stablecoin.Redeemed.is(event)).event.data.collateral[0][1].toBigInt();
    // Bob's share: held / supply of the pool, rounded down.
    assert.ok(got <= (pool * held) / supply && got >= (pool * held) / supply - 2n, `${got}`);
    assert.equal((await api.query.system.account(bob.address)).data.free.toBigInt(), free + got - fee);
    assert.equal(await agd(api, bob.address), 0n);
  });
});
