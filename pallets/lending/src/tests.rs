//! Unit tests of the lending pallet.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungibles::Inspect};
use sp_runtime::DispatchError::BadOrigin;

const ALICE: u64 = 1;
const BOB: u64 = 2;
const LIQUIDATOR: u64 = 3;

fn p(n: u128, d: u128) -> Ratio {
	Ratio::from_rational(n, d)
}
fn o(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}
fn shares(token: u32, who: u64) -> u128 {
	Assets::balance(token, who)
}
fn dot(who: u64) -> u128 {
	Assets::balance(DOT, who)
}
fn market(asset: AssetKind) -> Market {
	Markets::<Test>::get(asset).unwrap()
}
fn at(seconds: u64) {
	pallet_timestamp::Now::<Test>::put(NOW + seconds * 1_000);
}

/// Alice supplies 1,000 AGR as collateral; Bob supplies 10,000 DOT (the cash Alice borrows).
fn positions() {
	assert_ok!(Lending::supply(o(ALICE), AGR, 1_000));
	assert_ok!(Lending::enable_collateral(o(ALICE), AGR));
	assert_ok!(Lending::supply(o(BOB), DOT_K, 10_000));
}

#[test]
fn governance_adds_and_configures_markets() {
	run(|| {
		let params = MarketParams::with_collateral_factor(p(1, 2));
		let gold = AssetKind::Asset(7);
		assert_noop!(Lending::add_market(o(1), gold, 102, params), BadOrigin);
		assert_noop!(
			Lending::add_market(RuntimeOrigin::root(), AGR, 102, params),
			Error::<Test>::MarketExists
		);
		assert_noop!(
			Lending::add_market(RuntimeOrigin::root(), gold, DOT, params),
			Error::<Test>::LendTokenExists
		);
		let bad = MarketParams { liquidation_threshold: p(4, 10), ..params };
		assert_noop!(
			Lending::add_market(RuntimeOrigin::root(), gold, 102, bad),
			Error::<Test>::InvalidParams
		);
		let greedy = MarketParams { liquidation_incentive: p(2, 1), ..params };
		assert_noop!(
			Lending::add_market(RuntimeOrigin::root(), gold, 102, greedy),
			Error::<Test>::InvalidParams
		);
		assert_ok!(Lending::add_market(RuntimeOrigin::root(), gold, 102, params));
		System::assert_last_event(
			Event::MarketAdded { asset: gold, lend_token: 102, params }.into(),
		);
		assert!(Assets::asset_exists(102), "the lend token exists");
		assert_noop!(
			Lending::add_market(RuntimeOrigin::root(), AssetKind::Asset(8), 103, params),
			Error::<Test>::TooManyMarkets
		);
		assert_noop!(Lending::set_market(o(1), gold, params), BadOrigin);
		assert_noop!(
			Lending::set_market(RuntimeOrigin::root(), AssetKind::Asset(8), params),
			Error::<Test>::UnknownMarket
		);
		let paused =
			MarketParams { paused: Pauses { supply: true, ..Default::default() }, ..params };
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), gold, paused));
		assert_eq!(market(gold).params, paused);
	});
}

