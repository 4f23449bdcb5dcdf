//! Unit tests of the stablecoin pallet.

use crate::{mock::*, *};
use agora_primitives::recommender::Fixed;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, fungibles::Inspect},
};
use sp_runtime::DispatchError::BadOrigin;

const AGR: AssetKind = AssetKind::Native;
const OWNER: u64 = 1;
const KEEPER: u64 = 3;
const BIDDER: u64 = 4;

fn p(n: u128, d: u128) -> Price {
	Price::from_rational(n, d)
}
fn agd(who: u64) -> u128 {
	Assets::balance(AGD, who)
}
fn held(who: u64) -> u128 {
	Balances::balance_on_hold(&RuntimeHoldReason::Stablecoin(HoldReason::VaultCollateral), &who)
}
fn adjust(who: u64, collateral: i128, debt: i128) -> DispatchResult {
	Stablecoin::adjust(RuntimeOrigin::signed(who), AGR, collateral, debt)
}
fn vault(who: u64) -> Option<Vault> {
	Vaults::<Test>::get(who, AGR)
}

#[test]
fn a_vault_deposits_mints_repays_and_closes() {
	run(|| {
		assert_ok!(adjust(OWNER, 1_000, 500));
		System::assert_last_event(
			Event::VaultAdjusted { owner: OWNER, asset: AGR, collateral: 1_000, debt: 500 }.into(),
		);
		assert_eq!((held(OWNER), agd(OWNER)), (1_000, 500));
		assert_eq!(
			vault(OWNER),
			Some(Vault { collateral: 1_000, normalized_debt: 500, opened_at: NOW })
		);
		// $2,000 of collateral carries at most 1,333 AGD at 150 %.
		assert_noop!(adjust(OWNER, 0, 834), Error::<Test>::Unsafe);
		assert_ok!(adjust(OWNER, 0, 833));
		assert_noop!(adjust(OWNER, -1, 0), Error::<Test>::Unsafe);
		assert_noop!(adjust(OWNER, -1_001, 0), Error::<Test>::InsufficientCollateral);
		assert_ok!(adjust(OWNER, 0, -333));
		assert_eq!(agd(OWNER), 1_000);
		assert_ok!(adjust(OWNER, -250, 0));
		assert_eq!(held(OWNER), 750);
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(OWNER), AGR));
		assert_eq!((held(OWNER), agd(OWNER), vault(OWNER)), (0, 0, None));
		assert_eq!(Assets::total_issuance(AGD), 0);
		assert_noop!(Stablecoin::close(RuntimeOrigin::signed(OWNER), AGR), Error::<Test>::NoVault);
	});
}

#[test]
fn without_a_price_only_safe_changes_go_through() {
	run(|| {
		assert_ok!(adjust(OWNER, 1_000, 500));
		set_price(AGR, None);
		assert_noop!(adjust(OWNER, 0, 10), Error::<Test>::NoPrice);
		assert_noop!(adjust(OWNER, -10, 0), Error::<Test>::NoPrice);
		assert_ok!(adjust(OWNER, 10, 0));
		assert_ok!(adjust(OWNER, 0, -100));
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::NoPrice
		);
	});
}

#[test]
fn floor_ceiling_and_unknown_types() {
	run(|| {
		assert_noop!(adjust(OWNER, 1_000, 9), Error::<Test>::BelowDebtFloor);
		assert_ok!(adjust(OWNER, 1_000, 10));
		assert_noop!(adjust(OWNER, 0, -1), Error::<Test>::BelowDebtFloor);
		let small = CollateralParams { debt_ceiling: 100, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, small));
		assert_noop!(adjust(OWNER, 0, 91), Error::<Test>::DebtCeilingExceeded);
		assert_ok!(adjust(OWNER, 0, 90));
		assert_noop!(
			Stablecoin::adjust(RuntimeOrigin::signed(OWNER), AssetKind::Asset(GOLD), 1, 0),
			Error::<Test>::UnknownCollateral
		);
	});
}

#[test]
fn governance_configures_types_and_params() {
	run(|| {
		let gold = AssetKind::Asset(GOLD);
		assert_noop!(
			Stablecoin::set_collateral_type(RuntimeOrigin::signed(1), gold, agr_params()),
			BadOrigin
		);
		for bad in [
			CollateralParams { liquidation_ratio: p(9, 10), ..agr_params() },
			// An auction at the debt floor (10 + 13 % penalty) would not fit.
			CollateralParams { auction_limit: 11, ..agr_params() },
		] {
			assert_noop!(
				Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, bad),
				Error::<Test>::InvalidParams
			);
		}
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, agr_params()));
		System::assert_last_event(
			Event::CollateralTypeSet { asset: gold, params: agr_params() }.into(),
		);
		let params = StablecoinParams { auction_duration: 0, ..Default::default() };
		assert_noop!(
			Stablecoin::set_params(RuntimeOrigin::root(), params),
			Error::<Test>::InvalidParams
		);
		assert_noop!(
			Stablecoin::set_params(RuntimeOrigin::signed(1), Default::default()),
			BadOrigin
		);
		for bad in [
			StablecoinParams { auction_duration: 1_000, ..Default::default() }, // tail > duration
			StablecoinParams { auction_tail: 0, ..Default::default() },
			StablecoinParams { auction_cusp: p(1, 1), ..Default::default() },
			StablecoinParams { auction_limit: 0, ..Default::default() },
		] {
			assert_noop!(
				Stablecoin::set_params(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParams
			);
		}
		let params =
			StablecoinParams { auction_duration: 1_000, auction_tail: 1_000, ..Default::default() };
		assert_ok!(Stablecoin::set_params(RuntimeOrigin::root(), params));
		assert_eq!(Parameters::<Test>::get(), params);
	});
}

#[test]
fn asset_collateral_moves_to_the_pallet_account() {
	run(|| {
		let gold = AssetKind::Asset(GOLD);
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, agr_params()));
		set_price(gold, Some(p(3, 1)));
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(OWNER), gold, 100, 200));
		assert_eq!(Assets::balance(GOLD, Stablecoin::account()), 100);
		assert_eq!(Assets::balance(GOLD, OWNER), 1_000_000 - 100);
		assert_eq!(agd(OWNER), 200);
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(OWNER), gold));
		assert_eq!(Assets::balance(GOLD, OWNER), 1_000_000);
	});
}

#[test]
fn stability_fees_compound_into_the_surplus() {
	run(|| {
		// 0.1 % per second.
		let fee = CollateralParams { stability_fee: p(1, 1_000), ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
		assert_ok!(adjust(OWNER, 100_000, 10_000));
		assert_ok!(adjust(2, 100_000, 10_000));
		pallet_timestamp::Now::<Test>::put(NOW + 10_000); // ten seconds
		let ct = Stablecoin::accrue(AGR).unwrap();
		let growth = p(1_001, 1_000).saturating_pow(10);
		assert_eq!(ct.rate, growth);
		// 20,000 × (1.001^10 − 1) ≈ 200.9, floored.
		assert_eq!(Stablecoin::surplus(), 200);
		assert_eq!(debt_of_vault(vault(OWNER).unwrap().normalized_debt, ct.rate), 10_101);
		// Repaying everything costs the accrued fee: borrow it from account 2.
		assert_ok!(Assets::transfer(RuntimeOrigin::signed(2), AGD.into(), OWNER, 101));
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(OWNER), AGR));
		assert_eq!(agd(OWNER), 0);
	});
}

/// OWNER's vault: 1,000 AGR, 1,300 AGD at $2 (153 %); BIDDER has a big vault and AGD.
fn risky_vault() {
	assert_ok!(adjust(OWNER, 1_000, 1_300));
	assert_ok!(adjust(BIDDER, 100_000, 50_000));
}

#[test]
fn a_vault_is_liquidated_even_when_its_owner_locked_everything() {
	// Found by the runtime fuzzer: an owner who locks its whole balance, held collateral
	// included (conviction voting counts it), made `seize` fail with `Frozen`.
	run(|| {
		use frame_support::traits::{LockableCurrency, WithdrawReasons};
		risky_vault();
		let total =
			<Balances as frame_support::traits::fungible::Inspect<u64>>::total_balance(&OWNER);
		Balances::set_lock(*b"pyconvot", &OWNER, total, WithdrawReasons::all());
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_eq!((vault(OWNER), held(OWNER)), (None, 0));
		Balances::remove_lock(*b"pyconvot", &OWNER);
	});
}

#[test]
fn only_unsafe_vaults_are_liquidated() {
	run(|| {
		risky_vault();
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::VaultSafe
		);
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), 7, AGR),
			Error::<Test>::NoVault
		);
		set_price(AGR, Some(p(19, 10))); // $1,900 < 150 % of 1,300
		let keeper = Balances::free_balance(KEEPER);
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		System::assert_last_event(
			Event::Liquidated {
				owner: OWNER,
				asset: AGR,
				collateral: 990,
				debt: 1_300,
				auction: 0,
				keeper: KEEPER,
				incentive: 10,
			}
			.into(),
		);
		assert_eq!(Balances::free_balance(KEEPER), keeper + 10);
		assert_eq!((vault(OWNER), held(OWNER)), (None, 0));
		let a = Auctions::<Test>::get(0).unwrap();
		assert_eq!((a.collateral, a.debt, a.penalty), (990, 1_300, 169));
		assert_eq!(a.start_price, p(228, 100));
		assert_eq!(AuctionDebt::<Test>::get(), 1_300);
	});
}

