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
		// $750 × 1.08 = $810 of AGR at $1.80 = 450 lend tokens; the protocol's 2.8 % of them,
		// ⌈12.6⌉ = 13, is burned into the AGR market's reserves (within the bonus: 450 − ⌈$750
		// / $1.80⌉ = 33 tokens); the liquidator gets 437.
		System::assert_last_event(
			Event::Liquidated {
				liquidator: LIQUIDATOR,
				borrower: ALICE,
				asset: DOT_K,
				repaid: 150,
				collateral: AGR,
				seized: 450,
				protocol_seized: 13,
				to_reserves: 13,
			}
			.into(),
		);
		assert_eq!(shares(L_AGR, ALICE), 550);
		assert_eq!(shares(L_AGR, LIQUIDATOR), 437);
		assert_eq!(market(AGR).total_reserves, 13);
		assert_eq!(Lending::exchange_rate(&market(AGR)), Ratio::one());
		assert_eq!(dot(LIQUIDATOR), 1_000_000 - 150);
		assert_eq!(Lending::borrow_balance(&market(DOT_K), DOT_K, &ALICE), 150);
		// The liquidator redeems the seized tokens for AGR.
		assert_ok!(Lending::redeem(o(LIQUIDATOR), AGR, 437));
		assert_eq!(Balances::free_balance(LIQUIDATOR), 1_000_000 + 437);
		// Without a price, the DOT borrow counts as nothing at liquidation: a shortfall must
		// show without it.
		set_price(DOT_K, None);
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR),
			Error::<Test>::NotInShortfall
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

/// Compound's BaseJumpRateModelV2, ported line by line (mantissas scaled by 1e18, integer
/// division), with one block per second.
mod compound {
	pub const BASE: u128 = 1_000_000_000_000_000_000;
	pub const BLOCKS_PER_YEAR: u128 = crate::SECONDS_PER_YEAR as u128;

	pub struct JumpRateModelV2 {
		base_rate_per_block: u128,
		multiplier_per_block: u128,
		jump_multiplier_per_block: u128,
		kink: u128,
	}

	impl JumpRateModelV2 {
		pub fn new(
			base_per_year: u128,
			multiplier_per_year: u128,
			jump_per_year: u128,
			kink: u128,
		) -> Self {
			JumpRateModelV2 {
				base_rate_per_block: base_per_year / BLOCKS_PER_YEAR,
				multiplier_per_block: (multiplier_per_year * BASE) / (BLOCKS_PER_YEAR * kink),
				jump_multiplier_per_block: jump_per_year / BLOCKS_PER_YEAR,
				kink,
			}
		}

		pub fn utilization_rate(cash: u128, borrows: u128, reserves: u128) -> u128 {
			if borrows == 0 {
				return 0;
			}
			(borrows * BASE) / (cash + borrows - reserves)
		}

		pub fn get_borrow_rate(&self, cash: u128, borrows: u128, reserves: u128) -> u128 {
			let util = Self::utilization_rate(cash, borrows, reserves);
			if util <= self.kink {
				(util * self.multiplier_per_block) / BASE + self.base_rate_per_block
			} else {
				let normal_rate =
					(self.kink * self.multiplier_per_block) / BASE + self.base_rate_per_block;
				let excess_util = util - self.kink;
				(excess_util * self.jump_multiplier_per_block) / BASE + normal_rate
			}
		}

		pub fn get_supply_rate(
			&self,
			cash: u128,
			borrows: u128,
			reserves: u128,
			reserve_factor: u128,
		) -> u128 {
			let one_minus_reserve_factor = BASE - reserve_factor;
			let borrow_rate = self.get_borrow_rate(cash, borrows, reserves);
			let rate_to_pool = borrow_rate * one_minus_reserve_factor / BASE;
			Self::utilization_rate(cash, borrows, reserves) * rate_to_pool / BASE
		}
	}
}

