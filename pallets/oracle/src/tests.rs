//! Unit tests of the oracle pallet.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{BuildStorage, DispatchError::BadOrigin};

fn p(n: u128, d: u128) -> Price {
	Price::from_rational(n, d)
}

fn feed(feeder: u64, asset: AssetKind, price: Price) {
	assert_ok!(Oracle::feed_price(RuntimeOrigin::signed(feeder), asset, price));
}

#[test]
fn genesis_sorts_feeders_and_assets_and_sets_defaults() {
	run(|| {
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(ListedAssets::<Test>::get().into_inner(), vec![AGR, AGD], "sorted, unique");
		assert_eq!(
			Parameters::<Test>::get(),
			OracleParams { staleness: HOUR, min_feeders: 3, history_interval: HOUR, delay: HOUR }
		);
		assert_eq!(Oracle::min_feeders_floor(), MIN_FEEDERS_FLOOR);
	});
}

#[test]
#[should_panic(expected = "invalid oracle parameters")]
fn genesis_refuses_a_minimum_below_three_feeders() {
	let params = OracleParams { min_feeders: 2, ..OracleParams::default() };
	let _ = crate::GenesisConfig::<Test> { params, feeders: vec![1, 2], assets: vec![AGR] }
		.build_storage();
}

#[test]
fn median_is_the_middle_value_or_the_lower_middle() {
	assert_eq!(median(&mut []), None);
	assert_eq!(median(&mut [p(3, 1)]), Some(p(3, 1)));
	assert_eq!(median(&mut [p(9, 1), p(1, 1), p(5, 1)]), Some(p(5, 1)));
	// An even count takes the lower of the two middle values, never their mean.
	assert_eq!(median(&mut [p(4, 1), p(1, 1), p(2, 1), p(100, 1)]), Some(p(2, 1)));
	assert_eq!(median(&mut [p(2000, 1), p(2, 1)]), Some(p(2, 1)));
	// No overflow at the top of the range.
	let max = Price::from_inner(u128::MAX);
	assert_eq!(median(&mut [max, max]), Some(max));
}

/// With `n` values of which `a < n / 2` are an attacker's, the median lies between the lowest
/// and the highest honest value whatever the attacker feeds: every count up to 16 (the
/// runtime's `MaxFeeders`), every such `a`, every split of the attacker's values between the
/// two extremes of the range.
#[test]
fn fewer_than_half_attackers_cannot_move_the_median_outside_the_honest_values() {
	let (low, high) = (Price::from_inner(1), Price::from_inner(u128::MAX));
	for n in 1..=16u128 {
		for a in (0..n).take_while(|a| 2 * a < n) {
			let honest: Vec<Price> = (0..n - a).map(|i| p(190 + i, 100)).collect();
			let (least, most) = (honest[0], honest[honest.len() - 1]);
			for lows in 0..=a {
				let mut values = honest.clone();
				values.extend((0..a).map(|i| if i < lows { low } else { high }));
				let m = median(&mut values).expect("values");
				assert!(least <= m && m <= most, "n = {n}, {a} attackers, {lows} low: {m:?}");
			}
		}
	}
	// At exactly half, attackers can no longer be outvoted, but the lower middle still cannot be
	// pulled up: [2, 2.1, max, max] → 2.1.
	assert_eq!(median(&mut [p(2, 1), high, p(21, 10), high]), Some(p(21, 10)));
}

#[test]
fn price_is_the_median_of_fresh_values() {
	run(|| {
		feed(1, AGR, p(2, 1));
		feed(2, AGR, p(3, 1));
		assert_eq!(Oracle::price(AGR), None, "two values are fewer than the minimum of three");
		feed(3, AGR, p(100, 1));
		assert_eq!(Oracle::price(AGR), Some(p(3, 1)), "an outlier moves the median by one place");
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 4));
		feed(4, AGR, p(5, 2));
		assert_eq!(Oracle::price(AGR), Some(p(5, 2)), "the lower middle of 2, 2.5, 3, 100");
		assert_eq!(Oracle::price(AGD), None, "prices are per asset");
		System::assert_last_event(Event::PriceFed { feeder: 4, asset: AGR, price: p(5, 2) }.into());
	});
}