#[test]
fn a_covered_auction_returns_the_rest_to_the_owner() {
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 100, p(2, 1)),
			Error::<Test>::PriceTooHigh
		);
		let (owner, bidder) = (Balances::free_balance(OWNER), Balances::free_balance(BIDDER));
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 100, p(3, 1)));
		// 100 × 2.28 = 228 AGD.
		System::assert_last_event(
			Event::Taken {
				auction: 0,
				bidder: BIDDER,
				collateral: 100,
				paid: 228,
				price: p(228, 100),
			}
			.into(),
		);
		assert_eq!(Balances::free_balance(BIDDER), bidder + 100);
		// Half-way through, the price is 1.14.
		pallet_timestamp::Now::<Test>::put(NOW + 30 * 60 * 1000);
		assert_eq!(
			Stablecoin::auction_price(&Auctions::<Test>::get(0).unwrap()),
			Some(p(114, 100))
		);
		pallet_timestamp::Now::<Test>::put(NOW);
		// Buying everything: only what is owed (1,072 + 169) is paid, for ⌊1,241 / 2.28⌋ = 544:
		// the debt is burned, the penalty goes to the surplus account.
		let issuance = Assets::total_issuance(AGD);
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(3, 1)));
		assert_eq!(Assets::total_issuance(AGD), issuance - 1_072);
		assert_eq!(Balances::free_balance(BIDDER), bidder + 100 + 544);
		System::assert_last_event(
			Event::AuctionEnded { auction: 0, returned: 346, bad_debt: 0 }.into(),
		);
		// Credited, not pushed: the owner claims it.
		assert_eq!(Leftovers::<Test>::get(OWNER, AGR), 346);
		assert_eq!(Balances::free_balance(OWNER), owner);
		assert_ok!(Stablecoin::claim_leftovers(RuntimeOrigin::signed(OWNER), AGR));
		System::assert_last_event(
			Event::LeftoversClaimed { owner: OWNER, asset: AGR, amount: 346 }.into(),
		);
		assert_eq!(Balances::free_balance(OWNER), owner + 346);
		assert_noop!(
			Stablecoin::claim_leftovers(RuntimeOrigin::signed(OWNER), AGR),
			Error::<Test>::NoLeftovers
		);
		assert_eq!(Stablecoin::surplus(), 169, "the penalty");
		assert_eq!((AuctionDebt::<Test>::get(), BadDebt::<Test>::get()), (0, 0));
		assert!(Auctions::<Test>::get(0).is_none());
	});
}

#[test]
fn a_short_auction_leaves_bad_debt_that_surplus_offsets() {
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(1, 2)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		// 990 AGR at 0.6 raise 594 of the 1,300 owed.
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(1, 1)));
		System::assert_last_event(
			Event::AuctionEnded { auction: 0, returned: 0, bad_debt: 706 }.into(),
		);
		assert_eq!(BadDebt::<Test>::get(), 706);
		// Fees paid later go to offset it.
		assert_ok!(adjust(2, 10_000, 1_000));
		let fee = CollateralParams { stability_fee: p(1, 100), ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
		pallet_timestamp::Now::<Test>::put(NOW + 10_000);
		let ct = Stablecoin::accrue(AGR).unwrap();
		let fees = debt_of(ct.normalized_debt, ct.rate) - 51_000;
		assert!(fees > 706);
		assert_eq!(BadDebt::<Test>::get(), 0, "the fees covered the bad debt");
		assert_eq!(Stablecoin::surplus(), fees - 706);
	});
}

#[test]
fn expired_auctions_restart_from_the_current_price() {
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_noop!(
			Stablecoin::restart_auction(RuntimeOrigin::signed(KEEPER), 0),
			Error::<Test>::AuctionNotExpired
		);
		pallet_timestamp::Now::<Test>::put(NOW + 60 * 60 * 1000);
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 1, p(9, 1)),
			Error::<Test>::AuctionExpired
		);
		set_price(AGR, Some(p(3, 2)));
		assert_ok!(Stablecoin::restart_auction(RuntimeOrigin::signed(KEEPER), 0));
		System::assert_last_event(
			Event::AuctionRestarted { auction: 0, start_price: p(18, 10) }.into(),
		);
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 10, p(9, 1)));
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 5, 10, p(9, 1)),
			Error::<Test>::UnknownAuction
		);
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 0, p(9, 1)),
			Error::<Test>::ZeroTake
		);
	});
}

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		assert_ok!(adjust(OWNER, 1_000, 500));
		assert_ok!(Stablecoin::do_try_state());
		BadDebt::<Test>::put(1);
		assert!(Stablecoin::do_try_state().is_err());
		BadDebt::<Test>::put(0);
		AuctionTab::<Test>::put(1);
		assert!(Stablecoin::do_try_state().is_err());
		AuctionTab::<Test>::put(0);
		Vaults::<Test>::mutate(OWNER, AGR, |v| v.as_mut().unwrap().collateral = 1);
		assert!(Stablecoin::do_try_state().is_err());
	});
}

#[test]
fn shorthands_deposit_mint_repay_and_withdraw() {
	run(|| {
		let o = RuntimeOrigin::signed(OWNER);
		assert_ok!(Stablecoin::deposit(o.clone(), AGR, 1_000));
		assert_eq!(
			vault(OWNER),
			Some(Vault { collateral: 1_000, normalized_debt: 0, opened_at: NOW })
		);
		assert_ok!(Stablecoin::mint(o.clone(), AGR, 600));
		System::assert_last_event(
			Event::VaultAdjusted { owner: OWNER, asset: AGR, collateral: 0, debt: 600 }.into(),
		);
		assert_noop!(Stablecoin::mint(o.clone(), AGR, 734), Error::<Test>::Unsafe);
		// 600 AGD need $900 of collateral: 450 AGR of the 1,000.
		assert_noop!(Stablecoin::withdraw(o.clone(), AGR, 551), Error::<Test>::Unsafe);
		assert_ok!(Stablecoin::repay(o.clone(), AGR, 100));
		assert_ok!(Stablecoin::withdraw(o.clone(), AGR, 250));
		assert_eq!((held(OWNER), agd(OWNER)), (750, 500));
		assert_noop!(Stablecoin::deposit(o.clone(), AGR, u128::MAX), Error::<Test>::Overflow);
		// The vault keeps the time it was opened at.
		pallet_timestamp::Now::<Test>::put(NOW + 5_000);
		assert_ok!(Stablecoin::deposit(o, AGR, 1));
		assert_eq!(vault(OWNER).unwrap().opened_at, NOW);
	});
}

#[test]
fn collateral_types_are_bounded() {
	run(|| {
		for id in [GOLD, 5] {
			assert_ok!(Stablecoin::set_collateral_type(
				RuntimeOrigin::root(),
				AssetKind::Asset(id),
				agr_params()
			));
		}
		assert_noop!(
			Stablecoin::set_collateral_type(
				RuntimeOrigin::root(),
				AssetKind::Asset(6),
				agr_params()
			),
			Error::<Test>::TooManyCollateralTypes
		);
		// Changing an existing type is still possible.
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, agr_params()));
	});
}

#[test]
fn vault_views_value_debt_ratio_and_room() {
	run(|| {
		risky_vault();
		let v = Stablecoin::vault_info(&OWNER, AGR).unwrap();
		assert_eq!((v.collateral, v.debt, v.price), (1_000, 1_300, Some(p(2, 1))));
		// 2,000 / 1,300, rounded down.
		assert_eq!(v.ratio, Some(Price::from_inner(1_538_461_538_461_538_461)));
		// 1,300 × 1.5 / 1,000.
		assert_eq!(v.liquidation_price, Some(p(195, 100)));
		// ⌊2,000 / 1.5⌋ − 1,300.
		assert_eq!(v.max_mintable, 33);
		assert!(!v.liquidatable);
		set_price(AGR, Some(p(19, 10)));
		assert!(Stablecoin::vault_info(&OWNER, AGR).unwrap().liquidatable);
		set_price(AGR, None);
		let v = Stablecoin::vault_info(&OWNER, AGR).unwrap();
		assert_eq!((v.ratio, v.max_mintable, v.liquidatable), (None, 0, false));
		assert_eq!(Stablecoin::vault_info(&7, AGR), None);
		let books = Stablecoin::system_info();
		assert_eq!((books.issuance, books.total_debt), (51_300, 51_300));
		assert_eq!(books.collaterals[0].collateral, 101_000);
		assert!(books.shutdown.is_none());
	});
}

#[test]
fn recommendations_say_what_reaches_the_safe_ratio() {
	run(|| {
		risky_vault();
		let r = Stablecoin::recommend(&OWNER);
		assert_eq!(r.len(), 1);
		// Safe: 150 % + 25 %. 1,300 × 1.75 = 2,275 of value = 1,137.5 AGR: 138 more.
		assert_eq!(r[0].safe_ratio, p(175, 100));
		assert_eq!(r[0].collateral_to_safe, 138);
		assert_eq!(r[0].risk, None, "no risk model");
		let f = |x: Price| Fixed::try_from(x).unwrap();
		assert_eq!(r[0].features, vec![f(p(2_000, 1_300)), Fixed::ZERO, Fixed::ZERO]);
		// Depositing what it says makes the vault safe.
		assert_ok!(adjust(OWNER, 138, 0));
		assert_eq!(Stablecoin::recommend(&OWNER)[0].collateral_to_safe, 0);
		assert!(Stablecoin::vault_info(&OWNER, AGR).unwrap().ratio.unwrap() >= p(175, 100));
		assert!(Stablecoin::recommend(&7).is_empty());
	});
}

/// Uploads a linear model `score = Σ cᵢ xᵢ` over the risk features and makes it the risk model.
fn use_risk_model(coefficients: [i32; 3]) {
	let id = pallet_recommender::testing::upload_linear::<Test>(
		RuntimeOrigin::root(),
		"vault risk",
		&["ratio", "volatility", "age_days"],
		coefficients.map(Fixed::from_int).to_vec(),
		OWNER,
	)
	.unwrap();
	let params = StablecoinParams { risk_model: Some(id), ..Parameters::<Test>::get() };
	assert_ok!(Stablecoin::set_params(RuntimeOrigin::root(), params));
}