#[test]
fn the_interest_model_matches_compounds_jump_rate_model_v2() {
	use compound::{JumpRateModelV2, BASE, BLOCKS_PER_YEAR};
	// Compound's mainnet USDC-like parameters, our default, and a steep one.
	let models = [
		(0, 40_000_000_000_000_000, 1_090_000_000_000_000_000, 800_000_000_000_000_000),
		(20_000_000_000_000_000, 80_000_000_000_000_000, 3 * BASE, 800_000_000_000_000_000),
		(50_000_000_000_000_000, 300_000_000_000_000_000, 5 * BASE, 450_000_000_000_000_000),
	];
	let books = [
		(1_000_000u128, 0u128, 0u128),
		(1_000_000, 250_000, 10_000),
		(200_000, 800_000, 0),
		(100_000, 900_000, 5_000),
		(1, 999_999, 0),
		(0, 1_000, 0),
	];
	for (base, multiplier, jump, kink) in models {
		let theirs = JumpRateModelV2::new(base, multiplier, jump, kink);
		let ours = InterestModel {
			base_rate: Ratio::from_inner(base),
			multiplier: Ratio::from_inner(multiplier),
			jump_multiplier: Ratio::from_inner(jump),
			kink: Ratio::from_inner(kink),
		};
		if kink == 800_000_000_000_000_000 && base > 0 {
			assert_eq!(ours, InterestModel::default());
		}
		for (cash, borrows, reserves) in books {
			let u = utilization(cash, borrows, reserves);
			assert_eq!(u.into_inner(), JumpRateModelV2::utilization_rate(cash, borrows, reserves));
			// Per second (= per block): Compound truncates each per-block constant, so the two
			// differ by at most a few units of 10⁻¹⁸ a second.
			let per_second = ours.borrow_rate(u).into_inner() / BLOCKS_PER_YEAR;
			let compound = theirs.get_borrow_rate(cash, borrows, reserves);
			assert!(per_second.abs_diff(compound) <= 3, "{per_second} vs {compound} at {u:?}");
			let reserve_factor = 100_000_000_000_000_000;
			let supply = ours.supply_rate(u, Ratio::from_inner(reserve_factor)).into_inner()
				/ BLOCKS_PER_YEAR;
			let compound = theirs.get_supply_rate(cash, borrows, reserves, reserve_factor);
			assert!(supply.abs_diff(compound) <= 3, "{supply} vs {compound} at {u:?}");
		}
	}
}

#[test]
fn liquidation_can_be_paused_and_overflows_are_refused() {
	run(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		set_price(AGR, Some(p(18, 10)));
		let mut params = market(DOT_K).params;
		params.paused.liquidate = true;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, params));
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR),
			Error::<Test>::Paused
		);
		// Audit finding 10: pauses are independent. Liquidation ran through the repay path and
		// stopped when repaying was paused; now pausing repayments leaves liquidation on.
		params.paused.liquidate = false;
		params.paused.repay = true;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, params));
		assert_noop!(Lending::repay(o(ALICE), DOT_K, 10), Error::<Test>::Paused);
		assert_noop!(Lending::repay_on_behalf(o(BOB), ALICE, DOT_K, 10), Error::<Test>::Paused);
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR));
		// Supplying beyond what the books can count overflows instead of wrapping.
		assert_noop!(Lending::supply(o(BOB), DOT_K, u128::MAX), Error::<Test>::Overflow);
		assert_noop!(Lending::add_reserves(o(BOB), DOT_K, u128::MAX), Error::<Test>::Overflow);
	});
}

/// Uploads a linear borrower-score model `score = Σ cᵢ xᵢ` (coefficients in quarters) and makes
/// it the score model, with the boost switch as told.
fn use_score_model(quarters: [i64; 5], boost_enabled: bool, max_boost: Ratio) {
	use agora_primitives::recommender::Fixed;
	let id = pallet_recommender::testing::upload_linear::<Test>(
		RuntimeOrigin::root(),
		"borrower score",
		&agora_primitives::lending::BORROWER_FEATURES,
		quarters.map(|q| Fixed::from_rational(q, 4).unwrap()).to_vec(),
		9,
	)
	.unwrap();
	let params = LendingParams {
		score_model: Some(id),
		boost_enabled,
		max_boost,
		..Parameters::<Test>::get()
	};
	assert_ok!(Lending::set_params(RuntimeOrigin::root(), params));
	System::assert_last_event(Event::ParamsSet { params }.into());
}

fn features(who: u64) -> Vec<i64> {
	Lending::recommend(&who).unwrap().features.iter().map(|f| f.floor_int()).collect()
}

