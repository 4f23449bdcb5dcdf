//! Benchmarks of the oracle pallet, in their worst cases: the feeder list one short of full
//! (it is decoded, searched and re-encoded), the feeder the last of a full list.

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

	#[benchmark]
	fn remove_feeder() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
		let last = all[all.len() - 1].clone();
		let origin = gov::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, last.clone());

		assert!(!Pallet::<T>::is_feeder(&last));
		Ok(())
	}

	/// Worst case: every feeder has a fresh value (the median sorts them all) and the full
	/// history's last sample is old enough for a new one (the oldest is dropped).
	#[benchmark]
	fn feed_price() -> Result<(), BenchmarkError> {
		let all = feeders::<T>(T::MaxFeeders::get())?;
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
		let feeder = all[all.len() - 1].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(feeder.clone()), AssetKind::Native, Price::from_rational(5, 2));

		assert!(Feeds::<T>::get(AssetKind::Native, &feeder).is_some());
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = gov::<T>()?;
		let params = OracleParams { staleness: 1_000, min_feeders: 1, history_interval: 1 };

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