#[test]
fn at_risk_vaults_rank_by_ratio_or_by_the_risk_model() {
	run(|| {
		// Account 2 opens first at 160 %, OWNER a day later at 153 %, BIDDER is safe (400 %).
		assert_ok!(adjust(2, 1_000, 1_250));
		pallet_timestamp::Now::<Test>::put(NOW + DAY_MS);
		set_volatility(Some(p(1, 10)));
		risky_vault();
		let ids = |l: Vec<VaultRisk<u64>>| l.into_iter().map(|r| r.vault.owner).collect::<Vec<_>>();
		let at_risk = |limit| Stablecoin::at_risk_vaults(None, limit).vaults;
		assert_eq!(ids(at_risk(10)), vec![OWNER, 2], "lowest ratio first");
		assert_eq!(ids(at_risk(1)), vec![OWNER]);
		let page = Stablecoin::at_risk_vaults(None, 10);
		assert_eq!((page.scanned, page.next), (3, None), "three vaults, one page");
		// A model that weighs age: the older vault is riskier.
		use_risk_model([0, 1, 1]);
		let ranked = at_risk(10);
		assert_eq!(ids(ranked.clone()), vec![2, OWNER]);
		let risk = ranked[0].risk.clone().unwrap();
		// 0.1 volatility + 1 day.
		assert_eq!(ranked[0].features[1..], [Fixed::try_from(p(1, 10)).unwrap(), Fixed::ONE]);
		assert_eq!(risk.score, Fixed::ONE.checked_add(Fixed::try_from(p(1, 10)).unwrap()).unwrap());
		assert!(matches!(risk.explanation, agora_primitives::recommender::Explanation::Linear(_)));
		// Without a price, vaults cannot be ranked.
		set_price(AGR, None);
		assert!(at_risk(10).is_empty());
	});
}

#[test]
fn at_risk_vaults_are_ranked_by_the_model_among_every_vault_below_its_safe_ratio() {
	// Issue 21: the scan used to evaluate the risk model for every vault it looked at (a
	// thousand model evaluations a call, safe vaults included, the model decoded for each);
	// now it scores the at-risk ones only, in one batch. The page is still the riskiest by
	// the model's score among every at-risk vault scanned, not only among the lowest ratios.
	run(|| {
		risky_vault();
		let base = Vaults::<Test>::get(OWNER, AGR).unwrap();
		// 120 more at-risk vaults, vault `i` with a little more collateral (a higher ratio)
		// than vault `i − 1`, all below the safe ratio, and 300 safe ones (storage only;
		// removed before the invariants).
		let risky = 10_000u64..10_120;
		let safe = 20_000u64..20_300;
		for (i, who) in risky.clone().enumerate() {
			let vault = Vault { collateral: base.collateral + 1 + i as u128, ..base.clone() };
			Vaults::<Test>::insert(who, AGR, vault);
		}
		for who in safe.clone() {
			Vaults::<Test>::insert(who, AGR, Vault { collateral: 1_000_000, ..base.clone() });
		}
		// A model that prefers higher ratios, the opposite of the ratio order.
		use_risk_model([1, 0, 0]);
		let page = Stablecoin::at_risk_vaults(None, 100);
		assert_eq!(page.scanned, 422);
		let owners: Vec<u64> = page.vaults.iter().map(|r| r.vault.owner).collect();
		assert_eq!(owners.len(), 100);
		assert!(page.vaults.iter().all(|r| r.risk.is_some()), "the page is scored");
		// By the model: the highest ratios of the 121 at-risk vaults first.
		let expected: Vec<u64> = (10_020u64..10_120).rev().collect();
		assert_eq!(owners, expected);
		// Without the model: lowest ratio first.
		let params = StablecoinParams { risk_model: None, ..Parameters::<Test>::get() };
		assert_ok!(Stablecoin::set_params(RuntimeOrigin::root(), params));
		let plain = Stablecoin::at_risk_vaults(None, 100);
		let by_ratio: Vec<u64> = plain.vaults.iter().map(|r| r.vault.owner).collect();
		assert!(plain.vaults.iter().all(|r| r.risk.is_none()));
		let mut expected = vec![OWNER];
		expected.extend(10_000u64..10_099);
		assert_eq!(by_ratio, expected);
		for who in risky.chain(safe) {
			Vaults::<Test>::remove(who, AGR);
		}
	});
}

#[test]
fn at_risk_vaults_are_scanned_a_bounded_page_at_a_time() {
	run(|| {
		risky_vault();
		let risky = Vaults::<Test>::get(OWNER, AGR).unwrap();
		// 1,204 more copies of the risky vault (storage only; removed before the invariants run).
		let others = 10_000u64..11_204;
		for who in others.clone() {
			Vaults::<Test>::insert(who, AGR, risky.clone());
		}
		let total = Vaults::<Test>::iter().count() as u32;
		let mut pages = Vec::new();
		let mut cursor = None;
		loop {
			let page = Stablecoin::at_risk_vaults(cursor, 100);
			assert!(page.scanned <= agora_primitives::MAX_SCAN);
			assert!(page.vaults.len() <= 100);
			pages.push(page.scanned);
			match page.next {
				Some(next) => cursor = Some(next),
				None => break,
			}
		}
		assert_eq!(pages, vec![1_000, total - 1_000], "every vault scanned once, ≤ 1,000 a call");
		// A limit above the page size is clamped.
		assert_eq!(Stablecoin::at_risk_vaults(None, 5_000).vaults.len(), 100);
		for who in others {
			Vaults::<Test>::remove(who, AGR);
		}
	});
}

#[test]
fn shutdown_is_governance_only_and_freezes_everything() {
	run(|| {
		risky_vault();
		assert_noop!(Stablecoin::shutdown(RuntimeOrigin::signed(1)), BadOrigin);
		assert_noop!(
			Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::NotShutDown
		);
		assert_noop!(
			Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::NotShutDown
		);
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		System::assert_last_event(Event::Shutdown { at: NOW }.into());
		assert_eq!(FrozenPrices::<Test>::get(AGR), Some(p(19, 10)));
		assert_noop!(Stablecoin::shutdown(RuntimeOrigin::root()), Error::<Test>::ShutDown);
		// The oracle moves on; the system does not.
		set_price(AGR, Some(p(5, 1)));
		assert_eq!(Stablecoin::price_now(AGR), Some(p(19, 10)));
		assert!(Stablecoin::vault_info(&OWNER, AGR).unwrap().liquidatable);
		assert_noop!(adjust(OWNER, 10, 0), Error::<Test>::ShutDown);
		assert_noop!(adjust(OWNER, 0, -10), Error::<Test>::ShutDown);
		assert_noop!(adjust(OWNER, -10, 0), Error::<Test>::Unsettled);
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::ShutDown
		);
		assert_noop!(
			Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, agr_params()),
			Error::<Test>::ShutDown
		);
		// Fees stop: the rate is frozen.
		let fee = Stablecoin::accrue(AGR).unwrap().rate;
		pallet_timestamp::Now::<Test>::put(NOW + 1_000_000);
		assert_eq!(Stablecoin::accrue(AGR).unwrap().rate, fee);
		assert_noop!(
			Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)),
			Error::<Test>::Unsettled
		);
		assert_noop!(
			Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 1),
			Error::<Test>::RedemptionNotOpen
		);
	});
}

#[test]
fn after_shutdown_vaults_settle_and_agd_redeems_pro_rata() {
	run(|| {
		// OWNER: 1,000 AGR / 1,300 AGD; account 2: 10,000 AGR / 1,000 AGD. Shut down at $1.
		assert_ok!(adjust(OWNER, 1_000, 1_300));
		assert_ok!(adjust(2, 10_000, 1_000));
		set_price(AGR, Some(p(1, 1)));
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		// OWNER's 1,000 AGR cover 1,000 of 1,300: 300 bad debt, nothing left for OWNER.
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		System::assert_last_event(
			Event::VaultSettled {
				owner: OWNER,
				asset: AGR,
				debt: 1_300,
				collateral: 1_000,
				bad_debt: 300,
			}
			.into(),
		);
		assert_eq!((vault(OWNER), held(OWNER)), (None, 0));
		assert_eq!(BadDebt::<Test>::get(), 300);
		assert_noop!(
			Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::NoVault
		);
		// Account 2 closes: 1,000 AGR settle its debt, it withdraws the other 9,000.
		let free = Balances::free_balance(2);
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(2), AGR));
		assert_eq!((vault(2), held(2), Balances::free_balance(2)), (None, 0, free + 9_000));
		assert_eq!(RedemptionPools::<Test>::get(AGR), 2_000);
		assert_eq!(SettledDebt::<Test>::get(), 2_000);
		// Redemption: 2,300 AGD share 2,000 AGR.
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)));
		System::assert_last_event(Event::RedemptionOpened { supply: 2_300 }.into());
		assert_eq!((Stablecoin::surplus(), BadDebt::<Test>::get()), (0, 0));
		assert_noop!(
			Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)),
			Error::<Test>::RedemptionAlreadyOpen
		);
		assert_noop!(
			Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 0),
			Error::<Test>::ZeroAmount
		);
		let free = Balances::free_balance(OWNER);
		assert_ok!(Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 1_300));
		// ⌊1,300 × 2,000 / 2,300⌋ = 1,130.
		assert_eq!(Balances::free_balance(OWNER), free + 1_130);
		System::assert_last_event(
			Event::Redeemed {
				who: OWNER,
				amount: 1_300,
				collateral: vec![(AGR, 1_130)].try_into().unwrap(),
			}
			.into(),
		);
		assert!(Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 1).is_err(), "no AGD left");
		assert_ok!(Stablecoin::redeem(RuntimeOrigin::signed(2), 1_000));
		assert_eq!(RedemptionPools::<Test>::get(AGR), 2_000 - 1_130 - 869);
		assert_eq!(Assets::total_issuance(AGD), 0);
		assert_eq!(SettledDebt::<Test>::get(), 0);
	});
}

