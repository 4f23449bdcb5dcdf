//! Benchmarks of the oracle pallet, in their worst cases: [`Config::MaxFeeders`] feeders and
//! [`Config::MaxAssets`] listed assets (one short of full where a call adds one): the lists are
//! decoded, searched and re-encoded, every feeder's value counts in the median, and a removed
//! feeder or an unlisted asset has a value to delete for every listed asset or every feeder.

use super::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use sp_runtime::traits::One;

fn gov<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Exactly `n` feeders (genesis feeders are removed first).
fn feeders<T: Config>(n: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	Feeders::<T>::kill();
	let mut all = Vec::new();
	for i in 0..n {
		let f: T::AccountId = account("feeder", i, 0);
		Pallet::<T>::add_feeder(gov::<T>()?, f.clone())?;
		all.push(f);
	}
	Ok(all)
}

/// Exactly `n` listed assets (genesis listings are removed first): `Asset(0)`, `Asset(1)`, …
/// — never [`AssetKind::Native`], the first in order, which the benchmarks list or unlist.
fn assets<T: Config>(n: u32) -> Result<Vec<AssetKind>, BenchmarkError> {
	ListedAssets::<T>::kill();
	let mut all = Vec::new();
	for i in 0..n {
		Pallet::<T>::list_asset(gov::<T>()?, AssetKind::Asset(i))?;
		all.push(AssetKind::Asset(i));
	}
	Ok(all)
}

/// `MaxAssets` listed assets, [`AssetKind::Native`] first among them.
fn assets_with_native<T: Config>() -> Result<Vec<AssetKind>, BenchmarkError> {
	let mut all = assets::<T>(T::MaxAssets::get() - 1)?;
	Pallet::<T>::list_asset(gov::<T>()?, AssetKind::Native)?;
	all.insert(0, AssetKind::Native);
	Ok(all)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_feeder() -> Result<(), BenchmarkError> {
		feeders::<T>(T::MaxFeeders::get() - 1)?;
		let new: T::AccountId = account("new feeder", 0, 0);
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new.clone());

		assert!(Pallet::<T>::is_feeder(&new));
		Ok(())
	}

	/// Worst case: the last of a full feeder list, with a value for each of `MaxAssets` listed
	/// assets (every one is deleted).
	#[benchmark]
	fn remove_feeder() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		let last = all[all.len() - 1].clone();
		let now = T::Time::now();
		for asset in assets_with_native::<T>()? {
			Feeds::<T>::insert(asset, &last, (Price::one(), now));
		}
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last.clone());

		assert!(!Pallet::<T>::is_feeder(&last));
		assert_eq!(Feeds::<T>::iter_prefix_values(AssetKind::Native).count(), 0);
		Ok(())
	}

	/// Worst case: every feeder has a fresh value (the median sorts them all), `MaxAssets`
	/// assets are listed, the full history's last sample is old enough for a new one (the
	/// oldest is dropped), and the delayed price moves on (an empty one takes the first price
	/// at once: the same reads and writes as a due poke).
	#[benchmark]
	fn feed_price() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		assets_with_native::<T>()?;
		let now = T::Time::now();
		for (i, f) in all.iter().enumerate() {
			Feeds::<T>::insert(AssetKind::Native, f, (Price::from_u32(2 + i as u32), now));
		}
		let interval = Parameters::<T>::get().history_interval;
		let old = now.saturating_sub(interval);
		let full: Vec<(Moment, Price)> = (0..T::MaxHistory::get())
			.map(|i| (old.saturating_sub(u64::from(T::MaxHistory::get() - i)), Price::one()))
			.collect();
		History::<T>::insert(AssetKind::Native, BoundedVec::truncate_from(full));
		Parameters::<T>::mutate(|p| p.delay = OracleParams::default().delay);
		Delayed::<T>::insert(
			AssetKind::Native,
			DelayedPrice { current: None, next: None, since: now },
		);
		let feeder = all[all.len() - 1].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(feeder.clone()), AssetKind::Native, Price::from_rational(5, 2));

		assert!(Feeds::<T>::get(AssetKind::Native, &feeder).is_some());
		assert!(Delayed::<T>::get(AssetKind::Native).is_some_and(|d| d.next.is_some()));
		Ok(())
	}

	/// Worst case: every feeder has a fresh value (the median sorts them all) and the delayed
	/// price moves on.
	#[benchmark]
	fn poke() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		assets_with_native::<T>()?;
		let now = T::Time::now();
		for (i, f) in all.iter().enumerate() {
			Feeds::<T>::insert(AssetKind::Native, f, (Price::from_u32(2 + i as u32), now));
		}
		Parameters::<T>::mutate(|p| p.delay = OracleParams::default().delay);
		Delayed::<T>::insert(
			AssetKind::Native,
			DelayedPrice { current: None, next: None, since: now },
		);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), AssetKind::Native);

		assert!(Delayed::<T>::get(AssetKind::Native).is_some_and(|d| d.next.is_some()));
		Ok(())
	}

	/// Worst case: a delay switched on with `MaxAssets` listed assets, each priced by
	/// `MaxFeeders` fresh values: every delayed price starts at its price.
	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		let listed = assets_with_native::<T>()?;
		let now = T::Time::now();
		for asset in &listed {
			for (i, f) in all.iter().enumerate() {
				Feeds::<T>::insert(*asset, f, (Price::from_u32(2 + i as u32), now));
			}
		}
		Parameters::<T>::mutate(|p| p.delay = 0);
		let origin = gov::<T>()?;
		let params = OracleParams {
			staleness: 1_000,
			min_feeders: MIN_FEEDERS_FLOOR,
			history_interval: 1,
			delay: 1_000,
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Parameters::<T>::get(), params);
		assert!(listed.iter().all(|a| Delayed::<T>::get(a).is_some_and(|d| d.current.is_some())));
		Ok(())
	}

	/// Worst case: one short of `MaxAssets` listed, the new asset first in order (every other
	/// moves).
	#[benchmark]
	fn list_asset() -> Result<(), BenchmarkError> {
		assets::<T>(T::MaxAssets::get() - 1)?;
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AssetKind::Native);

		assert!(Pallet::<T>::is_listed(&AssetKind::Native));
		Ok(())
	}

	/// Worst case: `MaxAssets` listed, the asset first in order (every other moves), a value
	/// from each of `MaxFeeders` feeders, a full history and a delayed price (all deleted).
	#[benchmark]
	fn unlist_asset() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		assets_with_native::<T>()?;
		let now = T::Time::now();
		for f in &all {
			Feeds::<T>::insert(AssetKind::Native, f, (Price::one(), now));
		}
		let full: Vec<(Moment, Price)> = (0..T::MaxHistory::get())
			.map(|i| (u64::from(i).saturating_add(1), Price::one()))
			.collect();
		History::<T>::insert(AssetKind::Native, BoundedVec::truncate_from(full));
		Delayed::<T>::insert(AssetKind::Native, DelayedPrice::default());
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, AssetKind::Native);

		assert!(!Pallet::<T>::is_listed(&AssetKind::Native));
		assert!(!Delayed::<T>::contains_key(AssetKind::Native));
		assert_eq!(Feeds::<T>::iter_prefix_values(AssetKind::Native).count(), 0);
		assert!(!History::<T>::contains_key(AssetKind::Native));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