#[test]
fn governance_sets_the_borrower_score_parameters_within_bounds() {
	run(|| {
		let defaults = Parameters::<Test>::get();
		assert_eq!(defaults, LendingParams::default());
		assert!(!defaults.boost_enabled, "the boost is off by default");
		assert_noop!(Lending::set_params(o(ALICE), defaults), BadOrigin);
		let greedy = LendingParams { max_boost: p(11, 100), ..defaults };
		assert_noop!(
			Lending::set_params(RuntimeOrigin::root(), greedy),
			Error::<Test>::InvalidParams
		);
		let reckless = LendingParams { safe_margin: p(1, 1), ..defaults };
		assert_noop!(
			Lending::set_params(RuntimeOrigin::root(), reckless),
			Error::<Test>::InvalidParams
		);
		let params = LendingParams { max_boost: p(10, 100), boost_enabled: true, ..defaults };
		assert_ok!(Lending::set_params(RuntimeOrigin::root(), params));
		assert_eq!(Parameters::<Test>::get(), params);
		assert_eq!(Pallet::<Test>::score_weight(), Weight::zero(), "no model: nothing to weigh");
	});
}

#[test]
fn the_borrower_score_sees_credentials_history_age_and_utilization() {
	run(|| {
		positions();
		// No model: the features are shown, the score is not.
		let r = Lending::recommend(&ALICE).unwrap();
		assert_eq!(r.score, None);
		assert_eq!(features(ALICE), vec![0, 0, 0, 0, 0]);
		// Capacity $1,500 × (1 − 20 % margin) = $1,200: 240 DOT or 600 AGR.
		assert_eq!(r.safe_borrow_value, 1_200);
		let mut safe = r.safe_borrow.clone();
		safe.sort();
		assert_eq!(safe, vec![(AGR, 600), (DOT_K, 240)]);
		assert_eq!(r.collateral_boost, p(0, 1));

		set_credentials(ALICE, 9);
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 150));
		// Audit finding 10: only the borrower's own repayments of at least 10 % of what it owes
		// count; a planck, or a friend's payment, does not.
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 1));
		assert_ok!(Lending::repay_on_behalf(o(BOB), ALICE, DOT_K, 100));
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().repayments, 0);
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 4));
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().repayments, 0, "4 < 10 % of 49");
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 5));
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().repayments, 1, "5 ≥ 10 % of 45");
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 90));
		at(3 * 24 * 60 * 60);
		// At most MaxCredentialsCounted (4) credentials count; one repayment; three days;
		// about half the capacity used.
		let f = Lending::recommend(&ALICE).unwrap().features;
		assert_eq!(f[..4].iter().map(|x| x.floor_int()).collect::<Vec<_>>(), vec![4, 1, 0, 3]);
		use agora_primitives::recommender::Fixed;
		assert!(f[4] > Fixed::ZERO && f[4] < Fixed::HALF, "{:?}", f[4]);

		// A liquidation is remembered.
		set_price(AGR, Some(p(1, 2)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR));
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().liquidations, 1);
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().repayments, 1);
		assert_eq!(Borrowers::<Test>::get(ALICE).unwrap().first_seen, NOW);
		// In shortfall: nothing more is safe to borrow.
		assert_eq!(Lending::recommend(&ALICE).unwrap().safe_borrow_value, 0);
		set_price(DOT_K, None);
		assert_eq!(
			Lending::recommend(&ALICE),
			Err(agora_primitives::lending::LiquidityError::NoPrice)
		);
	});
}

