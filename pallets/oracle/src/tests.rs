//! Unit tests of the oracle pallet.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError::BadOrigin;

const AGR: AssetKind = AssetKind::Native;
const AGD: AssetKind = AssetKind::Asset(1);

fn p(n: u128, d: u128) -> Price {
	Price::from_rational(n, d)
}

fn feed(feeder: u64, asset: AssetKind, price: Price) {
	assert_ok!(Oracle::feed_price(RuntimeOrigin::signed(feeder), asset, price));
}

#[test]
fn genesis_sorts_feeders_and_sets_defaults() {
	run(|| {
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(
			Parameters::<Test>::get(),
			OracleParams { staleness: HOUR, min_feeders: 2, history_interval: HOUR }
		);
	});
}

#[test]
fn median_of_odd_and_even_counts() {
	assert_eq!(median(&mut []), None);
	assert_eq!(median(&mut [p(3, 1)]), Some(p(3, 1)));
	assert_eq!(median(&mut [p(9, 1), p(1, 1), p(5, 1)]), Some(p(5, 1)));
	assert_eq!(median(&mut [p(4, 1), p(1, 1), p(2, 1), p(100, 1)]), Some(p(3, 1)));
	// No overflow at the top of the range.
	let max = Price::from_inner(u128::MAX);
	assert_eq!(median(&mut [max, max]), Some(max));
}

#[test]
fn price_is_the_median_of_fresh_values() {
	run(|| {
		feed(1, AGR, p(2, 1));
		assert_eq!(Oracle::price(AGR), None, "one value is fewer than the minimum of two");
		feed(2, AGR, p(3, 1));
		assert_eq!(Oracle::price(AGR), Some(p(5, 2)));
		feed(3, AGR, p(100, 1));
		assert_eq!(Oracle::price(AGR), Some(p(3, 1)), "an outlier moves the median by one place");
		assert_eq!(Oracle::price(AGD), None, "prices are per asset");
		System::assert_last_event(
			Event::PriceFed { feeder: 3, asset: AGR, price: p(100, 1) }.into(),
		);
	});
}

#[test]
fn stale_values_stop_counting() {
	run(|| {
		feed(1, AGR, p(2, 1));
		at(HOUR / 2);
		feed(2, AGR, p(4, 1));
		feed(3, AGR, p(6, 1));
		assert_eq!(Oracle::price(AGR), Some(p(4, 1)));
		at(HOUR); // feeder 1's value is exactly one hour old: stale.
		assert_eq!(Oracle::price(AGR), Some(p(5, 1)));
		let info = Oracle::price_info(AGR);
		assert_eq!(info.feeds.iter().filter(|f| f.fresh).count(), 2);
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
		feed(1, AGR, p(2, 1));
		feed(2, AGR, p(4, 1));
		assert_ok!(Oracle::remove_feeder(RuntimeOrigin::root(), 2));
		System::assert_last_event(Event::FeederRemoved { feeder: 2 }.into());
		assert_eq!(Oracle::price(AGR), None);
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(2), AGR, p(4, 1)),
			Error::<Test>::NotFeeder
		);
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
fn feeding_needs_a_feeder_and_a_positive_price() {
	run(|| {
		assert_noop!(
			Oracle::feed_price(RuntimeOrigin::signed(7), AGR, p(1, 1)),
			Error::<Test>::NotFeeder
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
		let params = OracleParams { staleness: 60_000, min_feeders: 1, history_interval: 1 };
		assert_noop!(Oracle::set_params(RuntimeOrigin::signed(1), params), BadOrigin);
		for bad in [
			OracleParams { staleness: 0, min_feeders: 1, history_interval: 1 },
			OracleParams { staleness: 1, min_feeders: 0, history_interval: 1 },
			OracleParams { staleness: 1, min_feeders: 5, history_interval: 1 },
			OracleParams { staleness: 1, min_feeders: 1, history_interval: 0 },
		] {
			assert_noop!(
				Oracle::set_params(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParams
			);
		}
		assert_ok!(Oracle::set_params(RuntimeOrigin::root(), params));
		System::assert_last_event(Event::ParamsSet { params }.into());
		feed(1, AGR, p(2, 1));
		assert_eq!(Oracle::price(AGR), Some(p(2, 1)), "one feeder now suffices");
		at(60_000);
		assert_eq!(Oracle::price(AGR), None, "one minute is now stale");
	});
}

#[test]
fn history_samples_the_price_at_most_once_per_interval() {
	run(|| {
		assert_eq!(Oracle::volatility(AGR), None, "no history yet");
		feed(1, AGR, p(2, 1));
		assert!(History::<Test>::get(AGR).is_empty(), "one value is no price: nothing sampled");
		feed(2, AGR, p(2, 1));
		assert_eq!(History::<Test>::get(AGR).into_inner(), vec![(NOW, p(2, 1))]);
		assert_eq!(Oracle::volatility(AGR), None, "one sample has no change");
		at(HOUR / 2);
		feed(1, AGR, p(3, 1));
		feed(2, AGR, p(3, 1));
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
			feed(1, AGR, p(price, 1));
			feed(2, AGR, p(price, 1));
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
		assert!(Oracle::do_try_state().is_err());
		Feeders::<Test>::put(BoundedVec::truncate_from(vec![1, 2]));
		History::<Test>::insert(AGR, BoundedVec::truncate_from(vec![(2, p(1, 1)), (1, p(1, 1))]));
		assert!(Oracle::do_try_state().is_err(), "a history out of time order");
	});
}