#[test]
fn after_shutdown_auctions_settle_and_return_the_rest() {
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_noop!(
			Stablecoin::settle_auction(RuntimeOrigin::signed(KEEPER), 0),
			Error::<Test>::NotShutDown
		);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 10, p(9, 1)),
			Error::<Test>::ShutDown
		);
		assert_noop!(
			Stablecoin::restart_auction(RuntimeOrigin::signed(BIDDER), 0),
			Error::<Test>::ShutDown
		);
		assert!(Stablecoin::auctions_info(0, 10)[0].price.is_none(), "no price after a shutdown");
		let free = Balances::free_balance(OWNER);
		assert_ok!(Stablecoin::settle_auction(RuntimeOrigin::signed(KEEPER), 0));
		// ⌈1,300 / 1.9⌉ = 685 of the 990 for the pool, 305 back; the penalty is waived.
		System::assert_last_event(
			Event::AuctionSettled {
				auction: 0,
				debt: 1_300,
				collateral: 685,
				returned: 305,
				bad_debt: 0,
			}
			.into(),
		);
		assert_eq!(Leftovers::<Test>::get(OWNER, AGR), 305);
		assert_ok!(Stablecoin::claim_leftovers(RuntimeOrigin::signed(OWNER), AGR));
		assert_eq!(Balances::free_balance(OWNER), free + 305);
		assert_eq!(AuctionDebt::<Test>::get(), 0);
		assert_noop!(
			Stablecoin::settle_auction(RuntimeOrigin::signed(KEEPER), 0),
			Error::<Test>::UnknownAuction
		);
		assert_noop!(
			Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), 7, AGR),
			Error::<Test>::NoVault
		);
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), BIDDER, AGR));
		assert_noop!(
			Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), BIDDER, AGR),
			Error::<Test>::NothingToSettle
		);
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)));
		assert!(Stablecoin::system_info().shutdown.unwrap().redemption_supply.is_some());
	});
}

#[test]
fn try_state_detects_shutdown_state_without_a_shutdown() {
	new_test_ext().execute_with(|| {
		assert_ok!(Stablecoin::do_try_state());
		RedemptionPools::<Test>::insert(AGR, 5);
		assert!(Stablecoin::do_try_state().is_err());
	});
}

/// Random sequences of calls, price moves and time steps: every call either succeeds or fails
/// without changing any state, and the invariants (`try_state`: exact AGD accounting, per-type
/// totals, held collateral, auction debt, redemption pools) hold after each step.
mod properties {
	use super::*;
	use proptest::prelude::*;

	#[derive(Clone, Debug)]
	enum Op {
		Adjust { who: u64, collateral: i128, debt: i128 },
		Close { who: u64 },
		Price { tenths: u128 },
		NoPrice,
		Wait { seconds: u64 },
		Liquidate { who: u64 },
		Take { auction: u32, collateral: u128, tenths: u128 },
		Restart { auction: u32 },
		Shutdown,
		Settle { who: u64 },
		SettleAuction { auction: u32 },
		OpenRedemption,
		Redeem { who: u64, amount: u128 },
	}

	fn op() -> impl Strategy<Value = Op> {
		let who = 1u64..6;
		prop_oneof![
			6 => (who.clone(), -3_000i128..6_000, -3_000i128..4_000)
				.prop_map(|(who, collateral, debt)| Op::Adjust { who, collateral, debt }),
			1 => who.clone().prop_map(|who| Op::Close { who }),
			3 => (5u128..40).prop_map(|tenths| Op::Price { tenths }),
			1 => Just(Op::NoPrice),
			2 => (0u64..7_200).prop_map(|seconds| Op::Wait { seconds }),
			3 => who.clone().prop_map(|who| Op::Liquidate { who }),
			3 => (0u32..4, 0u128..3_000, 5u128..60)
				.prop_map(|(auction, collateral, tenths)| Op::Take { auction, collateral, tenths }),
			1 => (0u32..4).prop_map(|auction| Op::Restart { auction }),
			1 => Just(Op::Shutdown),
			2 => who.clone().prop_map(|who| Op::Settle { who }),
			2 => (0u32..4).prop_map(|auction| Op::SettleAuction { auction }),
			1 => Just(Op::OpenRedemption),
			2 => (who, 0u128..3_000).prop_map(|(who, amount)| Op::Redeem { who, amount }),
		]
	}

	/// Dispatches `op` as the runtime does: through the call enum, in a storage layer that a
	/// failed call rolls back.
	fn apply(op: &Op) -> DispatchResult {
		use sp_runtime::traits::Dispatchable;
		let signed = RuntimeOrigin::signed;
		let (origin, call) = match *op {
			Op::Adjust { who, collateral, debt } => {
				(signed(who), Call::adjust { asset: AGR, collateral, debt })
			},
			Op::Close { who } => (signed(who), Call::close { asset: AGR }),
			Op::Price { tenths } => {
				set_price(AGR, Some(p(tenths, 10)));
				return Ok(());
			},
			Op::NoPrice => {
				set_price(AGR, None);
				return Ok(());
			},
			Op::Wait { seconds } => {
				pallet_timestamp::Now::<Test>::mutate(|t| *t += seconds * 1_000);
				return Ok(());
			},
			Op::Liquidate { who } => (signed(KEEPER), Call::liquidate { owner: who, asset: AGR }),
			Op::Take { auction, collateral, tenths } => (
				signed(BIDDER),
				Call::take { auction, max_collateral: collateral, max_price: p(tenths, 10) },
			),
			Op::Restart { auction } => (signed(KEEPER), Call::restart_auction { auction }),
			Op::Shutdown => (RuntimeOrigin::root(), Call::shutdown {}),
			Op::Settle { who } => (signed(KEEPER), Call::settle_vault { owner: who, asset: AGR }),
			Op::SettleAuction { auction } => (signed(KEEPER), Call::settle_auction { auction }),
			Op::OpenRedemption => (signed(KEEPER), Call::open_redemption {}),
			Op::Redeem { who, amount } => (signed(who), Call::redeem { amount }),
		};
		RuntimeCall::Stablecoin(call).dispatch(origin).map(|_| ()).map_err(|e| e.error)
	}

	fn state_root() -> Vec<u8> {
		sp_io::storage::root(sp_runtime::StateVersion::V1)
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

		#[test]
		fn random_calls_keep_the_books_exact(ops in prop::collection::vec(op(), 1..60)) {
			new_test_ext().execute_with(|| {
				// A fee of 0.0001 % per second makes the rate move between steps.
				let fee = CollateralParams { stability_fee: p(1, 1_000_000), ..agr_params() };
				assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
				// The bidder holds AGD to take auctions with.
				assert_ok!(adjust(BIDDER, 500_000, 100_000));
				for op in &ops {
					let before = state_root();
					if apply(op).is_err() {
						prop_assert_eq!(before, state_root(), "a failed {:?} changed state", op);
					}
					if let Err(e) = Stablecoin::do_try_state() {
						return Err(TestCaseError::fail(format!("after {op:?}: {e:?}")));
					}
				}
				Ok(())
			})?;
		}
	}
}

/// Audit finding 2 (dss OSM): a crash in the oracle's price liquidates only once the delayed
/// price shows it, so the owner has the whole delay to add collateral or repay.
#[test]
fn a_price_crash_liquidates_only_once_the_delayed_price_shows_it() {
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		set_delayed_price(AGR, Some(p(2, 1)));
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::VaultSafe
		);
		// Without a delayed price nothing is liquidated either.
		set_delayed_price(AGR, None);
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::NoPrice
		);
		set_delayed_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		// The auction starts from the delayed price × the buffer (1.2).
		assert_eq!(Auctions::<Test>::get(0).unwrap().start_price, p(228, 100));
	});
}

/// Minting values the collateral at the lower of the price and the delayed price: a spike the
/// delay still holds back cannot be minted against, nor a crash the delay has not shown yet.
#[test]
fn minting_values_collateral_at_the_lower_of_the_price_and_the_delayed_price() {
	run(|| {
		// A spike to $3, not yet delayed: $2,000 of collateral still carries at most 1,333.
		set_price(AGR, Some(p(3, 1)));
		set_delayed_price(AGR, Some(p(2, 1)));
		assert_noop!(adjust(OWNER, 1_000, 1_334), Error::<Test>::Unsafe);
		assert_ok!(adjust(OWNER, 1_000, 1_333));
		// A crash to $1, not yet delayed: minting and withdrawing go by $1.
		set_price(AGR, Some(p(1, 1)));
		set_delayed_price(AGR, Some(p(2, 1)));
		assert_noop!(adjust(OWNER, 0, 1), Error::<Test>::Unsafe);
		assert_noop!(adjust(OWNER, -1, 0), Error::<Test>::Unsafe);
		// Either missing: no minting.
		set_price(AGR, Some(p(2, 1)));
		set_delayed_price(AGR, None);
		assert_noop!(adjust(OWNER, 1_000, 1), Error::<Test>::NoPrice);
		// Depositing and repaying need no price.
		assert_ok!(adjust(OWNER, 10, -1));
	});
}

/// Audit finding 7: a deposit needs no price, so one planck in a collateral type without a
/// price made `shutdown` fail with `NoPrice` — exactly when oracles fail. Now the shutdown
/// succeeds, the dust owner withdraws without a price, and redemption opens.
#[test]
fn dust_in_an_unpriced_type_does_not_block_the_shutdown() {
	run(|| {
		let gold = AssetKind::Asset(GOLD);
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, agr_params()));
		assert_ok!(Stablecoin::deposit(RuntimeOrigin::signed(KEEPER), gold, 1));
		assert_ok!(adjust(OWNER, 1_000, 1_000));
		assert_eq!(Stablecoin::price_now(gold), None);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_eq!(FrozenPrices::<Test>::get(gold), None);
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(OWNER), AGR));
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(KEEPER), gold));
		assert_eq!(Assets::balance(GOLD, KEEPER), 1_000_000);
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)));
		assert_ok!(Stablecoin::redeem(RuntimeOrigin::signed(OWNER), 1_000));
	});
}

