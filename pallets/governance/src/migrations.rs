//! Storage migrations of the governance pallet.

use super::*;

/// Version 1 → 2: the `admin` track ([`agora_primitives::governance::ADMIN`]) and the
/// treasury's spend cap ([`GovernanceParams::max_spend`]).
///
/// The migration adds the `admin` track the runtime gives (`AdminTrack`) unless one exists,
/// and sets the spend cap to [`default_max_spend`]. Every other track stays as it was: retune
/// them with `set_track` (the runtime's genesis presets show the periods this version
/// expects: cancelling and killing act faster than the tracks they guard).
pub mod v2 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// [`GovernanceParams`] as version 1 stored them: no spend cap.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct GovernanceParamsV1<BlockNumber> {
		/// See [`GovernanceParams::vote_locking_period`].
		pub vote_locking_period: BlockNumber,
		/// See [`GovernanceParams::undeciding_timeout`].
		pub undeciding_timeout: BlockNumber,
		/// See [`GovernanceParams::delegate_model`].
		pub delegate_model: Option<ModelId>,
		/// See [`GovernanceParams::referenda_model`].
		pub referenda_model: Option<ModelId>,
	}

	impl<BlockNumber> GovernanceParamsV1<BlockNumber> {
		/// The parameters with the default spend cap (as version 2 stored them).
		pub fn migrate(self) -> super::v3::GovernanceParamsV2<BlockNumber> {
			super::v3::GovernanceParamsV2 {
				vote_locking_period: self.vote_locking_period,
				undeciding_timeout: self.undeciding_timeout,
				delegate_model: self.delegate_model,
				referenda_model: self.referenda_model,
				max_spend: default_max_spend(),
			}
		}
	}

	/// The migration without its version check: use [`MigrateV1ToV2`].
	pub struct VersionUncheckedMigrateV1ToV2<T, AdminTrack>(PhantomData<(T, AdminTrack)>);

	impl<T: Config, AdminTrack: Get<TrackOf<T>>> UncheckedOnRuntimeUpgrade
		for VersionUncheckedMigrateV1ToV2<T, AdminTrack>
	{
		fn on_runtime_upgrade() -> Weight {
			let key = Parameters::<T>::hashed_key();
			if let Some(old) =
				frame_support::storage::unhashed::get::<GovernanceParamsV1<BlockNumberFor<T>>>(&key)
			{
				frame_support::storage::unhashed::put(&key, &old.migrate());
			}
			if Pallet::<T>::track(ADMIN).is_none() {
				Pallet::<T>::put_track(AdminTrack::get());
			}
			T::DbWeight::get().reads_writes(2, 2)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let key = Parameters::<T>::hashed_key();
			let old = frame_support::storage::unhashed::get::<GovernanceParamsV1<BlockNumberFor<T>>>(
				&key,
			);
			ensure!(Pallet::<T>::track_valid(&AdminTrack::get()), "the admin track is invalid");
			Ok((old, Tracks::<T>::get()).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			type Before<T> = (
				Option<GovernanceParamsV1<BlockNumberFor<T>>>,
				BoundedVec<TrackOf<T>, ConstU32<{ TRACKS.len() as u32 }>>,
			);
			let (old, tracks) = <Before<T>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			if let Some(old) = old {
				let key = Parameters::<T>::hashed_key();
				let now = frame_support::storage::unhashed::get::<
					super::v3::GovernanceParamsV2<BlockNumberFor<T>>,
				>(&key);
				ensure!(now == Some(old.migrate()), "the parameters changed");
			}
			let now = Tracks::<T>::get();
			for t in tracks.iter() {
				ensure!(now.contains(t), "a track changed");
			}
			let admin = Pallet::<T>::track(ADMIN).ok_or("no admin track")?;
			ensure!(
				tracks.iter().any(|t| t.id == ADMIN) || admin == AdminTrack::get(),
				"the admin track is not the runtime's"
			);
			Ok(())
		}
	}

	/// Version 1 → 2, run only when the pallet's on-chain storage version is 1. Add it to the
	/// runtime's `Migrations`: `pallet_governance::migrations::v2::MigrateV1ToV2<Runtime,
	/// AdminTrack>`.
	pub type MigrateV1ToV2<T, AdminTrack> = VersionedMigration<
		1,
		2,
		VersionUncheckedMigrateV1ToV2<T, AdminTrack>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 → 3: the session period ([`GovernanceParams::session_period`]).
///
/// The migration gives the stored parameters the session period `Period` (the runtime passes
/// its default, one hour). Nothing else changes.
pub mod v3 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// [`GovernanceParams`] as version 2 stored them: no session period.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct GovernanceParamsV2<BlockNumber> {
		/// See [`GovernanceParams::vote_locking_period`].
		pub vote_locking_period: BlockNumber,
		/// See [`GovernanceParams::undeciding_timeout`].
		pub undeciding_timeout: BlockNumber,
		/// See [`GovernanceParams::delegate_model`].
		pub delegate_model: Option<ModelId>,
		/// See [`GovernanceParams::referenda_model`].
		pub referenda_model: Option<ModelId>,
		/// See [`GovernanceParams::max_spend`].
		pub max_spend: Balance,
	}

	impl<BlockNumber> GovernanceParamsV2<BlockNumber> {
		/// The parameters with session period `session_period`.
		pub fn migrate(self, session_period: BlockNumber) -> GovernanceParams<BlockNumber> {
			GovernanceParams {
				vote_locking_period: self.vote_locking_period,
				undeciding_timeout: self.undeciding_timeout,
				delegate_model: self.delegate_model,
				referenda_model: self.referenda_model,
				max_spend: self.max_spend,
				session_period,
			}
		}
	}

	/// The migration without its version check: use [`MigrateV2ToV3`].
	pub struct VersionUncheckedMigrateV2ToV3<T, Period>(PhantomData<(T, Period)>);

	impl<T: Config, Period: Get<BlockNumberFor<T>>> UncheckedOnRuntimeUpgrade
		for VersionUncheckedMigrateV2ToV3<T, Period>
	{
		fn on_runtime_upgrade() -> Weight {
			let _ = Parameters::<T>::translate::<GovernanceParamsV2<BlockNumberFor<T>>, _>(|old| {
				old.map(|o| o.migrate(Period::get()))
			});
			T::DbWeight::get().reads_writes(1, 1)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let key = Parameters::<T>::hashed_key();
			let old = frame_support::storage::unhashed::get::<GovernanceParamsV2<BlockNumberFor<T>>>(
				&key,
			);
			let period = Period::get();
			ensure!(
				period >= MIN_SESSION_PERIOD.into() && period <= MAX_SESSION_PERIOD.into(),
				"the session period is out of bounds"
			);
			Ok(old.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let old = <Option<GovernanceParamsV2<BlockNumberFor<T>>>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			if let Some(old) = old {
				ensure!(
					Parameters::<T>::get() == old.migrate(Period::get()),
					"the parameters changed"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 2 → 3, run only when the pallet's on-chain storage version is 2. Add it to the
	/// runtime's `Migrations` after [`super::v2::MigrateV1ToV2`]:
	/// `pallet_governance::migrations::v3::MigrateV2ToV3<Runtime, SessionPeriod>`.
	pub type MigrateV2ToV3<T, Period> = VersionedMigration<
		2,
		3,
		VersionUncheckedMigrateV2ToV3<T, Period>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