#[test]
fn a_good_score_raises_the_collateral_factor_only_when_switched_on() {
	run(|| {
		positions();
		// Score = credentials / 4: two credentials score 0.5.
		set_credentials(ALICE, 2);
		use_score_model([1, 0, 0, 0, 0], false, p(10, 100));
		let r = Lending::recommend(&ALICE).unwrap();
		let score = r.score.expect("the model answers");
		assert_eq!(score.model_id, 0);
		assert_eq!(score.score, agora_primitives::recommender::Fixed::HALF);
		assert!(!r.boost_enabled);
		assert_eq!(r.collateral_boost, p(0, 1), "the switch is off");
		// Off: the plain 75 % allows 300 DOT.
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 301), Error::<Test>::InsufficientLiquidity);

		use_score_model([1, 0, 0, 0, 0], true, p(10, 100));
		assert!(Pallet::<Test>::score_weight().ref_time() > 0, "the score is weighed");
		// On: 75 % + 0.5 × 10 % = 80 % of $2,000 = $1,600 = 320 DOT.
		let r = Lending::recommend(&ALICE).unwrap();
		assert_eq!(r.collateral_boost, p(5, 100));
		assert_eq!(r.liquidity.collateral_value, 1_600);
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 320));
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 1), Error::<Test>::InsufficientLiquidity);
		// Liquidation still uses the threshold (80 %): not liquidatable at the same prices.
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, AGR),
			Error::<Test>::NotInShortfall
		);
		// A perfect score cannot push the factor beyond the liquidation threshold.
		set_credentials(ALICE, 4);
		assert_eq!(Lending::recommend(&ALICE).unwrap().collateral_boost, p(10, 100));
		assert_eq!(Lending::account_liquidity(&ALICE).unwrap().collateral_value, 1_600);
		// Bob, without credentials, scores 0 and gets no boost.
		assert_ok!(Lending::supply(o(BOB), AGR, 1_000));
		assert_ok!(Lending::enable_collateral(o(BOB), AGR));
		assert_noop!(Lending::borrow(o(BOB), DOT_K, 301), Error::<Test>::InsufficientLiquidity);
		assert_ok!(Lending::borrow(o(BOB), DOT_K, 300));
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
		Boost { on: bool },
		Credentials { who: u64, n: u32 },
		Isolation { ceiling: Option<u128> },
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
			1 => any::<bool>().prop_map(|on| Op::Boost { on }),
			1 => (1u64..5, 0u32..6).prop_map(|(who, n)| Op::Credentials { who, n }),
			1 => prop::option::of(0u128..20_000).prop_map(|ceiling| Op::Isolation { ceiling }),
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
			Op::Boost { on } => (
				RuntimeOrigin::root(),
				Call::set_params {
					params: LendingParams { boost_enabled: on, ..Parameters::<Test>::get() },
				},
			),
			Op::Credentials { who, n } => {
				set_credentials(who, n);
				return Ok(());
			},
			// DOT isolated, or not (AGR is borrowable in isolation).
			Op::Isolation { ceiling } => {
				let dot = MarketParams {
					isolation_ceiling: ceiling,
					..Markets::<Test>::get(DOT_K).unwrap().params
				};
				(RuntimeOrigin::root(), Call::set_market { asset: DOT_K, params: dot })
			},
		};
		RuntimeCall::Lending(call).dispatch(origin).map(|_| ()).map_err(|e| e.error)
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

		#[test]
		fn random_calls_keep_markets_consistent(
			isolated in any::<bool>(),
			ops in prop::collection::vec(op(), 1..60),
		) {
			new_test_ext().execute_with(|| {
				// Score = credentials / 4, boosting by up to 10 % when switched on.
				use_score_model([1, 0, 0, 0, 0], false, p(10, 100));
				let agr = MarketParams { borrowable_in_isolation: true, ..market(AGR).params };
				assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, agr));
				if isolated {
					let dot = MarketParams { isolation_ceiling: Some(5_000), ..market(DOT_K).params };
					assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, dot));
				}
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
								// A boosted factor never passes the liquidation threshold.
								let t = Lending::liquidity_with(who, true, None).unwrap();
								prop_assert_eq!(t.shortfall, 0, "{:?} is liquidatable at once", op);
								// An isolated borrow stays within its collateral's ceiling.
								if let Some(x) = IsolatedIn::<Test>::get(who) {
									if let Some(c) = market(x).params.isolation_ceiling {
										let debt = Lending::isolated_debt(x, None).unwrap();
										prop_assert!(debt <= c, "{:?}: {} > {}", op, debt, c);
									}
								}
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

/// Audit finding 8: a borrower near shortfall supplied a sliver of an asset without a price and
/// enabled it as collateral; every liquidation then failed with `NoPrice`. At liquidation,
/// collateral without a price now counts as nothing.
#[test]
fn unpriced_collateral_counts_as_nothing_at_liquidation() {
	run(|| {
		use frame_support::traits::fungibles::Mutate;
		let gold = AssetKind::Asset(7);
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), 7, 9, true, 1));
		assert_ok!(Assets::mint_into(7, &ALICE, 100));
		let params = MarketParams::with_collateral_factor(p(1, 2));
		assert_ok!(Lending::add_market(RuntimeOrigin::root(), gold, 102, params));
		set_price(gold, Some(p(1, 1)));
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// The attack: one planck of gold as collateral, then gold loses its price.
		assert_ok!(Lending::supply(o(ALICE), gold, 1));
		assert_ok!(Lending::enable_collateral(o(ALICE), gold));
		set_price(gold, None);
		set_price(AGR, Some(p(18, 10)));
		// Seizing the unpriced collateral itself is refused: it has no value to seize by.
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 10, gold),
			Error::<Test>::NoPrice
		);
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));
		// Borrowing and redeeming still need every price.
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 1), Error::<Test>::NoPrice);
	});
}