/// A type with debt but no price at the shutdown settles once a price is frozen for it: from
/// the oracle by anyone, or set by governance.
#[test]
fn an_unpriced_type_settles_at_a_price_frozen_later() {
	run(|| {
		let gold = AssetKind::Asset(GOLD);
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, agr_params()));
		set_price(gold, Some(p(3, 1)));
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(OWNER), gold, 1_000, 1_000));
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(2), gold, 1_000, 1_000));
		set_price(gold, None);
		assert_noop!(
			Stablecoin::freeze_price(RuntimeOrigin::signed(KEEPER), gold),
			Error::<Test>::NotShutDown
		);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_noop!(
			Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, gold),
			Error::<Test>::NoPrice
		);
		pallet_timestamp::Now::<Test>::put(NOW + 1_000);
		assert_noop!(
			Stablecoin::freeze_price(RuntimeOrigin::signed(KEEPER), gold),
			Error::<Test>::NoPrice
		);
		pallet_timestamp::Now::<Test>::put(NOW);
		assert_noop!(
			Stablecoin::set_final_price(RuntimeOrigin::signed(KEEPER), gold, p(2, 1)),
			BadOrigin
		);
		assert_noop!(
			Stablecoin::set_final_price(RuntimeOrigin::root(), gold, p(0, 1)),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Stablecoin::set_final_price(RuntimeOrigin::root(), AssetKind::Asset(77), p(2, 1)),
			Error::<Test>::UnknownCollateral
		);
		// The oracle recovers: after the grace period, anyone freezes its delayed price.
		set_delayed_price(gold, Some(p(2, 1)));
		assert_noop!(
			Stablecoin::freeze_price(RuntimeOrigin::signed(KEEPER), gold),
			Error::<Test>::TooEarly
		);
		pallet_timestamp::Now::<Test>::put(NOW + 1_000);
		assert_ok!(Stablecoin::freeze_price(RuntimeOrigin::signed(KEEPER), gold));
		System::assert_last_event(Event::PriceFrozen { asset: gold, price: p(2, 1) }.into());
		assert_noop!(
			Stablecoin::set_final_price(RuntimeOrigin::root(), gold, p(5, 1)),
			Error::<Test>::PriceAlreadyFrozen
		);
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, gold));
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), 2, gold));
		assert_eq!(RedemptionPools::<Test>::get(gold), 1_000);
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)));
	});
}

#[test]
fn governance_sets_a_final_price_when_the_oracle_stays_down() {
	run(|| {
		let gold = AssetKind::Asset(GOLD);
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), gold, agr_params()));
		set_price(gold, Some(p(3, 1)));
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(OWNER), gold, 1_000, 1_000));
		set_price(gold, None);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_ok!(Stablecoin::set_final_price(RuntimeOrigin::root(), gold, p(4, 1)));
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, gold));
		assert_eq!(RedemptionPools::<Test>::get(gold), 250);
	});
}

/// Audit finding 4: an auction's leftover collateral was pushed to the owner; an owner whose
/// account could not take it (a leftover below the asset's minimum balance, its account empty)
/// made the auction's last `take` — and after a shutdown its settlement — fail for ever, and
/// redemption never opened. Leftovers are now credited and claimed.
#[test]
fn leftovers_an_owner_cannot_take_do_not_block_the_auction_or_the_shutdown() {
	run(|| {
		use frame_support::traits::fungibles::Mutate;
		// A collateral asset with a minimum balance of 10 that is not sufficient.
		let silver = AssetKind::Asset(3);
		assert_ok!(Assets::force_create(RuntimeOrigin::root(), 3, 9, false, 10));
		assert_ok!(Assets::mint_into(3, &OWNER, 1_000));
		assert_ok!(Assets::mint_into(3, &2, 1_000));
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), silver, agr_params()));
		set_price(silver, Some(p(2, 1)));
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(OWNER), silver, 1_000, 1_300));
		// Another vault of it: the pallet's account keeps more than the minimum balance.
		assert_ok!(Stablecoin::adjust(RuntimeOrigin::signed(2), silver, 1_000, 0));
		assert_ok!(adjust(BIDDER, 100_000, 50_000));
		assert_eq!(Assets::balance(3, OWNER), 0, "the owner's account of it is empty");
		set_price(silver, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, silver));
		// At 1.488 the bidder buys what covers 1,300 + 169: 988 of 990, 2 left for the owner,
		// below the minimum balance of 10.
		pallet_timestamp::Now::<Test>::put(NOW + 1_250_000);
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(2, 1)));
		assert!(Auctions::<Test>::get(0).is_none(), "the auction ended");
		let left = Leftovers::<Test>::get(OWNER, silver);
		assert!(left > 0 && left < 10, "{left}");
		// The owner cannot take it yet; nothing changes.
		assert!(Stablecoin::claim_leftovers(RuntimeOrigin::signed(OWNER), silver).is_err());
		assert_eq!(Leftovers::<Test>::get(OWNER, silver), left);
		// With a balance, it can.
		assert_ok!(Assets::mint_into(3, &OWNER, 10));
		assert_ok!(Stablecoin::claim_leftovers(RuntimeOrigin::signed(OWNER), silver));
		assert_eq!(Assets::balance(3, OWNER), 10 + left);
	});
}

// ---- Issue 15, finding 5: fees are AGD ----

#[test]
fn fees_are_agd_so_the_last_vaults_close() {
	// Attack (before the fix): fees raised the debt but created no AGD, so with fees accrued
	// the vaults owed more AGD than existed and the last of them could never close.
	run(|| {
		let fee = CollateralParams { stability_fee: p(1, 1_000), ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
		assert_ok!(adjust(OWNER, 10_000, 1_000));
		assert_ok!(adjust(2, 10_000, 1_000));
		pallet_timestamp::Now::<Test>::put(NOW + 100_000); // 100 s at 0.1 %: about 10.5 %
		let ct = Stablecoin::accrue(AGR).unwrap();
		let owed = |who| debt_of_vault(vault(who).unwrap().normalized_debt, ct.rate);
		let (a, b) = (owed(OWNER), owed(2));
		assert!(a > 1_100 && b > 1_100, "fees accrued: {a} {b}");
		// Every unit of debt exists as AGD: the owners' 2,000 plus the surplus account's fees.
		assert_eq!(Stablecoin::surplus(), debt_of(ct.normalized_debt, ct.rate) - 2_000);
		assert_eq!(Assets::total_issuance(AGD), debt_of(ct.normalized_debt, ct.rate));
		assert_eq!(Stablecoin::system_info().surplus_account, Stablecoin::surplus_account());
		// All AGD pooled: the owners' and what governance pays out of the surplus.
		assert_ok!(Stablecoin::spend_surplus(RuntimeOrigin::root(), OWNER, a - 1_000));
		System::assert_last_event(Event::SurplusSpent { to: OWNER, amount: a - 1_000 }.into());
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(OWNER), AGR));
		// Each vault owes its debt rounded up: the planck the first closer paid beyond the
		// type's (rounded-down) debt went to the surplus, and pays for the last vault's.
		let rest = Stablecoin::surplus();
		assert_ok!(Stablecoin::spend_surplus(RuntimeOrigin::root(), 2, rest));
		assert_ok!(Stablecoin::close(RuntimeOrigin::signed(2), AGR));
		assert_eq!((vault(OWNER), vault(2)), (None, None));
		assert_eq!(CollateralTypes::<Test>::get(AGR).unwrap().normalized_debt, 0);
		// Rounding favours the system: at most a planck of AGD is left, as surplus.
		assert!(Assets::total_issuance(AGD) <= 1);
		assert_eq!(Assets::total_issuance(AGD), Stablecoin::surplus());
	});
}

#[test]
fn only_governance_spends_the_surplus_and_only_what_it_holds() {
	run(|| {
		let fee = CollateralParams { stability_fee: p(1, 1_000), ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
		assert_ok!(adjust(OWNER, 10_000, 1_000));
		pallet_timestamp::Now::<Test>::put(NOW + 10_000);
		Stablecoin::accrue(AGR).unwrap();
		let surplus = Stablecoin::surplus();
		assert!(surplus > 0);
		assert_noop!(Stablecoin::spend_surplus(RuntimeOrigin::signed(OWNER), OWNER, 1), BadOrigin);
		assert_noop!(
			Stablecoin::spend_surplus(RuntimeOrigin::root(), OWNER, surplus + 1),
			Error::<Test>::InsufficientSurplus
		);
		assert_noop!(
			Stablecoin::spend_surplus(RuntimeOrigin::root(), OWNER, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_noop!(
			Stablecoin::spend_surplus(RuntimeOrigin::root(), OWNER, 1),
			Error::<Test>::ShutDown
		);
	});
}

#[test]
fn redemption_burns_the_surplus_for_agd_holders() {
	run(|| {
		let fee = CollateralParams { stability_fee: p(1, 1_000), ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, fee));
		assert_ok!(adjust(OWNER, 10_000, 1_000));
		pallet_timestamp::Now::<Test>::put(NOW + 10_000);
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		let surplus = Stablecoin::surplus();
		assert!(surplus > 0);
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(KEEPER)));
		// Only the owner's 1,000 AGD share the pool: the surplus was burned.
		System::assert_last_event(Event::RedemptionOpened { supply: 1_000 }.into());
		assert_eq!(Stablecoin::surplus(), 0);
	});
}

// ---- Issue 15, finding 6: auction reset rules and limits ----

#[test]
fn a_lone_bidder_cannot_wait_for_the_price_to_fall_towards_zero() {
	// Attack (before the fix): the price fell linearly to zero and a restart was allowed only
	// at the very end, so a lone bidder bought at a few percent of the price.
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(1, 1)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		// Start 1.2; at 35 min the price is 0.5 (above 40 % of the start): buying is open.
		pallet_timestamp::Now::<Test>::put(NOW + 35 * 60 * 1000);
		let price = Stablecoin::auction_price(&Auctions::<Test>::get(0).unwrap()).unwrap();
		assert!(price > p(49, 100) && price <= p(1, 2), "{price:?}");
		assert_noop!(
			Stablecoin::restart_auction(RuntimeOrigin::signed(KEEPER), 0),
			Error::<Test>::AuctionNotExpired
		);
		// At 54 min it would be 0.12, a tenth of the start: the auction needs a restart.
		pallet_timestamp::Now::<Test>::put(NOW + 54 * 60 * 1000);
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(1, 1)),
			Error::<Test>::AuctionExpired
		);
		assert_ok!(Stablecoin::restart_auction(RuntimeOrigin::signed(KEEPER), 0));
		System::assert_last_event(
			Event::AuctionRestarted { auction: 0, start_price: p(6, 5) }.into(),
		);
		// The tail: without a cusp, an auction restarts after 40 minutes whatever its price.
		let params = StablecoinParams { auction_cusp: p(0, 1), ..Default::default() };
		assert_ok!(Stablecoin::set_params(RuntimeOrigin::root(), params));
		pallet_timestamp::Now::<Test>::put(NOW + (54 + 39) * 60 * 1000);
		assert!(Stablecoin::auction_price(&Auctions::<Test>::get(0).unwrap()).is_some());
		pallet_timestamp::Now::<Test>::put(NOW + (54 + 40) * 60 * 1000);
		assert_eq!(Stablecoin::auction_price(&Auctions::<Test>::get(0).unwrap()), None);
		assert_ok!(Stablecoin::restart_auction(RuntimeOrigin::signed(KEEPER), 0));
	});
}

