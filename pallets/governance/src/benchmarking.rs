//! Benchmarks of the governance pallet: replacing a track in a full list, a treasury payment
//! to a new account.

use super::*;
use frame_benchmarking::v2::*;

fn track<T: Config>(id: TrackId) -> TrackOf<T> {
	let name = TRACKS.iter().find(|(i, _)| *i == id).map(|(_, n)| *n).unwrap_or_default();
	let ten = BlockNumberFor::<T>::from(10u32);
	Track {
		id,
		info: TrackInfo {
			name: name_bytes(name),
			max_deciding: 10,
			decision_deposit: 1_000,
			prepare_period: ten,
			decision_period: ten,
			confirm_period: ten,
			min_enactment_period: ten,
			min_approval: linear_curve(100, 50),
			min_support: fixed_curve(1),
		},
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_track() -> Result<(), BenchmarkError> {
		for (id, _) in TRACKS {
			Pallet::<T>::put_track(track::<T>(id));
		}
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let mut changed = track::<T>(TRACKS[TRACKS.len() - 1].0);
		changed.info.max_deciding = 3;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, changed.clone());

		assert_eq!(Pallet::<T>::track(changed.id), Some(changed));
		Ok(())
	}

	#[benchmark]
	fn spend() -> Result<(), BenchmarkError> {
		let origin =
			T::SpendOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let treasury = Pallet::<T>::treasury_account();
		T::Currency::set_balance(&treasury, 1_000_000_000_000_000);
		let to: T::AccountId = account("to", 0, 0);
		let amount = 100_000_000_000_000;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, to.clone(), amount);

		assert_eq!(T::Currency::balance(&to), amount);
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let params = GovernanceParams {
			vote_locking_period: BlockNumberFor::<T>::from(100u32),
			undeciding_timeout: BlockNumberFor::<T>::from(200u32),
			delegate_model: Some(1),
			referenda_model: Some(2),
			max_spend: 1_000,
			session_period: BlockNumberFor::<T>::from(600u32),
		};
		// The worst case shortens the lock period: the floor is computed from the tracks.
		let longer =
			GovernanceParams { vote_locking_period: BlockNumberFor::<T>::from(1_000u32), ..params };
		Pallet::<T>::set_params(origin.clone(), longer)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, params);

		assert_eq!(Parameters::<T>::get(), params);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