/// Audit finding 2 (dss OSM): liquidation waits for the delayed price; borrowing values
/// collateral at the lower and debt at the higher of the price and the delayed price.
#[test]
fn liquidation_uses_the_delayed_price_and_borrowing_the_cautious_one() {
	run(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// AGR falls to $1.80 but the delayed price is still $2: no liquidation yet.
		set_price(AGR, Some(p(18, 10)));
		set_delayed_price(AGR, Some(p(2, 1)));
		assert_noop!(
			Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR),
			Error::<Test>::NotInShortfall
		);
		// Nor more borrowing: capacity at $1.80 is 1,000 × 1.8 × 0.75 = $1,350 < $1,500.
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 1), Error::<Test>::InsufficientLiquidity);
		set_delayed_price(AGR, Some(p(18, 10)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));

		// A spike of the borrowed asset's price counts at once against a borrower, a spike
		// of the collateral's only once delayed.
		set_price(AGR, Some(p(4, 1)));
		set_delayed_price(AGR, Some(p(18, 10)));
		let before = Lending::account_liquidity(&ALICE).unwrap();
		set_delayed_price(AGR, Some(p(4, 1)));
		let after = Lending::account_liquidity(&ALICE).unwrap();
		assert!(before.collateral_value < after.collateral_value);
		set_price(DOT_K, Some(p(4, 1)));
		set_delayed_price(DOT_K, Some(p(5, 1)));
		assert_eq!(Lending::account_liquidity(&ALICE).unwrap().borrow_value, after.borrow_value);
	});
}

// ---- Issue 15, finding 9: dust borrows and underwater remainders ----

#[test]
fn a_one_planck_borrow_is_liquidated_whole() {
	// Attack (before the fix): `owed × close factor` of a 1-planck borrow rounds to 0, so no
	// liquidation could ever repay it: a dust position stayed in shortfall for ever.
	run(|| {
		assert_ok!(Lending::supply(o(BOB), DOT_K, 10_000));
		assert_ok!(Lending::supply(o(ALICE), AGR, 4));
		assert_ok!(Lending::enable_collateral(o(ALICE), AGR));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 1));
		// AGR at $1.50: 4 × 1.5 × 0.8 = 4.8 < $5 borrowed.
		set_price(AGR, Some(p(3, 2)));
		assert_eq!(Lending::max_close(&market(DOT_K), 1), 1);
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 1, AGR));
		assert_eq!(Borrows::<Test>::get(DOT_K, ALICE), None);
	});
}

#[test]
fn a_minimum_borrow_refuses_dust_and_closes_what_would_be_left_whole() {
	run(|| {
		positions();
		let mut params = market(DOT_K).params;
		params.min_borrow = 20;
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, params));
		// No dust borrow (and no score farming with 1-planck loans).
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 19), Error::<Test>::BelowMinBorrow);
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 20));
		// The total owed is above the minimum: a small top-up is fine.
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 1));
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 21));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// Repaying may leave less than the minimum; a liquidation then closes it whole.
		assert_ok!(Lending::repay(o(ALICE), DOT_K, 270));
		assert_eq!(Lending::max_close(&market(DOT_K), 30), 30, "15 left would be dust");
		assert_eq!(Lending::max_close(&market(DOT_K), 300), 150);
	});
}

#[test]
fn an_emptied_account_leaves_its_debt_to_the_reserves() {
	// Attack (before the fix): an underwater account kept its debt after its collateral was
	// gone (the last lend tokens could not even be seized: worth less than the incentive), so
	// the exchange rate counted a borrow nobody would repay and the last suppliers to leave
	// found no cash.
	run(|| {
		positions();
		assert_ok!(Lending::add_reserves(o(BOB), DOT_K, 50));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// AGR crashes to $1: $1,000 of collateral for $1,500 of debt.
		set_price(AGR, Some(p(1, 1)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));
		// $750 × 1.08 = 810 of the 1,000 lend tokens; 190 left for 150 DOT ($750) owed.
		assert_eq!(shares(L_AGR, ALICE), 190);
		let rate = Lending::exchange_rate(&market(DOT_K));
		// The next liquidation takes the last 190 for 75 DOT, less than its incentive.
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 75, AGR));
		assert_eq!(shares(L_AGR, ALICE), 0);
		// The 75 DOT still owed are written off: 50 from the reserves, 25 a loss to suppliers.
		System::assert_last_event(
			Event::DebtAbsorbed { borrower: ALICE, asset: DOT_K, amount: 75, from_reserves: 50 }
				.into(),
		);
		assert_eq!(Borrows::<Test>::get(DOT_K, ALICE), None);
		assert_eq!(market(DOT_K).total_reserves, 0);
		assert!(Lending::exchange_rate(&market(DOT_K)) < rate, "the loss shows at once");
	});
}