/// Audit finding 1: with two fresh values the median was their mean, so one feeder posting 2000
/// beside an honest 2.0 made the price 1001, and posting 0.004 made it ≈ 1.
#[test]
fn a_single_feeder_cannot_set_the_price() {
	run(|| {
		feed(1, AGR, p(2, 1));
		feed(3, AGR, p(2000, 1));
		assert_eq!(Oracle::price(AGR), None, "two values are fewer than the minimum of three");
		feed(2, AGR, p(21, 10));
		assert_eq!(Oracle::price(AGR), Some(p(21, 10)), "2000 is outvoted: 2, 2.1, 2000");
		feed(3, AGR, p(4, 1000));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)), "0.004 is outvoted: 0.004, 2, 2.1");
		// A fourth, honest feeder: the lower middle of an even count is still an honest value.
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 4));
		feed(4, AGR, p(22, 10));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)), "0.004, 2, 2.1, 2.2");
		feed(3, AGR, p(2000, 1));
		assert_eq!(Oracle::price(AGR), Some(p(21, 10)), "2, 2.1, 2.2, 2000");
	});
}

/// Audit finding 1: governance cannot let one or two values make a price.
#[test]
fn the_minimum_of_fresh_values_is_at_least_three() {
	run(|| {
		for min_feeders in [0, 1, 2] {
			assert_noop!(
				Oracle::set_params(
					RuntimeOrigin::root(),
					OracleParams { min_feeders, ..OracleParams::default() }
				),
				Error::<Test>::InvalidParams
			);
		}
		assert_ok!(Oracle::set_params(RuntimeOrigin::root(), OracleParams::default()));
	});
}

#[test]
fn stale_values_stop_counting() {
	run(|| {
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 4));
		feed(1, AGR, p(2, 1));
		at(HOUR / 2);
		feed(2, AGR, p(4, 1));
		feed(3, AGR, p(6, 1));
		feed(4, AGR, p(8, 1));
		assert_eq!(Oracle::price(AGR), Some(p(4, 1)), "the lower middle of 2, 4, 6, 8");
		at(HOUR); // feeder 1's value is exactly one hour old: stale.
		assert_eq!(Oracle::price(AGR), Some(p(6, 1)));
		let info = Oracle::price_info(AGR);
		assert_eq!(info.feeds.iter().filter(|f| f.fresh).count(), 3);
		assert!(!info.feeds[0].fresh && info.feeds[0].feeder == 1);
		at(HOUR + HOUR / 2); // every value is stale: no price.
		assert_eq!(Oracle::price(AGR), None);
		feed(1, AGR, p(7, 1));
		assert_eq!(Oracle::price(AGR), None, "one fresh value is not enough");
	});
}

#[test]
fn removed_feeders_stop_counting() {
	run(|| {
		for f in [1, 2, 3] {
			feed(f, AGR, p(2, 1));
		}
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)));
		assert_ok!(Oracle::remove_feeder(RuntimeOrigin::root(), 2));
		System::assert_last_event(Event::FeederRemoved { feeder: 2 }.into());
		assert_eq!(Oracle::price(AGR), None);
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(2), AGR, p(4, 1)),
			Error::<Test>::NotFeeder
		);
	});
}

/// Audit finding 3: a removed feeder's values stayed in storage, and adding the account again
/// revived them.
#[test]
fn removing_a_feeder_deletes_its_values_and_re_adding_revives_none() {
	run(|| {
		for f in [1, 2, 3] {
			feed(f, AGR, p(2, 1));
			feed(f, AGD, p(1, 1));
		}
		assert_ok!(Oracle::remove_feeder(RuntimeOrigin::root(), 3));
		assert_eq!(Feeds::<Test>::get(AGR, 3u64), None);
		assert_eq!(Feeds::<Test>::get(AGD, 3u64), None);
		assert_eq!(Feeds::<Test>::get(AGR, 1u64), Some((p(2, 1), NOW)), "others' values stay");
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 3));
		assert_eq!(Oracle::price_info(AGR).feeds.len(), 2, "feeder 3 starts with no value");
		assert_eq!(Oracle::price(AGR), None, "two values are fewer than three");
		assert_eq!(Oracle::price(AGD), None);
		feed(3, AGR, p(2, 1));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)));
	});
}