#[test]
fn auction_limits_liquidate_in_part_and_stop_at_the_limit() {
	// Attack (before the fix): a crash put every vault's collateral on sale at once, more
	// than bidders could absorb, so prices ran down towards zero.
	run(|| {
		risky_vault();
		assert_ok!(adjust(2, 1_000, 1_300));
		let limited = CollateralParams { auction_limit: 600, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, limited));
		set_price(AGR, Some(p(19, 10)));
		// Room 600 fits debt ⌊600 / 1.13⌋ = 530 (tab 530 + 69 = 599): 530 / 1,300 of the
		// collateral, 407 AGR, goes to auction; the vault keeps 593 AGR and 770 debt.
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		let a = Auctions::<Test>::get(0).unwrap();
		assert_eq!((a.debt, a.penalty, a.collateral + 4), (530, 69, 407));
		let v = vault(OWNER).unwrap();
		assert_eq!((v.collateral, v.normalized_debt), (593, 770));
		assert_eq!(CollateralTypes::<Test>::get(AGR).unwrap().auction_tab, 599);
		assert_eq!(AuctionTab::<Test>::get(), 599);
		// One AGD of room left: only an auction below the debt floor would fit.
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), 2, AGR),
			Error::<Test>::DustyAuction
		);
		let full = CollateralParams { auction_limit: 599, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, full));
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), 2, AGR),
			Error::<Test>::AuctionLimitReached
		);
		// Bids lower the tab and make room again.
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(9, 1)));
		assert_eq!(AuctionTab::<Test>::get(), 0);
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), 2, AGR));
		// The global limit binds the same way.
		let params =
			StablecoinParams { auction_limit: AuctionTab::<Test>::get(), ..Default::default() };
		assert_ok!(Stablecoin::set_params(RuntimeOrigin::root(), params));
		let roomy = CollateralParams { auction_limit: 1_000_000, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, roomy));
		assert_noop!(
			Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR),
			Error::<Test>::AuctionLimitReached
		);
	});
}

#[test]
fn a_partial_liquidation_never_leaves_a_dusty_vault() {
	run(|| {
		risky_vault();
		// Room for all but 5 of the debt: the 5 left would be below the floor of 10, so the
		// whole vault goes (the limit is passed by less than one auction at the floor).
		let limit = CollateralParams { auction_limit: 1_469 - 6, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, limit));
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_eq!(vault(OWNER), None);
		assert_eq!(Auctions::<Test>::get(0).unwrap().debt, 1_300);
	});
}

#[test]
fn a_partial_take_never_leaves_a_remainder_too_small_to_buy() {
	// Attack (before the fix): a bidder left a few planck of debt in an auction, too little for
	// any keeper to bother buying, so it ended in bad debt.
	run(|| {
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		// Tab 1,469 at 2.28; chost = ⌈10 × 1.13⌉ = 12. 640 AGR would pay 1,460 and leave 9: the
		// bid is cut to leave 12, paying 1,457 for ⌊1,457 / 2.28⌋ = 639.
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 640, p(3, 1)));
		System::assert_last_event(
			Event::Taken {
				auction: 0,
				bidder: BIDDER,
				collateral: 639,
				paid: 1_457,
				price: p(228, 100),
			}
			.into(),
		);
		// 12 left to raise: only the whole of it can be bought.
		assert_noop!(
			Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 1, p(3, 1)),
			Error::<Test>::MustBuyAll
		);
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(3, 1)));
		assert!(Auctions::<Test>::get(0).is_none());
		assert_eq!(BadDebt::<Test>::get(), 0);
	});
}

#[test]
fn a_remainder_worth_less_than_a_planck_of_collateral_still_ends_the_auction() {
	// Without a debt floor (no chost), a partial take could leave 2 AGD to raise at 2.28 AGD
	// per planck: the last take bought no whole planck and failed with `ZeroTake` for ever.
	run(|| {
		let no_floor = CollateralParams { debt_floor: 0, ..agr_params() };
		assert_ok!(Stablecoin::set_collateral_type(RuntimeOrigin::root(), AGR, no_floor));
		risky_vault();
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, 643, p(3, 1)));
		let a = Auctions::<Test>::get(0).unwrap();
		assert_eq!(a.debt + a.penalty, 2);
		assert_ok!(Stablecoin::take(RuntimeOrigin::signed(BIDDER), 0, u128::MAX, p(3, 1)));
		System::assert_last_event(
			Event::AuctionEnded { auction: 0, returned: 990 - 643, bad_debt: 0 }.into(),
		);
	});
}

// ---- Issue 20: savings, peg stability, flash mint, the debt limit ----

mod money {
	use super::*;
	use agora_primitives::stablecoin::DEFAULT_FLASH_MAX;
	use frame_support::traits::tokens::Preservation;
	use sp_runtime::traits::Dispatchable;

	const WHALE: u64 = 5;
	/// 10^-9 per second: about 3.2 % a year.
	const RATE: Price = Price::from_inner(1_000_000_000);