#[test]
fn a_borrower_keeping_a_supply_aside_is_not_forgiven() {
	// Attack: a borrower keeps lend tokens it never enabled as collateral, lets a friend seize
	// its collateral, and has the rest of its debt written off while keeping that supply.
	run(|| {
		positions();
		assert_ok!(Lending::supply(o(ALICE), DOT_K, 100));
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		set_price(AGR, Some(p(1, 1)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 75, AGR));
		assert_eq!(shares(L_AGR, ALICE), 0);
		assert_eq!(Lending::borrow_balance(&market(DOT_K), DOT_K, &ALICE), 75, "still owed");
	});
}

/// Compound's `protocolSeizeShare`, attacked: a share set above the liquidation bonus would
/// leave the liquidator less than it repaid, so nobody would liquidate and bad debt would grow.
/// The protocol's cut stops at the bonus; an underwater account's last collateral (worth less
/// than the repayment) pays no cut at all. The exchange rate never falls.
#[test]
fn the_protocol_seize_share_never_takes_the_value_the_liquidator_repaid() {
	run(|| {
		positions();
		assert_ok!(Lending::borrow(o(ALICE), DOT_K, 300));
		// A share that leaves this market's own liquidators no bonus is refused: with the 8 %
		// incentive, 1.08 × (1 − 10 %) < 1.
		let share = |s: Ratio, incentive: Ratio| MarketParams {
			protocol_seize_share: s,
			liquidation_incentive: incentive,
			..MarketParams::with_collateral_factor(p(75, 100))
		};
		// (No share at all is valid even without a bonus.)
		assert_ok!(Lending::set_market(
			RuntimeOrigin::root(),
			AGR,
			share(Ratio::zero(), Ratio::one())
		));
		for s in [p(10, 100), Ratio::one()] {
			assert_noop!(
				Lending::set_market(RuntimeOrigin::root(), AGR, share(s, p(108, 100))),
				Error::<Test>::InvalidParams
			);
		}
		// AGR's own liquidations pay a 20 % bonus, so a 15 % share is valid for them; a DOT
		// borrow (8 % incentive) liquidated against AGR would leave nothing but for the cap.
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, share(p(15, 100), p(12, 10))));
		set_price(AGR, Some(p(18, 10)));
		let rate = Lending::exchange_rate(&market(AGR));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 150, AGR));
		// 15 % of 450 would be 68; the bonus is 450 − 417 = 33 tokens, the protocol takes 16.
		assert_eq!(shares(L_AGR, LIQUIDATOR), 434);
		assert!(mul(434, p(18, 10), sp_arithmetic::Rounding::Down) > 150 * 5);
		assert_eq!(market(AGR).total_reserves, 16);
		assert!(Lending::exchange_rate(&market(AGR)) >= rate);

		// AGR crashes to $0.50: Alice's 550 tokens ($275) are worth less than the 75 DOT
		// ($375) a liquidation may repay of her 150.
		set_price(AGR, Some(p(5, 10)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), ALICE, DOT_K, 75, AGR));
		assert_eq!(shares(L_AGR, ALICE), 0);
		assert_eq!(shares(L_AGR, LIQUIDATOR), 434 + 550, "no cut from an underwater account");
		assert_eq!(market(AGR).total_reserves, 16);
	});
}

/// Makes DOT an isolated collateral with a $1,000 ceiling and AGR borrowable in isolation.
fn isolate_dot(ceiling: Option<u128>) {
	let dot = MarketParams {
		isolation_ceiling: ceiling,
		..MarketParams::with_collateral_factor(p(50, 100))
	};
	assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, dot));
	let agr = MarketParams {
		borrowable_in_isolation: true,
		..MarketParams::with_collateral_factor(p(75, 100))
	};
	assert_ok!(Lending::set_market(RuntimeOrigin::root(), AGR, agr));
}