/// Audit finding 3: a feeder could write values — and histories — for assets nobody listed.
#[test]
fn values_of_unlisted_assets_are_refused() {
	run(|| {
		for f in [1, 2, 3] {
			assert_noop!(
				Oracle::feed_price(RuntimeOrigin::signed(f), GOLD, p(2000, 1)),
				Error::<Test>::NotListed
			);
		}
		assert_eq!(Feeds::<Test>::iter_prefix(GOLD).count(), 0);
		assert!(!History::<Test>::contains_key(GOLD));
		assert_eq!(Oracle::price(GOLD), None);
	});
}

#[test]
fn assets_are_listed_by_governance() {
	run(|| {
		assert_noop!(Oracle::list_asset(RuntimeOrigin::signed(1), GOLD), BadOrigin);
		assert_noop!(Oracle::list_asset(RuntimeOrigin::root(), AGR), Error::<Test>::AlreadyListed);
		assert_ok!(Oracle::list_asset(RuntimeOrigin::root(), GOLD));
		System::assert_last_event(Event::AssetListed { asset: GOLD }.into());
		assert_eq!(ListedAssets::<Test>::get().into_inner(), vec![AGR, AGD, GOLD], "kept sorted");
		assert_noop!(
			Oracle::list_asset(RuntimeOrigin::root(), AssetKind::Asset(8)),
			Error::<Test>::TooManyAssets
		);
		for f in [1, 2, 3] {
			feed(f, GOLD, p(2000, 1));
		}
		assert_eq!(Oracle::price(GOLD), Some(p(2000, 1)));
		assert_eq!(History::<Test>::get(GOLD).into_inner(), vec![(NOW, p(2000, 1))]);
	});
}

#[test]
fn unlisting_an_asset_deletes_its_values_and_history() {
	run(|| {
		assert_noop!(Oracle::unlist_asset(RuntimeOrigin::signed(1), AGD), BadOrigin);
		assert_noop!(Oracle::unlist_asset(RuntimeOrigin::root(), GOLD), Error::<Test>::NotListed);
		for f in [1, 2, 3] {
			feed(f, AGR, p(2, 1));
			feed(f, AGD, p(1, 1));
		}
		assert_eq!(History::<Test>::get(AGD).len(), 1);
		assert_ok!(Oracle::unlist_asset(RuntimeOrigin::root(), AGD));
		System::assert_last_event(Event::AssetUnlisted { asset: AGD }.into());
		assert_eq!(ListedAssets::<Test>::get().into_inner(), vec![AGR]);
		assert_eq!(Feeds::<Test>::iter_prefix(AGD).count(), 0);
		assert!(!History::<Test>::contains_key(AGD));
		assert_eq!(Oracle::price(AGD), None);
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)), "other assets keep their values");
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(1), AGD, p(1, 1)),
			Error::<Test>::NotListed
		);
		// Listed again, it starts from nothing.
		assert_ok!(Oracle::list_asset(RuntimeOrigin::root(), AGD));
		assert!(Oracle::price_info(AGD).feeds.is_empty());
		assert_eq!(Oracle::volatility(AGD), None);
	});
}