	fn set_rate(rate: Price) {
		assert_ok!(Stablecoin::set_money_params(
			RuntimeOrigin::root(),
			MoneyParams { savings_rate: rate, ..MoneyParameters::<Test>::get() }
		));
	}
	fn later(seconds: u64) {
		pallet_timestamp::Now::<Test>::mutate(|n| *n += seconds * 1000);
	}
	/// Gives `who` `amount` AGD from a vault of its.
	fn agd_for(who: u64, amount: u128) {
		assert_ok!(adjust(who, i128::try_from(amount * 2).unwrap(), amount as i128));
	}
	/// Moves `amount` of `who`'s AGD to the surplus account.
	fn donate(who: u64, amount: u128) {
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<u64>>::transfer(
			AGD,
			&who,
			&Stablecoin::surplus_account(),
			amount,
			Preservation::Expendable
		));
	}
	fn join(who: u64, amount: u128) -> DispatchResult {
		Stablecoin::savings_join(RuntimeOrigin::signed(who), amount)
	}
	fn exit(who: u64, amount: u128) -> DispatchResult {
		Stablecoin::savings_exit(RuntimeOrigin::signed(who), amount)
	}
	fn flash(who: u64, amount: u128, call: RuntimeCall) -> Result<(), DispatchError> {
		RuntimeCall::Stablecoin(crate::Call::flash_mint { amount, call: Box::new(call) })
			.dispatch(RuntimeOrigin::signed(who))
			.map(|_| ())
			.map_err(|e| e.error)
	}
	fn remark() -> RuntimeCall {
		RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
	}
	fn usdx(who: u64) -> u128 {
		Assets::balance(USDX, who)
	}

	#[test]
	fn savings_never_pay_more_than_the_surplus_holds() {
		// Attack: a savings rate set above what fees bring in would mint AGD nobody backs.
		run(|| {
			agd_for(OWNER, 50_000);
			set_rate(RATE);
			assert_ok!(join(OWNER, 10_000));
			let issuance = Assets::total_issuance(AGD);
			// No surplus: a year of the rate pays nothing, and `chi` stays at 1.
			later(31_536_000);
			assert_eq!(Stablecoin::savings_info(&OWNER).balance, 10_000);
			assert_ok!(exit(OWNER, u128::MAX));
			assert_eq!(agd(OWNER), 50_000);
			// 3 AGD of surplus against about 10 owed: the savers get at most the 3.
			let before = agd(OWNER);
			assert_ok!(join(OWNER, 10_000));
			donate(OWNER, 3);
			later(1_000_000);
			assert_ok!(exit(OWNER, u128::MAX));
			let (gained, paid) = (agd(OWNER) + 3 - before, Savings::<Test>::get().paid);
			assert!(gained <= paid && paid <= 3 && gained >= 2, "{gained} of {paid}");
			assert_eq!(Stablecoin::surplus(), 3 - paid);
			assert_eq!(Assets::total_issuance(AGD), issuance, "savings never mint");
		});
	}

	#[test]
	fn savings_accrue_per_second_and_are_withdrawn() {
		run(|| {
			agd_for(OWNER, 50_000);
			donate(OWNER, 1_000);
			set_rate(RATE);
			assert_ok!(join(OWNER, 10_000));
			System::assert_last_event(
				Event::SavingsJoined { who: OWNER, amount: 10_000, pie: 10_000 }.into(),
			);
			later(1_000_000);
			let chi = Price::one().saturating_add(RATE).saturating_pow(1_000_000);
			let worth = debt_of(10_000, chi);
			assert_eq!(worth, 10_010, "(1 + 10^-9)^(10^6) ≈ 1.0010005");
			let view = Stablecoin::savings_info(&OWNER);
			assert_eq!((view.pie, view.balance, view.chi), (10_000, worth, chi));
			// A partial exit, then the rest: ⌈4,000 / chi⌉ = 3,997 pie for the 4,000, the other
			// 6,003 worth ⌊6,003 × chi⌋ = 6,009 (the rounding stays in the pot).
			assert_ok!(exit(OWNER, 4_000));
			assert_eq!(SavingsPie::<Test>::get(OWNER), 6_003);
			assert_ok!(exit(OWNER, u128::MAX));
			assert_eq!(agd(OWNER), 39_000 + 4_000 + 6_009);
			assert_eq!(SavingsPie::<Test>::get(OWNER), 0);
			assert_eq!(Stablecoin::surplus(), 990);
			assert_eq!(Savings::<Test>::get().paid, 10);
			assert_noop!(exit(OWNER, 1), Error::<Test>::NoSavings);
			assert_noop!(join(OWNER, 0), Error::<Test>::ZeroAmount);
		});
	}

	#[test]
	fn a_late_whale_takes_none_of_the_interest_earned_before_it_joined() {
		// Attack: a whale (or a flash mint) joins just before interest is compounded and leaves
		// right after, taking most of what the early savers earned.
		run(|| {
			agd_for(OWNER, 20_000);
			agd_for(WHALE, 400_000);
			donate(OWNER, 1_000);
			set_rate(RATE);
			assert_ok!(join(OWNER, 10_000));
			later(1_000_000);
			assert_ok!(join(WHALE, 400_000));
			assert_ok!(exit(WHALE, u128::MAX));
			assert!(agd(WHALE) <= 400_000, "the whale earned {}", agd(WHALE) - 400_000);
			assert_eq!(Stablecoin::savings_info(&OWNER).balance, 10_010);
		});
	}

	#[test]
	fn savings_rounding_favours_the_pot() {
		run(|| {
			agd_for(OWNER, 50_000);
			donate(OWNER, 1_000);
			set_rate(RATE);
			assert_ok!(join(OWNER, 10_000));
			later(1_000_000);
			// `chi` is above 1 now: one planck buys no savings.
			agd_for(2, 2_000);
			assert_noop!(join(2, 1), Error::<Test>::ZeroAmount);
			// Joining and leaving in the same block never gains, however it is cut.
			for amount in [3u128, 7, 1_001, 99] {
				let before = agd(2);
				assert_ok!(join(2, amount));
				for _ in 0..3 {
					let _ = exit(2, 1);
				}
				let _ = exit(2, u128::MAX);
				assert_eq!(SavingsPie::<Test>::get(2), 0);
				assert!(agd(2) <= before, "{amount}: {} > {before}", agd(2));
			}
		});
	}

	#[test]
	fn the_psm_swaps_at_par_with_fees_within_its_ceiling() {
		run(|| {
			let surplus = Stablecoin::surplus();
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(OWNER), USDX, 500));
			System::assert_last_event(
				Event::PsmSwappedIn {
					who: OWNER,
					asset: USDX,
					amount: 500,
					minted: 499_500,
					fee: 500,
				}
				.into(),
			);
			assert_eq!((agd(OWNER), usdx(OWNER)), (499_500, 999_500));
			assert_eq!(Stablecoin::surplus(), surplus + 500);
			assert_ok!(Stablecoin::psm_swap_out(RuntimeOrigin::signed(OWNER), USDX, 100));
			assert_eq!((agd(OWNER), usdx(OWNER)), (499_500 - 100_200, 999_600));
			assert_eq!(Stablecoin::surplus(), surplus + 700);
			assert_eq!(Psms::<Test>::get(USDX).unwrap().reserve, 400);
			// The ceiling is 1,000,000 AGD units: 600 more is the most.
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 601),
				Error::<Test>::PsmCeilingExceeded
			);
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 600));
			assert_noop!(
				Stablecoin::psm_swap_out(RuntimeOrigin::signed(OWNER), USDX, 1_001),
				Error::<Test>::InsufficientReserve
			);
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), GOLD, 1),
				Error::<Test>::UnknownPsm
			);
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 0),
				Error::<Test>::ZeroAmount
			);
			let info = Stablecoin::money_info();
			assert_eq!((info.psms[0].reserve, info.psms[0].debt), (1_000, 1_000_000));
		});
	}

	#[test]
	fn a_depegged_asset_mints_no_more_than_the_ceiling() {
		// Attack: the external asset loses its peg; whoever holds it dumps it into the module
		// for AGD at par. The loss is bounded by the ceiling, and a ceiling of 0 stops it while
		// holders can still swap out.
		run(|| {
			set_price(AssetKind::Asset(USDX), Some(p(1, 2)));
			let issuance = Assets::total_issuance(AGD);
			for who in 1..4 {
				assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(who), USDX, 300));
			}
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(4), USDX, 300),
				Error::<Test>::PsmCeilingExceeded
			);
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(4), USDX, 100));
			let minted = Assets::total_issuance(AGD) - issuance;
			assert_eq!(minted, 1_000_000, "the ceiling, fees included");
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(9), USDX, 1),
				Error::<Test>::PsmCeilingExceeded
			);
			let halted = crate::PsmParams { ceiling: 0, ..usdx_psm() };
			assert_ok!(Stablecoin::set_psm(RuntimeOrigin::root(), USDX, halted));
			assert_ok!(Stablecoin::psm_swap_out(RuntimeOrigin::signed(OWNER), USDX, 100));
		});
	}

	#[test]
	fn the_debt_limit_bounds_vaults_and_the_psm_but_not_fees() {
		run(|| {
			agd_for(OWNER, 1_000);
			let limit = Assets::total_issuance(AGD) + 100;
			assert_ok!(Stablecoin::set_money_params(
				RuntimeOrigin::root(),
				MoneyParams { debt_limit: limit, ..Default::default() }
			));
			assert_noop!(adjust(OWNER, 0, 101), Error::<Test>::DebtLimitExceeded);
			assert_ok!(adjust(OWNER, 0, 100));
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 1),
				Error::<Test>::DebtLimitExceeded
			);
			// Fees accrue past it, as dss's `fold` does past `Line`.
			let fee = agr_params().stability_fee.saturating_add(RATE);
			assert_ok!(Stablecoin::set_collateral_type(
				RuntimeOrigin::root(),
				AGR,
				CollateralParams { stability_fee: fee, ..agr_params() }
			));
			later(10_000_000);
			assert_ok!(Stablecoin::accrue(AGR));
			assert!(Assets::total_issuance(AGD) > limit);
			// Repaying always works.
			assert_ok!(adjust(OWNER, 0, -100));
		});
	}

	#[test]
	fn a_flash_mint_that_repays_leaves_nothing_minted_but_its_fee() {
		run(|| {
			agd_for(OWNER, 1_000);
			assert_ok!(Stablecoin::set_money_params(
				RuntimeOrigin::root(),
				MoneyParams { flash_fee: p(1, 1_000), ..Default::default() }
			));
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 200));
			let issuance = Assets::total_issuance(AGD);
			let surplus = Stablecoin::surplus();
			// A round trip through the module inside the flash mint.
			let round_trip = RuntimeCall::Utility(pallet_utility::Call::batch_all {
				calls: vec![
					RuntimeCall::Stablecoin(crate::Call::psm_swap_out { asset: USDX, amount: 100 }),
					RuntimeCall::Stablecoin(crate::Call::psm_swap_in { asset: USDX, amount: 100 }),
				],
			});
			assert_ok!(flash(OWNER, 200_000, round_trip));
			System::assert_last_event(
				Event::FlashMinted { who: OWNER, amount: 200_000, fee: 200 }.into(),
			);
			assert!(FlashMinted::<Test>::get().is_none());
			// The swaps' fees (200 out, 100 in) and the flash fee (200) went to the surplus;
			// the flash mint's AGD is gone.
			assert_eq!(Stablecoin::surplus(), surplus + 500);
			assert_eq!(agd(OWNER), 1_000 - 500);
			assert_eq!(Assets::total_issuance(AGD), issuance + 100 - 100 + 100 - 100 + 0);
		});
	}

	#[test]
	fn a_flash_mint_that_does_not_repay_is_undone() {
		run(|| {
			let keep_it = RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: AGD.into(),
				target: 2,
				amount: 1_000,
			});
			let issuance = Assets::total_issuance(AGD);
			assert_noop!(flash(OWNER, 1_000, keep_it), Error::<Test>::FlashNotRepaid);
			assert_eq!((Assets::total_issuance(AGD), agd(2)), (issuance, 0));
			// The call's own failure fails the flash mint.
			let fails =
				RuntimeCall::Stablecoin(crate::Call::psm_swap_out { asset: USDX, amount: 1 });
			assert_noop!(flash(OWNER, 1_000, fails), Error::<Test>::InsufficientReserve);
			// No nesting.
			let nested = RuntimeCall::Stablecoin(crate::Call::flash_mint {
				amount: 1,
				call: Box::new(remark()),
			});
			assert_noop!(flash(OWNER, 1_000, nested), Error::<Test>::FlashReentrancy);
			assert_noop!(
				flash(OWNER, DEFAULT_FLASH_MAX + 1, remark()),
				Error::<Test>::FlashMaxExceeded
			);
			assert_noop!(flash(OWNER, 0, remark()), Error::<Test>::ZeroAmount);
		});
	}

	#[test]
	fn a_flash_mint_does_not_count_against_the_debt_limit_of_a_mint_inside_it() {
		run(|| {
			agd_for(OWNER, 1_000);
			let limit = Assets::total_issuance(AGD) + 100;
			assert_ok!(Stablecoin::set_money_params(
				RuntimeOrigin::root(),
				MoneyParams { debt_limit: limit, ..Default::default() }
			));
			let mint = RuntimeCall::Stablecoin(crate::Call::mint { asset: AGR, amount: 100 });
			assert_ok!(flash(OWNER, 1_000_000, mint));
			let too_much = RuntimeCall::Stablecoin(crate::Call::mint { asset: AGR, amount: 1 });
			assert_noop!(flash(OWNER, 1_000_000, too_much), Error::<Test>::DebtLimitExceeded);
		});
	}

	#[test]
	fn after_a_shutdown_the_psm_reserve_is_redeemed_and_savers_leave() {
		run(|| {
			agd_for(OWNER, 10_000);
			assert_ok!(join(OWNER, 5_000));
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 500));
			assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
			assert_noop!(
				Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 1),
				Error::<Test>::ShutDown
			);
			assert_noop!(
				Stablecoin::psm_swap_out(RuntimeOrigin::signed(2), USDX, 1),
				Error::<Test>::ShutDown
			);
			assert_noop!(join(OWNER, 1), Error::<Test>::ShutDown);
			assert_noop!(flash(OWNER, 1, remark()), Error::<Test>::ShutDown);
			assert_ok!(exit(OWNER, u128::MAX));
			assert_eq!(agd(OWNER), 10_000);
			assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(3), OWNER, AGR));
			assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(3)));
			assert_eq!(RedemptionPools::<Test>::get(AssetKind::Asset(USDX)), 500);
			assert_eq!(Psms::<Test>::get(USDX).unwrap().reserve, 0);
			// Account 2's AGD came from the module: it redeems its share of the reserve.
			let before = usdx(2);
			let mine = agd(2);
			assert_ok!(Stablecoin::redeem(RuntimeOrigin::signed(2), mine));
			assert!(usdx(2) > before);
		});
	}

	#[test]
	fn money_parameters_and_listings_are_governed_and_checked() {
		run(|| {
			let params = MoneyParams::default();
			assert_noop!(Stablecoin::set_money_params(RuntimeOrigin::signed(1), params), BadOrigin);
			let too_high = MoneyParams {
				savings_rate: MAX_SAVINGS_RATE.saturating_add(Price::from_inner(1)),
				..params
			};
			assert_noop!(
				Stablecoin::set_money_params(RuntimeOrigin::root(), too_high),
				Error::<Test>::InvalidParams
			);
			let whole_fee = MoneyParams { flash_fee: Price::one(), ..params };
			assert_noop!(
				Stablecoin::set_money_params(RuntimeOrigin::root(), whole_fee),
				Error::<Test>::InvalidParams
			);
			assert_noop!(
				Stablecoin::set_psm(RuntimeOrigin::signed(1), GOLD, usdx_psm()),
				BadOrigin
			);
			assert_noop!(
				Stablecoin::set_psm(RuntimeOrigin::root(), AGD, usdx_psm()),
				Error::<Test>::InvalidParams
			);
			let scale_19 = crate::PsmParams { scale: 19, ..usdx_psm() };
			assert_noop!(
				Stablecoin::set_psm(RuntimeOrigin::root(), GOLD, scale_19),
				Error::<Test>::InvalidParams
			);
			assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 1));
			let rescaled = crate::PsmParams { scale: 4, ..usdx_psm() };
			assert_noop!(
				Stablecoin::set_psm(RuntimeOrigin::root(), USDX, rescaled),
				Error::<Test>::PsmScaleLocked
			);
			assert_ok!(Stablecoin::set_psm(RuntimeOrigin::root(), GOLD, usdx_psm()));
			assert_noop!(
				Stablecoin::set_psm(RuntimeOrigin::root(), 7, usdx_psm()),
				Error::<Test>::TooManyPsms
			);
		});
	}
}