#[test]
fn supply_mints_lend_tokens_that_only_the_pallet_moves() {
	run(|| {
		assert_ok!(Lending::supply(o(ALICE), AGR, 1_000));
		System::assert_last_event(
			Event::Supplied { who: ALICE, asset: AGR, amount: 1_000, shares: 1_000 }.into(),
		);
		assert_eq!(shares(L_AGR, ALICE), 1_000);
		assert_eq!(Balances::free_balance(ALICE), 1_000_000 - 1_000);
		assert_eq!(market(AGR).cash, 1_000);
		assert!(
			Assets::transfer(o(ALICE), L_AGR.into(), BOB, 10).is_err(),
			"lend tokens are frozen"
		);
		assert_noop!(Lending::supply(o(ALICE), AGR, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Lending::supply(o(ALICE), AssetKind::Asset(9), 5),
			Error::<Test>::UnknownMarket
		);
		assert_ok!(Lending::redeem(o(ALICE), AGR, 400));
		assert_eq!((shares(L_AGR, ALICE), Balances::free_balance(ALICE)), (600, 1_000_000 - 600));
		assert_noop!(Lending::redeem(o(ALICE), AGR, 601), Error::<Test>::InsufficientShares);
		assert_noop!(Lending::redeem(o(ALICE), AGR, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn caps_and_pauses_stop_actions() {
	run(|| {
		let mut params = market(AGR).params;
		params.supply_cap = 1_500;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, params));
		assert_ok!(Lending::supply(o(ALICE), AGR, 1_000));
		assert_noop!(Lending::supply(o(BOB), AGR, 501), Error::<Test>::SupplyCapExceeded);
		params.borrow_cap = 100;
		params.paused.redeem = true;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, params));
		assert_noop!(Lending::redeem(o(ALICE), AGR, 1), Error::<Test>::Paused);
		assert_ok!(Lending::enable_collateral(o(ALICE), AGR));
		assert_noop!(Lending::borrow(o(ALICE), AGR, 101), Error::<Test>::BorrowCapExceeded);
		assert_ok!(Lending::borrow(o(ALICE), AGR, 100));
		params.paused.borrow = true;
		params.paused.repay = true;
		params.paused.supply = true;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, params));
		assert_noop!(Lending::borrow(o(ALICE), AGR, 1), Error::<Test>::Paused);
		assert_noop!(Lending::repay(o(ALICE), AGR, 1), Error::<Test>::Paused);
		assert_noop!(Lending::supply(o(ALICE), AGR, 1), Error::<Test>::Paused);
	});
}

#[test]
fn borrowing_needs_collateral_liquidity_and_a_price() {
	run(|| {
		positions();
		// 1,000 AGR × $2 × 75 % = $1,500 = 300 DOT at $5.
		assert_noop!(Lending::borrow(o(BOB), AGR, 10), Error::<Test>::InsufficientLiquidity);
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 301), Error::<Test>::InsufficientLiquidity);
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 0), Error::<Test>::ZeroAmount);
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 10_001), Error::<Test>::InsufficientCash);
		set_price(AGR, None);
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 1), Error::<Test>::NoPrice);
		set_price(AGR, Some(p(2, 1)));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		System::assert_last_event(Event::Borrowed { who: ALICE, asset: DOT_K, amount: 300 }.into());
		assert_eq!(dot(ALICE), 1_000_300);
		let l = Lending::account_liquidity(&ALICE).unwrap();
		assert_eq!(
			(l.collateral_value, l.borrow_value, l.liquidity, l.shortfall),
			(1_500, 1_500, 0, 0)
		);
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 1), Error::<Test>::InsufficientLiquidity);
		// Collateral backing a borrow can be neither redeemed nor disabled.
		assert_noop!(Lending::redeem(o(ALICE), AGR, 1), Error::<Test>::InsufficientLiquidity);
		assert_noop!(
			Lending::disable_collateral(o(ALICE), AGR),
			Error::<Test>::InsufficientLiquidity
		);
		set_price(DOT_K, None);
		assert_noop!(Lending::redeem(o(ALICE), AGR, 1), Error::<Test>::NoPrice);
		// Repaying never needs a price.
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 100));
		assert_eq!(Lending::borrow_balance(&market(DOT_K), DOT_K, &ALICE), 200);
		assert_noop!(Lending::repay(o(BOB), DOT_K, 100), Error::<Test>::NoBorrow);
		assert_ok!(Lending::repay_on_behalf(o(BOB), ALICE, DOT_K, u128::MAX));
		System::assert_last_event(
			Event::Repaid { payer: BOB, borrower: ALICE, asset: DOT_K, amount: 200 }.into(),
		);
		assert_eq!(Borrows::<Test>::get(DOT_K, ALICE), None);
		assert_ok!(Lending::disable_collateral(o(ALICE), AGR));
		assert!(!Collateral::<Test>::contains_key(ALICE, AGR));
	});
}