#[test]
fn feeders_are_managed_by_governance() {
	run(|| {
		assert_noop!(Oracle::add_feeder(RuntimeOrigin::signed(1), 9), BadOrigin);
		assert_noop!(Oracle::remove_feeder(RuntimeOrigin::signed(1), 2), BadOrigin);
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 0));
		System::assert_last_event(Event::FeederAdded { feeder: 0 }.into());
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![0, 1, 2, 3], "kept sorted");
		assert_noop!(Oracle::add_feeder(RuntimeOrigin::root(), 2), Error::<Test>::AlreadyFeeder);
		assert_noop!(Oracle::add_feeder(RuntimeOrigin::root(), 9), Error::<Test>::TooManyFeeders);
		assert_noop!(Oracle::remove_feeder(RuntimeOrigin::root(), 9), Error::<Test>::NotFeeder);
	});
}

#[test]
fn feeding_needs_a_feeder_a_listed_asset_and_a_positive_price() {
	run(|| {
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(7), AGR, p(1, 1)),
			Error::<Test>::NotFeeder
		);
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(7), GOLD, p(1, 1)),
			Error::<Test>::NotFeeder
		);
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(1), GOLD, Price::from_inner(0)),
			Error::<Test>::NotListed
		);
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(1), AGR, Price::from_inner(0)),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(Oracle::feed_price(RuntimeOrigin::root(), AGR, p(1, 1)), BadOrigin);
	});
}

#[test]
fn params_are_set_by_governance_and_checked() {
	run(|| {
		let params =
			OracleParams { staleness: 60_000, min_feeders: 4, history_interval: 1, delay: 0 };
		assert_noop!(Oracle::set_params(RuntimeOrigin::signed(1), params), BadOrigin);
		for bad in [
			OracleParams { staleness: 0, min_feeders: 3, history_interval: 1, delay: 0 },
			OracleParams { staleness: 1, min_feeders: 0, history_interval: 1, delay: 0 },
			OracleParams { staleness: 1, min_feeders: 2, history_interval: 1, delay: 0 },
			OracleParams { staleness: 1, min_feeders: 5, history_interval: 1, delay: 0 },
			OracleParams { staleness: 1, min_feeders: 3, history_interval: 0, delay: 0 },
		] {
			assert_noop!(
				Oracle::set_params(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParams
			);
		}
		assert_ok!(Oracle::set_params(RuntimeOrigin::root(), params));
		System::assert_last_event(Event::ParamsSet { params }.into());
		for f in [1, 2, 3] {
			feed(f, AGR, p(2, 1));
		}
		assert_eq!(Oracle::price(AGR), None, "three values are fewer than the new minimum of four");
		assert_ok!(Oracle::add_feeder(RuntimeOrigin::root(), 4));
		feed(4, AGR, p(2, 1));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)));
		at(60_000);
		assert_eq!(Oracle::price(AGR), None, "one minute is now stale");
	});
}

#[test]
fn history_samples_the_price_at_most_once_per_interval() {
	run(|| {
		assert_eq!(Oracle::volatility(AGR), None, "no history yet");
		feed(1, AGR, p(2, 1));
		feed(2, AGR, p(2, 1));
		assert!(History::<Test>::get(AGR).is_empty(), "two values are no price: nothing sampled");
		feed(3, AGR, p(2, 1));
		assert_eq!(History::<Test>::get(AGR).into_inner(), vec![(NOW, p(2, 1))]);
		assert_eq!(Oracle::volatility(AGR), None, "one sample has no change");
		at(HOUR / 2);
		for f in [1, 2, 3] {
			feed(f, AGR, p(3, 1));
		}
		assert_eq!(History::<Test>::get(AGR).len(), 1, "within the interval: no new sample");
		at(HOUR);
		feed(1, AGR, p(3, 1));
		assert_eq!(
			History::<Test>::get(AGR).into_inner(),
			vec![(NOW, p(2, 1)), (NOW + HOUR, p(3, 1))]
		);
		// 2 → 3: +50 %.
		assert_eq!(Oracle::volatility(AGR), Some(p(1, 2)));
		assert_eq!(Oracle::volatility(AGD), None, "histories are per asset");
	});
}