#[test]
fn a_keeper_without_agd_buys_an_auction_with_a_flash_mint() {
	// The arbitrage flash mints exist for: a keeper with collateral but no AGD buys a lot
	// below the market, puts it in its own vault and mints the AGD that repays the flash mint.
	run(|| {
		use sp_runtime::traits::Dispatchable;
		assert_ok!(adjust(OWNER, 1_000, 1_300));
		set_price(AGR, Some(p(19, 10)));
		assert_ok!(Stablecoin::liquidate(RuntimeOrigin::signed(KEEPER), OWNER, AGR));
		pallet_timestamp::Now::<Test>::put(NOW + 1_250_000);
		let (keeper_agd, keeper_agr) = (agd(BIDDER), Balances::free_balance(BIDDER));
		assert_eq!(keeper_agd, 0);
		let calls = vec![
			RuntimeCall::Stablecoin(crate::Call::take {
				auction: 0,
				max_collateral: u128::MAX,
				max_price: p(2, 1),
			}),
			RuntimeCall::Stablecoin(crate::Call::adjust {
				asset: AGR,
				collateral: 2_000,
				debt: 1_469,
			}),
		];
		let flash = RuntimeCall::Stablecoin(crate::Call::flash_mint {
			amount: 1_469,
			call: Box::new(RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })),
		});
		assert_ok!(flash.dispatch(RuntimeOrigin::signed(BIDDER)));
		assert!(Auctions::<Test>::get(0).is_none(), "the lot was bought");
		// It holds the lot (988 AGR at 1.488) and owes 1,469 AGD in a vault of its own.
		assert!(Balances::free_balance(BIDDER) + held(BIDDER) > keeper_agr + 900);
		assert_eq!(agd(BIDDER), 0);
		assert_eq!(Stablecoin::vault_info(&BIDDER, AGR).unwrap().debt, 1_469);
	});
}

#[test]
fn compounding_while_the_surplus_is_empty_takes_nothing_from_savers() {
	// Attack: with the surplus empty (just spent, or fees not yet accrued into it), a griefer
	// joins with a few planck to compound the rate: the interest of the whole period would be
	// given up for good.
	run(|| {
		use frame_support::traits::tokens::Preservation;
		assert_ok!(adjust(OWNER, 100_000, 50_000));
		assert_ok!(adjust(2, 1_000, 100));
		assert_ok!(Stablecoin::set_money_params(
			RuntimeOrigin::root(),
			MoneyParams { savings_rate: Price::from_inner(1_000_000_000), ..Default::default() }
		));
		assert_ok!(Stablecoin::savings_join(RuntimeOrigin::signed(OWNER), 10_000));
		assert_ok!(Stablecoin::savings_join(RuntimeOrigin::signed(2), 10));
		pallet_timestamp::Now::<Test>::mutate(|n| *n += 1_000_000_000);
		// The griefer (a saver of 10) compounds with nothing in the surplus: nothing is paid,
		// and the seconds stay owed (but for those `⌊pie × chi⌋`'s rounding covers: less than
		// one planck).
		assert_ok!(Stablecoin::savings_exit(RuntimeOrigin::signed(2), 5));
		assert_eq!(Savings::<Test>::get().paid, 0);
		assert!(Savings::<Test>::get().last_drip < NOW + 1_000_000_000 / 5);
		// The surplus fills: the saver gets the whole period's interest.
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<u64>>::transfer(
			AGD,
			&OWNER,
			&Stablecoin::surplus_account(),
			1_000,
			Preservation::Expendable
		));
		assert_eq!(Stablecoin::savings_info(&OWNER).balance, 10_010);
	});
}

#[test]
fn nobody_joins_while_interest_is_owed() {
	// Attack: while the surplus cannot pay, `chi` lags; a whale that bought pie at the lagging
	// `chi` would share the owed interest once the surplus pays it. (Pie bought at the full
	// `chi` instead, as first fixed, paid the earlier savers the owed seconds at once out of
	// the whale's own AGD: found in review.)
	run(|| {
		use frame_support::traits::tokens::Preservation;
		assert_ok!(adjust(OWNER, 100_000, 20_000));
		assert_ok!(adjust(5, 900_000, 400_000));
		assert_ok!(Stablecoin::set_money_params(
			RuntimeOrigin::root(),
			MoneyParams { savings_rate: Price::from_inner(1_000_000_000), ..Default::default() }
		));
		assert_ok!(Stablecoin::savings_join(RuntimeOrigin::signed(OWNER), 10_000));
		pallet_timestamp::Now::<Test>::mutate(|n| *n += 1_000_000_000);
		assert_noop!(
			Stablecoin::savings_join(RuntimeOrigin::signed(5), 400_000),
			Error::<Test>::SavingsLagging
		);
		assert_ok!(<Assets as frame_support::traits::fungibles::Mutate<u64>>::transfer(
			AGD,
			&OWNER,
			&Stablecoin::surplus_account(),
			1_000,
			Preservation::Expendable
		));
		assert_eq!(Stablecoin::savings_info(&OWNER).balance, 10_010);
		// Once the surplus paid up to now, the whale joins at the paid `chi` and leaves with
		// no more than it put in.
		assert_ok!(Stablecoin::savings_join(RuntimeOrigin::signed(5), 400_000));
		assert_ok!(Stablecoin::savings_exit(RuntimeOrigin::signed(5), u128::MAX));
		assert!(agd(5) <= 400_000, "the whale earned {}", agd(5).saturating_sub(400_000));
		assert_eq!(Stablecoin::savings_info(&OWNER).balance, 10_010);
	});
}

#[test]
fn a_frozen_module_asset_does_not_stop_the_redemption_of_the_other_pools() {
	// Attack (found in review): after a shutdown a module's reserve is a redemption pool; its
	// issuer freezes the pallet's account of it, and every redemption failed, the AGR pool's
	// too.
	run(|| {
		assert_ok!(adjust(OWNER, 1_000, 500));
		assert_ok!(Stablecoin::psm_swap_in(RuntimeOrigin::signed(2), USDX, 500));
		assert_ok!(Stablecoin::shutdown(RuntimeOrigin::root()));
		assert_ok!(Stablecoin::settle_vault(RuntimeOrigin::signed(3), OWNER, AGR));
		assert_ok!(Stablecoin::open_redemption(RuntimeOrigin::signed(3)));
		// The asset's admin (account 9) freezes the pallet's account.
		assert_ok!(Assets::freeze(RuntimeOrigin::signed(9), USDX, Stablecoin::account()));
		let (agr_before, usdx_before) = (Balances::free_balance(2), Assets::balance(USDX, 2));
		assert_ok!(Stablecoin::redeem(RuntimeOrigin::signed(2), 100_000));
		assert!(Balances::free_balance(2) > agr_before, "the AGR pool paid");
		assert_eq!(Assets::balance(USDX, 2), usdx_before, "the frozen asset did not");
		let owed = Leftovers::<Test>::get(2, AssetKind::Asset(USDX));
		assert!(owed > 0, "it is credited instead");
		assert_ok!(Assets::thaw(RuntimeOrigin::signed(9), USDX, Stablecoin::account()));
		assert_ok!(Stablecoin::claim_leftovers(RuntimeOrigin::signed(2), AssetKind::Asset(USDX)));
		assert_eq!(Assets::balance(USDX, 2), usdx_before + owed);
	});
}