#[test]
fn interest_follows_the_jump_rate_model_and_feeds_reserves() {
	run(|| {
		let m = InterestModel::default();
		assert_eq!(m.borrow_rate(p(0, 1)), p(2, 100));
		assert_eq!(m.borrow_rate(p(8, 10)), p(10, 100));
		// Above the kink: 10 % + (0.9 − 0.8) × 300 % = 40 %.
		assert_eq!(m.borrow_rate(p(9, 10)), p(40, 100));
		assert_eq!(m.supply_rate(p(8, 10), p(1, 10)), p(10, 100) * p(8, 10) * p(9, 10));
		assert_eq!(utilization(100, 300, 0), p(3, 4));
		assert_eq!(utilization(100, 0, 0), p(0, 1));

		assert_ok!(Lending::supply(o(BOB), DOT_K, 900_000));
		assert_ok!(Lending::supply(o(ALICE), AGR, 900_000));
		assert_ok!(Lending::enable_collateral(o(ALICE), AGR));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 225_000));
		// Utilization 25 %: 2 % + 0.25 × 10 % = 4.5 % a year.
		at(SECONDS_PER_YEAR);
		let m = Lending::accrue(DOT_K).unwrap();
		assert_eq!(m.borrow_index, p(1_045, 1_000));
		assert_eq!(Lending::borrow_balance(&m, DOT_K, &ALICE), 235_125);
		assert_eq!(Lending::total_borrows(&m), 235_125);
		// 10 % of the 10,125 interest, rounded down.
		assert_eq!(m.total_reserves, 1_012);
		// Suppliers earn the rest: 675,000 + 235,125 − 1,012 for 900,000 lend tokens.
		assert_eq!(
			Lending::exchange_rate(&m),
			Ratio::checked_from_rational(909_113u128, 900_000u128).unwrap()
		);
		assert_ok!(Lending::redeem(o(BOB), DOT_K, 100_000));
		assert_eq!(dot(BOB), 1_000_000 - 900_000 + 101_012);
	});
}

#[test]
fn donations_do_not_move_the_exchange_rate() {
	run(|| {
		// The classic attack: supply 1, donate a fortune, hope the next supplier rounds to 0.
		assert_ok!(Lending::supply(o(ALICE), DOT_K, 1));
		assert_ok!(Assets::transfer(o(ALICE), DOT.into(), Lending::account(), 500_000));
		assert_eq!(Lending::exchange_rate(&market(DOT_K)), p(1, 1));
		assert_ok!(Lending::supply(o(BOB), DOT_K, 1_000));
		assert_eq!(shares(L_DOT, BOB), 1_000);
		assert_ok!(Lending::redeem(o(ALICE), DOT_K, 1));
		assert_eq!(dot(ALICE), 1_000_000 - 500_000, "the attacker's donation is lost to it");
	});
}

#[test]
fn rounding_favours_the_market() {
	run(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		at(SECONDS_PER_YEAR);
		let m = Lending::accrue(DOT_K).unwrap();
		// The account owes at least its share of the total.
		assert!(Lending::borrow_balance(&m, DOT_K, &ALICE) >= Lending::total_borrows(&m));
		// A supply too small for one lend token is refused, not rounded to nothing.
		let rate = Lending::exchange_rate(&m);
		assert!(rate > p(1, 1));
		assert_noop!(Lending::supply(o(BOB), DOT_K, 1), Error::<Test>::ZeroAmount);
		assert_ok!(Lending::repay(o(ALICE), DOT_K, u128::MAX));
		assert_eq!(Borrows::<Test>::get(DOT_K, ALICE), None);
		assert_eq!(market(DOT_K).normalized_borrows, 0);
	});
}