#[test]
fn volatility_is_the_mean_absolute_relative_change_over_a_bounded_history() {
	run(|| {
		// Prices 4, 2, 3, 3, 6 at hourly samples; MaxHistory = 4 keeps the last four.
		for (i, price) in [4u128, 2, 3, 3, 6].into_iter().enumerate() {
			at(HOUR * i as u64);
			for f in [1, 2, 3] {
				feed(f, AGR, p(price, 1));
			}
		}
		let h = History::<Test>::get(AGR);
		assert_eq!(h.len(), 4);
		assert_eq!(
			h.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
			vec![p(2, 1), p(3, 1), p(3, 1), p(6, 1)]
		);
		// |3−2|/2 = 0.5, 0, |6−3|/3 = 1: mean 0.5.
		assert_eq!(Oracle::volatility(AGR), Some(p(1, 2)));
	});
}

#[test]
fn try_state_detects_corruption() {
	new_test_ext().execute_with(|| {
		assert!(Oracle::do_try_state().is_ok());
		Feeders::<Test>::put(BoundedVec::truncate_from(vec![2, 1]));
		assert!(Oracle::do_try_state().is_err(), "feeders out of order");
		Feeders::<Test>::put(BoundedVec::truncate_from(vec![1, 2]));
		History::<Test>::insert(AGR, BoundedVec::truncate_from(vec![(2, p(1, 1)), (1, p(1, 1))]));
		assert!(Oracle::do_try_state().is_err(), "a history out of time order");
		History::<Test>::remove(AGR);
		assert!(Oracle::do_try_state().is_ok());

		Feeds::<Test>::insert(AGR, 3u64, (p(1, 1), NOW));
		assert!(Oracle::do_try_state().is_err(), "a value of a non-feeder");
		Feeds::<Test>::remove(AGR, 3u64);
		Feeds::<Test>::insert(GOLD, 1u64, (p(1, 1), NOW));
		assert!(Oracle::do_try_state().is_err(), "a value of an unlisted asset");
		Feeds::<Test>::remove(GOLD, 1u64);
		History::<Test>::insert(GOLD, BoundedVec::truncate_from(vec![(NOW, p(1, 1))]));
		assert!(Oracle::do_try_state().is_err(), "a history of an unlisted asset");
		History::<Test>::remove(GOLD);
		ListedAssets::<Test>::put(BoundedVec::truncate_from(vec![AGD, AGR]));
		assert!(Oracle::do_try_state().is_err(), "listed assets out of order");
		ListedAssets::<Test>::put(BoundedVec::truncate_from(vec![AGR, AGD]));
		Parameters::<Test>::put(OracleParams { min_feeders: 2, ..OracleParams::default() });
		assert!(Oracle::do_try_state().is_err(), "two values would make a price");
		Parameters::<Test>::put(OracleParams::default());
		assert!(Oracle::do_try_state().is_ok());
	});
}

/// The assets the migration lists in these tests: AGR and AGD (twice, deduplicated).
struct ToList;
impl Get<Vec<AssetKind>> for ToList {
	fn get() -> Vec<AssetKind> {
		vec![AGD, AGR, AGD]
	}
}