/// Aave's isolation mode, attacked by a sybil: DOT is a new, risky collateral isolated with a
/// $1,000 ceiling. Alice's 1,000 DOT ($5,000 at a 50 % factor) could back $2,500; the ceiling
/// stops her at $1,000, and a second account isolated in DOT cannot borrow past it either: the
/// ceiling is the collateral's, not the account's. Repaying frees it; a liquidation too.
#[test]
fn an_isolated_collateral_is_borrowed_against_only_up_to_its_ceiling() {
	const CAROL: u64 = 4;
	run(|| {
		isolate_dot(Some(1_000));
		assert_ok!(Lending::supply(o(BOB), AGR, 100_000));
		assert_ok!(Lending::supply(o(ALICE), DOT_K, 1_000));
		assert_ok!(Lending::enable_collateral(o(ALICE), DOT_K));
		assert_eq!(IsolatedIn::<Test>::get(ALICE), Some(DOT_K));
		System::assert_has_event(Event::IsolationEntered { who: ALICE, collateral: DOT_K }.into());
		// 400 AGR at $2: $800 of the $1,000.
		assert_ok!(Lending::borrow(o(ALICE), AGR, 400));
		assert_eq!(Lending::isolated_debt(DOT_K, None), Ok(800));
		assert_noop!(Lending::borrow(o(ALICE), AGR, 101), Error::<Test>::IsolationCeilingExceeded);
		// DOT itself is not borrowable in isolation.
		assert_ok!(Lending::supply(o(BOB), DOT_K, 10_000));
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 10), Error::<Test>::NotBorrowableInIsolation);
		// A sybil: Carol isolates in DOT too; together they stay within the ceiling.
		assert_ok!(Lending::supply(o(CAROL), DOT_K, 1_000));
		assert_ok!(Lending::enable_collateral(o(CAROL), DOT_K));
		assert_noop!(Lending::borrow(o(CAROL), AGR, 101), Error::<Test>::IsolationCeilingExceeded);
		assert_ok!(Lending::borrow(o(CAROL), AGR, 100));
		assert_eq!(Lending::isolated_debt(DOT_K, None), Ok(1_000));
		// Repaying frees the ceiling.
		assert_ok!(Lending::repay(o(ALICE), AGR, 150));
		assert_eq!(Lending::isolated_debt(DOT_K, None), Ok(700));
		assert_ok!(Lending::borrow(o(CAROL), AGR, 150));
		assert_eq!(Lending::isolated_debt(DOT_K, None), Ok(1_000));
		// Interest counts: a year later the same borrows need more of the ceiling.
		at(365 * 24 * 3600);
		assert!(Lending::isolated_debt(DOT_K, None).unwrap() > 800);
		// DOT crashes; a liquidation takes all of Carol's DOT and her debt is written off: her
		// isolated debt leaves the books.
		set_price(DOT_K, Some(p(1, 10)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), CAROL, AGR, 125, DOT_K));
		assert_eq!(shares(L_DOT, CAROL), 0);
		assert_eq!(Borrows::<Test>::get(AGR, CAROL), None);
		assert_eq!(IsolatedBorrows::<Test>::iter_prefix(DOT_K).count(), 1);
		// Lifting the ceiling lets Alice borrow what her collateral backs (she stays isolated).
		set_price(DOT_K, Some(p(5, 1)));
		isolate_dot(None);
		assert_ok!(Lending::borrow(o(ALICE), AGR, 700));
		assert_noop!(Lending::borrow(o(ALICE), DOT_K, 10), Error::<Test>::NotBorrowableInIsolation);
	});
}