#[test]
fn accounts_in_shortfall_are_liquidated_up_to_the_close_factor() {
	run(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// At the liquidation threshold (80 %) Alice is still safe.
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR),
			Error::<Test>::NotInShortfall
		);
		// AGR falls to $1.80: 1,000 × 1.8 × 0.8 = 1,440 < 1,500 borrowed.
		set_price(AGR, Some(p(18, 10)));
		assert_noop!(
			Lending::liquidate(o(ALICE), ALICE, DOT_K, 10, AGR),
			Error::<Test>::SelfLiquidation
		);
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 151, AGR),
			Error::<Test>::TooMuchRepay
		);
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, DOT_K),
			Error::<Test>::InsufficientCollateral
		);
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, AGR, 10, AGR),
			Error::<Test>::NoBorrow
		);
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));
		// $750 × 1.08 = $810 of AGR at $1.80 = 450 lend tokens.
		System::assert_last_event(
			Event::Liquidated {
				liquidator: LIQUIDATOR,
				borrower: ALICE,
				asset: DOT_K,
				repaid: 150,
				collateral: AGR,
				seized: 450,
			}
			.into(),
		);
		assert_eq!(shares(L_AGR, ALICE), 550);
		assert_eq!(shares(L_AGR, LIQUIDATOR), 450);
		assert_eq!(dot(LIQUIDATOR), 1_000_000 - 150);
		assert_eq!(Lending::borrow_balance(&market(DOT_K), DOT_K, &ALICE), 150);
		// The liquidator redeems the seized tokens for AGR.
		assert_ok!(Lending::redeem(o(LIQUIDATOR), AGR, 450));
		assert_eq!(Balances::free_balance(LIQUIDATOR), 1_000_000 + 450);
		set_price(DOT_K, None);
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR),
			Error::<Test>::NoPrice
		);
	});
}

#[test]
fn reserves_are_added_by_anyone_and_reduced_by_governance() {
	run(|| {
		assert_ok!(Lending::add_reserves(o(ALICE), DOT_K, 100));
		System::assert_last_event(
			Event::ReservesAdded { who: ALICE, asset: DOT_K, amount: 100 }.into(),
		);
		assert_eq!((market(DOT_K).cash, market(DOT_K).total_reserves), (100, 100));
		assert_noop!(Lending::reduce_reserves(o(ALICE), DOT_K, 50, BOB), BadOrigin);
		assert_noop!(
			Lending::reduce_reserves(RuntimeOrigin::root(), DOT_K, 101, BOB),
			Error::<Test>::InsufficientReserves
		);
		assert_ok!(Lending::reduce_reserves(RuntimeOrigin::root(), DOT_K, 60, BOB));
		assert_eq!(dot(BOB), 1_000_060);
		assert_eq!(market(DOT_K).total_reserves, 40);
		assert_noop!(Lending::add_reserves(o(ALICE), DOT_K, 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn rewards_accrue_per_second_and_are_paid_from_the_pot() {
	run(|| {
		let mut params = market(DOT_K).params;
		params.supply_reward_speed = 10;
		params.borrow_reward_speed = 4;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, params));
		positions();
		assert_ok!(Lending::supply(o(LIQUIDATOR), DOT_K, 30_000));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 100));
		at(100);
		// Bob holds a quarter of the lend tokens: 250 of the 1,000 supply rewards.
		assert_eq!(Lending::pending_rewards(&BOB), 250);
		// Alice is the only borrower: all 400 borrow rewards.
		assert_eq!(Lending::pending_rewards(&ALICE), 400);
		assert_noop!(Lending::claim_rewards(o(BOB)), Error::<Test>::NoRewards);
		// The pot holds 300 (and keeps its existential deposit).
		assert_ok!(Balances::transfer_allow_death(o(9), Lending::reward_pot(), 301));
		assert_ok!(Lending::claim_rewards(o(BOB)));
		System::assert_last_event(Event::RewardsClaimed { who: BOB, amount: 250 }.into());
		assert_ok!(Lending::claim_rewards(o(ALICE)));
		System::assert_last_event(Event::RewardsClaimed { who: ALICE, amount: 50 }.into());
		assert_eq!(RewardsAccrued::<Test>::get(ALICE), 350, "the rest stays owed");
		assert_eq!(Balances::free_balance(Lending::reward_pot()), 1);
	});
}

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 100));
		assert_ok!(Lending::do_try_state());
		Borrows::<Test>::insert(DOT_K, BOB, 5);
		assert!(Lending::do_try_state().is_err());
		Borrows::<Test>::remove(DOT_K, BOB);
		Markets::<Test>::mutate(DOT_K, |m| m.as_mut().unwrap().cash = 10_000_000);
		assert!(Lending::do_try_state().is_err());
	});
}

/// Random sequences of calls, price moves and time: every call either succeeds or changes
/// nothing, the invariants hold after each step, and no account in shortfall has borrowed.
mod properties {
	use super::*;
	use proptest::prelude::*;
	use sp_runtime::traits::Dispatchable;