#[test]
fn migration_to_v2_lists_assets_deletes_orphaned_values_and_raises_the_minimum() {
	use frame_support::traits::OnRuntimeUpgrade;
	new_test_ext().execute_with(|| {
		// A version-1 state: nothing listed, two values enough for a price, a removed feeder's
		// value, a value and a history of an asset nobody listed.
		StorageVersion::new(1).put::<Oracle>();
		ListedAssets::<Test>::kill();
		frame_support::storage::unhashed::put(
			&Parameters::<Test>::hashed_key(),
			&crate::migrations::v2::OracleParamsV1 {
				staleness: HOUR,
				min_feeders: 2,
				history_interval: HOUR,
			},
		);
		Feeds::<Test>::insert(AGR, 1u64, (p(2, 1), NOW));
		Feeds::<Test>::insert(AGR, 2u64, (p(2, 1), NOW));
		Feeds::<Test>::insert(AGR, 3u64, (p(3, 1), NOW));
		Feeds::<Test>::insert(AGR, 9u64, (p(2000, 1), NOW));
		Feeds::<Test>::insert(GOLD, 2u64, (p(5, 1), NOW));
		History::<Test>::insert(AGR, BoundedVec::truncate_from(vec![(NOW, p(2, 1))]));
		History::<Test>::insert(GOLD, BoundedVec::truncate_from(vec![(NOW, p(5, 1))]));

		let _ = crate::migrations::v2::MigrateV1ToV2::<Test, ToList>::on_runtime_upgrade();

		assert_eq!(Oracle::on_chain_storage_version(), StorageVersion::new(2));
		assert_eq!(ListedAssets::<Test>::get().into_inner(), vec![AGR, AGD]);
		let mut kept = Feeds::<Test>::iter_keys().collect::<Vec<_>>();
		kept.sort();
		assert_eq!(kept, vec![(AGR, 1u64), (AGR, 2), (AGR, 3)]);
		assert_eq!(History::<Test>::iter_keys().collect::<Vec<_>>(), vec![AGR]);
		assert_eq!(
			Parameters::<Test>::get(),
			OracleParams {
				staleness: HOUR,
				min_feeders: MIN_FEEDERS_FLOOR,
				history_interval: HOUR,
				delay: HOUR,
			}
		);
		// The delayed prices start at the prices of the upgrade: liquidations go on.
		assert_eq!(
			Delayed::<Test>::get(AGR),
			Some(DelayedPrice { current: Some(p(2, 1)), next: Some(p(2, 1)), since: NOW })
		);
		assert_eq!(
			Delayed::<Test>::get(AGD),
			Some(DelayedPrice { current: None, next: None, since: NOW })
		);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)));
		assert!(Oracle::do_try_state().is_ok());

		// At version 2 it does nothing.
		ListedAssets::<Test>::put(BoundedVec::truncate_from(vec![AGR]));
		let _ = crate::migrations::v2::MigrateV1ToV2::<Test, ToList>::on_runtime_upgrade();
		assert_eq!(ListedAssets::<Test>::get().into_inner(), vec![AGR]);
	});
}

fn feed_all(price: Price) {
	for f in 1..=3 {
		feed(f, AGR, price);
	}
}

/// Audit finding 2 (dss OSM): a new price is visible for a whole delay before liquidations and
/// minting limits use it.
#[test]
fn a_new_price_waits_the_delay_before_it_counts() {
	run(|| {
		feed_all(p(2, 1));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)));
		assert_eq!(Oracle::delayed_price(AGR), None, "the first price waits the delay too");
		let info = Oracle::price_info(AGR).delayed;
		assert_eq!(
			info,
			DelayedInfo {
				current: None,
				next: Some(p(2, 1)),
				next_at: Some(NOW + HOUR),
				delay: HOUR
			}
		);
		at(HOUR - 1);
		assert_eq!(Oracle::delayed_price(AGR), None);
		at(HOUR);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)), "current once it has waited");

		// A crash: the price is 1 at once, the delayed price an hour later.
		feed_all(p(1, 1));
		assert_eq!(Oracle::price(AGR), Some(p(1, 1)));
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)));
		// The first two values of the round make no price (the old ones are stale): only the
		// third pokes.
		System::assert_has_event(
			Event::Poked {
				asset: AGR,
				current: Some(p(2, 1)),
				next: Some(p(1, 1)),
				since: NOW + HOUR,
			}
			.into(),
		);
		assert_eq!(
			Oracle::price_info(AGR).delayed,
			DelayedInfo {
				current: Some(p(2, 1)),
				next: Some(p(1, 1)),
				next_at: Some(NOW + 2 * HOUR),
				delay: HOUR
			}
		);
		// The collateral price for minting is the lower one, the debt price the higher.
		assert_eq!(Oracle::collateral_price(AGR), Some(p(1, 1)));
		assert_eq!(Oracle::debt_price(AGR), Some(p(2, 1)));
		at(2 * HOUR - 1);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)));
		at(2 * HOUR);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(1, 1)));
	});
}