/// Isolation is exclusive, attacked from both sides: an account isolated in DOT cannot add AGR
/// as collateral, and an account with AGR collateral cannot add DOT. Nor does a DOT collateral
/// enabled before DOT was isolated (with no tokens yet) count: isolated collateral counts only
/// for the accounts isolated in it. Turning isolation on needs a market no collateral counts on
/// (here: an empty one); leaving isolation needs nothing owed.
#[test]
fn isolation_is_exclusive_and_entered_only_from_an_empty_position() {
	const CAROL: u64 = 4;
	run(|| {
		// Carol enables DOT and AGR while DOT is not isolated, then DOT is isolated.
		assert_ok!(Lending::enable_collateral(o(CAROL), DOT_K));
		assert_ok!(Lending::supply(o(CAROL), AGR, 100));
		assert_ok!(Lending::enable_collateral(o(CAROL), AGR));
		isolate_dot(Some(1_000_000));
		assert_ok!(Lending::supply(o(CAROL), DOT_K, 10_000));
		// Her $50,000 of DOT counts for nothing: only her AGR ($200 × 75 %). It can still be
		// seized, being collateral she enabled: she borrows 20 DOT ($100), AGR falls to $0.50,
		// and a liquidator may take DOT lend tokens (else they would keep her debt from ever
		// being written off once her AGR is gone).
		assert_eq!(Lending::account_liquidity(&CAROL).unwrap().collateral_value, 150);
		assert_eq!(IsolatedIn::<Test>::get(CAROL), None);
		assert_ok!(Lending::borrow(o(CAROL), DOT_K, 20));
		set_price(AGR, Some(p(5, 10)));
		assert_ok!(Lending::liquidate(o(LIQUIDATOR), CAROL, DOT_K, 10, DOT_K));
		assert!(shares(L_DOT, LIQUIDATOR) > 0);
		set_price(AGR, Some(p(2, 1)));

		// Alice uses AGR: she cannot add DOT.
		positions();
		assert_ok!(Lending::supply(o(ALICE), DOT_K, 100));
		assert_noop!(
			Lending::enable_collateral(o(ALICE), DOT_K),
			Error::<Test>::CollateralIsolated
		);
		// Bob owes nothing and uses no collateral: he isolates in DOT, and cannot add AGR.
		assert_ok!(Lending::supply(o(BOB), AGR, 100));
		assert_ok!(Lending::enable_collateral(o(BOB), DOT_K));
		assert_noop!(Lending::enable_collateral(o(BOB), AGR), Error::<Test>::CollateralIsolated);
		assert_ok!(Lending::borrow(o(BOB), AGR, 50));
		// Leaving isolation needs nothing owed.
		assert_noop!(
			Lending::disable_collateral(o(BOB), DOT_K),
			Error::<Test>::InsufficientLiquidity
		);
		assert_ok!(Lending::repay(o(BOB), AGR, 1_000));
		assert_ok!(Lending::disable_collateral(o(BOB), DOT_K));
		System::assert_has_event(Event::IsolationLeft { who: BOB, collateral: DOT_K }.into());
		assert_ok!(Lending::enable_collateral(o(BOB), AGR));
		assert_eq!(IsolatedBorrows::<Test>::iter().count(), 0);

		// DOT has lend tokens now: AGR cannot be isolated, DOT's ceiling can still change.
		let agr = MarketParams {
			isolation_ceiling: Some(1),
			..MarketParams::with_collateral_factor(p(75, 100))
		};
		assert_noop!(
			Lending::set_market(RuntimeOrigin::root(), AGR, agr),
			Error::<Test>::IsolationNeedsEmptyMarket
		);
		isolate_dot(Some(5));
	});
}

#[test]
fn try_state_checks_the_isolation_books() {
	new_test_ext().execute_with(|| {
		isolate_dot(Some(1_000));
		assert_ok!(Lending::supply(o(BOB), AGR, 100_000));
		assert_ok!(Lending::supply(o(ALICE), DOT_K, 1_000));
		assert_ok!(Lending::enable_collateral(o(ALICE), DOT_K));
		assert_ok!(Lending::borrow(o(ALICE), AGR, 400));
		assert_ok!(Lending::do_try_state());
		IsolatedBorrows::<Test>::mutate(DOT_K, AGR, |b| *b = b.map(|b| b - 1));
		assert!(Lending::do_try_state().is_err());
		IsolatedBorrows::<Test>::mutate(DOT_K, AGR, |b| *b = b.map(|b| b + 1));
		assert_ok!(Lending::do_try_state());
		Collateral::<Test>::insert(ALICE, AGR, ());
		assert!(Lending::do_try_state().is_err());
	});
}

/// A planck supplied to a market (by anyone, or by an attacker front-running the referendum)
/// cannot stop governance from isolating it: the market turns isolated once its factors are
/// zero, so no holder's collateral counted on it any more.
#[test]
fn a_planck_supplied_does_not_stop_governance_from_isolating_a_market() {
	run(|| {
		assert_ok!(Lending::supply(o(LIQUIDATOR), DOT_K, 1));
		let isolated = |cf: Ratio| MarketParams {
			isolation_ceiling: Some(1_000),
			..MarketParams { liquidation_threshold: cf, ..MarketParams::with_collateral_factor(cf) }
		};
		assert_noop!(
			Lending::set_market(RuntimeOrigin::root(), DOT_K, isolated(p(50, 100))),
			Error::<Test>::IsolationNeedsEmptyMarket
		);
		let zero = MarketParams {
			liquidation_threshold: Ratio::zero(),
			..MarketParams::with_collateral_factor(Ratio::zero())
		};
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, zero));
		assert_ok!(Lending::set_market(RuntimeOrigin::root(), DOT_K, isolated(p(50, 100))));
		assert_eq!(market(DOT_K).params.isolation_ceiling, Some(1_000));
	});
}