	#[derive(Clone, Debug)]
	enum Op {
		Supply { who: u64, dot: bool, amount: u128 },
		Redeem { who: u64, dot: bool, shares: u128 },
		Borrow { who: u64, dot: bool, amount: u128 },
		Repay { who: u64, dot: bool, amount: u128 },
		Collateral { who: u64, dot: bool, on: bool },
		Liquidate { who: u64, dot: bool, amount: u128 },
		Price { dot: bool, tenths: u128 },
		Wait { seconds: u64 },
	}

	fn kind(dot: bool) -> AssetKind {
		if dot {
			DOT_K
		} else {
			AGR
		}
	}

	fn op() -> impl Strategy<Value = Op> {
		let who = 1u64..5;
		prop_oneof![
			4 => (who.clone(), any::<bool>(), 0u128..20_000)
				.prop_map(|(who, dot, amount)| Op::Supply { who, dot, amount }),
			2 => (who.clone(), any::<bool>(), 0u128..20_000)
				.prop_map(|(who, dot, shares)| Op::Redeem { who, dot, shares }),
			4 => (who.clone(), any::<bool>(), 0u128..10_000)
				.prop_map(|(who, dot, amount)| Op::Borrow { who, dot, amount }),
			2 => (who.clone(), any::<bool>(), 0u128..10_000)
				.prop_map(|(who, dot, amount)| Op::Repay { who, dot, amount }),
			2 => (who.clone(), any::<bool>(), any::<bool>())
				.prop_map(|(who, dot, on)| Op::Collateral { who, dot, on }),
			2 => (who, any::<bool>(), 0u128..5_000)
				.prop_map(|(who, dot, amount)| Op::Liquidate { who, dot, amount }),
			2 => (any::<bool>(), 5u128..80).prop_map(|(dot, tenths)| Op::Price { dot, tenths }),
			2 => (0u64..10_000_000).prop_map(|seconds| Op::Wait { seconds }),
		]
	}

	fn apply(op: &Op) -> DispatchResult {
		let (origin, call) = match *op {
			Op::Supply { who, dot, amount } => (o(who), Call::supply { asset: kind(dot), amount }),
			Op::Redeem { who, dot, shares } => (o(who), Call::redeem { asset: kind(dot), shares }),
			Op::Borrow { who, dot, amount } => (o(who), Call::borrow { asset: kind(dot), amount }),
			Op::Repay { who, dot, amount } => (o(who), Call::repay { asset: kind(dot), amount }),
			Op::Collateral { who, dot, on: true } => {
				(o(who), Call::enable_collateral { asset: kind(dot) })
			},
			Op::Collateral { who, dot, on: false } => {
				(o(who), Call::disable_collateral { asset: kind(dot) })
			},
			Op::Liquidate { who, dot, amount } => (
				o(LIQUIDATOR + 5),
				Call::liquidate { borrower: who, asset: kind(dot), amount, collateral: kind(!dot) },
			),
			Op::Price { dot, tenths } => {
				set_price(kind(dot), Some(p(tenths, 10)));
				return Ok(());
			},
			Op::Wait { seconds } => {
				pallet_timestamp::Now::<Test>::mutate(|t| *t += seconds * 1_000);
				return Ok(());
			},
		};
		RuntimeCall::Lending(call).dispatch(origin).map(|_| ()).map_err(|e| e.error)
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

		#[test]
		fn random_calls_keep_markets_consistent(ops in prop::collection::vec(op(), 1..60)) {
			new_test_ext().execute_with(|| {
				for op in &ops {
					let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
					match apply(op) {
						Err(_) => prop_assert_eq!(
							before,
							sp_io::storage::root(sp_runtime::StateVersion::V1),
							"a failed {:?} changed state",
							op
						),
						Ok(()) => {
							if let Op::Borrow { who, .. } = op {
								let l = Lending::account_liquidity(who).unwrap();
								prop_assert_eq!(l.shortfall, 0, "{:?} left a shortfall", op);
							}
						},
					}
					if let Err(e) = Lending::do_try_state() {
						return Err(TestCaseError::fail(format!("after {op:?}: {e:?}")));
					}
				}
				Ok(())
			})?;
		}
	}
}
