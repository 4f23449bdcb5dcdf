// AGD beyond vaults (issue 20): the peg stability module swaps the development chain's test
// dollar (TUSD, asset 2, 6 decimals) with AGD at par with fees and within its ceiling; savings
// earn the governed rate paid from the surplus; a flash mint that repays goes through and one
// that does not is undone; the global debt limit refuses a swap past it. Checked over
// `stablecoin_system` and `stablecoin_savings`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devKeys, sendAndFinalize, startNode, sudo } from './lib/node.mjs';

const ONE = 10n ** 18n; // FixedU128's unit
const UNIT = 10n ** 12n; // one AGD
const TUSD = 2;
const DOLLAR = 10n ** 6n; // one TUSD

const balance = async (api, asset, who) => {
  const a = await api.query.assets.account(asset, who);
  return a.isSome ? a.unwrap().balance.toBigInt() : 0n;
};
const issuance = async (api) => (await api.query.assets.asset(1)).unwrap().supply.toBigInt();
const system = async (api) => (await api.rpc.stablecoin.system()).toJSON();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

describe('money: peg stability, savings, flash mint, debt limit', { timeout: 300_000 }, () => {
  let node, api, alice, bob, charlie;

  before(async () => {
    await cryptoWaitReady();
    node = await startNode(['--dev', '--sealing', 'instant']);
    api = node.api;
    [alice, bob, charlie] = devKeys('Alice', 'Bob', 'Charlie');
  });
  after(async () => {
    await node?.stop();
  });

  test('genesis: a module for the test dollar, no savings rate, the limits', async () => {
    const s = await system(api);
    assert.equal(s.psm.length, 1);
    assert.deepEqual(s.psm[0], {
      asset: TUSD,
      reserve: '0',
      debt: '0',
      ceiling: (1_000_000n * UNIT).toString(),
      feeIn: '0.001',
      feeOut: '0.001',
      scale: 6,
    });
    assert.equal(s.debtLimit, (100_000_000n * UNIT).toString());
    assert.equal(s.savings.rate, '0');
    assert.equal(s.savings.chi, '1');
    assert.deepEqual(s.flash, { max: (10_000_000n * UNIT).toString(), fee: '0' });
    assert.equal(await balance(api, TUSD, alice.address), 1_000_000n * DOLLAR);
  });

  test('a swap in and out pays its fees; past the ceiling it is refused', async () => {
    await sendAndFinalize(api, api.tx.stablecoin.psmSwapIn(TUSD, 1_000n * DOLLAR), alice);
    // 1,000 AGD minted against 1,000 TUSD: 999 to Alice, 1 (0.1 %) to the surplus.
    assert.equal(await balance(api, 1, alice.address), 999n * UNIT);
    let s = await system(api);
    assert.equal(s.surplus, UNIT.toString());
    assert.equal(s.psm[0].reserve, (1_000n * DOLLAR).toString());
    assert.equal(s.psm[0].debt, (1_000n * UNIT).toString());
    await sendAndFinalize(api, api.tx.stablecoin.psmSwapOut(TUSD, 100n * DOLLAR), alice);
    // 100 AGD burned for 100 TUSD, 0.1 AGD more to the surplus.
    assert.equal(await balance(api, 1, alice.address), 999n * UNIT - 100n * UNIT - UNIT / 10n);
    assert.equal(await balance(api, TUSD, alice.address), 1_000_000n * DOLLAR - 900n * DOLLAR);
    s = await system(api);
    assert.equal(s.surplus, (UNIT + UNIT / 10n).toString());
    // 1,000 minted, 100 burned; the out-fee moved, not minted.
    assert.equal(s.issuance, (900n * UNIT).toString());
    // A ceiling of 1,500 AGD: 600 more TUSD would pass it.
    const params = { feeIn: ONE / 1000n, feeOut: ONE / 1000n, ceiling: 1_500n * UNIT, scale: 6 };
    await sudo(api, api.tx.stablecoin.setPsm(TUSD, params), alice);
    await assert.rejects(
      sendAndFinalize(api, api.tx.stablecoin.psmSwapIn(TUSD, 601n * DOLLAR), bob),
      /stablecoin.PsmCeilingExceeded/,
    );
    await sendAndFinalize(api, api.tx.stablecoin.psmSwapIn(TUSD, 600n * DOLLAR), bob);
    assert.equal((await system(api)).psm[0].debt, (1_500n * UNIT).toString());
  });

  test('savings accrue at the governed rate, paid from the surplus, and are withdrawn', async () => {
    const rate = 10_000_000_000n; // 10^-8 per second, the most
    const params = { debtLimit: 100_000_000n * UNIT, savingsRate: rate, flashMax: 10_000_000n * UNIT, flashFee: 0 };
    await sudo(api, api.tx.stablecoin.setMoneyParams(params), alice);
    const before = await balance(api, 1, alice.address);
    await sendAndFinalize(api, api.tx.stablecoin.savingsJoin(500n * UNIT), alice);
    let mine = (await api.rpc.stablecoin.savings(alice.address)).toJSON();
    assert.ok(BigInt(mine.pie) > 0n && BigInt(mine.balance) <= 500n * UNIT, JSON.stringify(mine));
    await sleep(3_000);
    // A block (any transaction) moves the clock.
    await sendAndFinalize(api, api.tx.system.remark('0x00'), bob);
    mine = (await api.rpc.stablecoin.savings(alice.address)).toJSON();
    // At least 3 seconds × 10^-8 × 500 AGD = 15 µAGD.
    assert.ok(BigInt(mine.balance) >= 500n * UNIT + 15_000_000n, `savings ${mine.balance}`);
    const surplus = BigInt((await system(api)).surplus);
    await sendAndFinalize(api, api.tx.stablecoin.savingsExit(2n ** 127n), alice);
    const gained = (await balance(api, 1, alice.address)) - before;
    assert.ok(gained >= 15_000_000n, `interest ${gained}`);
    const s = await system(api);
    assert.equal(BigInt(s.savings.paid), gained, 'what the saver gained the surplus paid');
    assert.ok(BigInt(s.surplus) < surplus, 'the last interest came out of the surplus');
    assert.equal((await api.rpc.stablecoin.savings(alice.address)).toJSON().pie, '0');
  });

  test('a flash mint that repays goes through; one that does not is undone', async () => {
    const supply = await issuance(api);
    const tusd = await balance(api, TUSD, bob.address);
    // A round trip through the module inside the flash mint: 600 AGD out for TUSD and back.
    const roundTrip = api.tx.utility.batchAll([
      api.tx.stablecoin.psmSwapOut(TUSD, 600n * DOLLAR),
      api.tx.stablecoin.psmSwapIn(TUSD, 600n * DOLLAR),
    ]);
    const agdBefore = await balance(api, 1, bob.address);
    const ok = await sendAndFinalize(api, api.tx.stablecoin.flashMint(5_000n * UNIT, roundTrip), bob);
    const minted = ok.events.find(({ event }) => api.events.stablecoin.FlashMinted.is(event));
    assert.ok(minted, 'FlashMinted');
    assert.equal(minted.event.data.amount.toBigInt(), 5_000n * UNIT);
    assert.equal(await balance(api, TUSD, bob.address), tusd);
    // Bob paid the two swap fees (0.6 AGD each); the flash mint's 5,000 AGD are gone.
    assert.equal(await balance(api, 1, bob.address), agdBefore - 6n * UNIT / 5n);
    // 600 burned out, 600 minted in (599.4 to Bob, the 0.6 fee to the surplus): unchanged.
    assert.equal(await issuance(api), supply);

    // Keeping the AGD: the transfer goes through inside, the repayment cannot.
    const keep = api.tx.assets.transfer(1, charlie.address, 5_000n * UNIT);
    await assert.rejects(
      sendAndFinalize(api, api.tx.stablecoin.flashMint(5_000n * UNIT, keep), bob),
      /stablecoin.FlashNotRepaid/,
    );
    assert.equal(await balance(api, 1, charlie.address), 0n, 'the transfer was undone');
    assert.equal(await issuance(api), supply, 'nothing minted');
    // A flash mint inside a flash mint.
    const nested = api.tx.stablecoin.flashMint(1n, api.tx.system.remark('0x00'));
    await assert.rejects(
      sendAndFinalize(api, api.tx.stablecoin.flashMint(1n, nested), bob),
      /stablecoin.FlashReentrancy/,
    );
  });

  test('the global debt limit refuses a swap past it', async () => {
    // Room under the module's ceiling, then a limit at the supply.
    await sendAndFinalize(api, api.tx.stablecoin.psmSwapOut(TUSD, 10n * DOLLAR), alice);
    const supply = await issuance(api);
    const params = { debtLimit: supply, savingsRate: 0, flashMax: 10_000_000n * UNIT, flashFee: 0 };
    await sudo(api, api.tx.stablecoin.setMoneyParams(params), alice);
    assert.equal((await system(api)).debtLimit, supply.toString());
    await assert.rejects(
      sendAndFinalize(api, api.tx.stablecoin.psmSwapIn(TUSD, 1n * DOLLAR), alice),
      /stablecoin.DebtLimitExceeded/,
    );
    // Swapping out lowers the supply: always allowed.
    await sendAndFinalize(api, api.tx.stablecoin.psmSwapOut(TUSD, 1n * DOLLAR), alice);
  });
});