/// A delayed price nobody moved on for a whole delay after it became current is not used: it
/// is older than any price should be when acted on.
#[test]
fn an_unpoked_delayed_price_expires() {
	run(|| {
		feed_all(p(2, 1));
		at(2 * HOUR - 1);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)));
		at(2 * HOUR);
		assert_eq!(Oracle::delayed_price(AGR), None);
		// Feeds resume: the new price waits a whole delay.
		feed_all(p(3, 1));
		assert_eq!(Oracle::delayed_price(AGR), None);
		at(3 * HOUR);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(3, 1)));
	});
}

#[test]
fn anyone_may_poke_once_due_and_with_a_price() {
	run(|| {
		feed_all(p(2, 1));
		assert_noop!(Oracle::poke(RuntimeOrigin::signed(42), AGR), Error::<Test>::NotDue);
		assert_noop!(Oracle::poke(RuntimeOrigin::signed(42), GOLD), Error::<Test>::NotListed);
		assert_noop!(Oracle::poke(RuntimeOrigin::none(), AGR), BadOrigin);
		at(HOUR - 1);
		feed(1, AGR, p(3, 1));
		assert_noop!(Oracle::poke(RuntimeOrigin::signed(42), AGR), Error::<Test>::NotDue);
		at(HOUR + 10);
		// Only feeder 1's value is fresh: no price to queue.
		assert_noop!(Oracle::poke(RuntimeOrigin::signed(42), AGR), Error::<Test>::NoPrice);
		feed(2, AGR, p(3, 1));
		feed(3, AGR, p(3, 1));
		assert_eq!(
			Delayed::<Test>::get(AGR),
			Some(DelayedPrice {
				current: Some(p(2, 1)),
				next: Some(p(3, 1)),
				since: NOW + HOUR + 10
			})
		);
		at(2 * HOUR + 10);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(3, 1)));
		// Fresh values (written directly: feeding would poke).
		for f in 1..=3 {
			Feeds::<Test>::insert(AGR, f, (p(4, 1), NOW + 2 * HOUR + 10));
		}
		assert_ok!(Oracle::poke(RuntimeOrigin::signed(42), AGR));
		System::assert_last_event(
			Event::Poked {
				asset: AGR,
				current: Some(p(3, 1)),
				next: Some(p(4, 1)),
				since: NOW + 2 * HOUR + 10,
			}
			.into(),
		);
	});
}

#[test]
fn a_zero_delay_makes_the_delayed_price_the_price_and_switching_it_on_starts_there() {
	run(|| {
		let no_delay = OracleParams { delay: 0, ..OracleParams::default() };
		assert_ok!(Oracle::set_params(RuntimeOrigin::root(), no_delay));
		feed_all(p(2, 1));
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)));
		assert_eq!(Delayed::<Test>::get(AGR), None, "nothing stored without a delay");
		assert_ok!(Oracle::set_params(RuntimeOrigin::root(), OracleParams::default()));
		assert_eq!(
			Delayed::<Test>::get(AGR),
			Some(DelayedPrice { current: Some(p(2, 1)), next: Some(p(2, 1)), since: NOW })
		);
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)), "liquidations do not stop");
		feed_all(p(1, 1));
		assert_eq!(Oracle::delayed_price(AGR), Some(p(2, 1)), "later prices wait");
	});
}

#[test]
fn the_delay_is_at_most_a_day_and_unlisting_deletes_the_delayed_price() {
	run(|| {
		let long = OracleParams { delay: MAX_DELAY + 1, ..OracleParams::default() };
		assert_noop!(Oracle::set_params(RuntimeOrigin::root(), long), Error::<Test>::InvalidParams);
		feed_all(p(2, 1));
		assert!(Delayed::<Test>::contains_key(AGR));
		assert_ok!(Oracle::unlist_asset(RuntimeOrigin::root(), AGR));
		assert!(!Delayed::<Test>::contains_key(AGR));
	});
}
