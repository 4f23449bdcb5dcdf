//! Storage migrations of the oracle pallet.

use super::*;

/// Version 1 → 2: listed assets, no values of removed feeders or unlisted assets, at least
/// [`MIN_FEEDERS_FLOOR`] fresh values for a price.
///
/// Version 1 had no [`ListedAssets`]; it kept a removed feeder's values (adding the account
/// again revived them), accepted values and sampled histories for any asset, and allowed
/// `min_feeders` below three. The migration
///
/// - lists the assets `Listed` names (sorted, deduplicated, at most [`Config::MaxAssets`]):
///   the assets the runtime's pallets price, e.g. AGR and AGD;
/// - deletes every value of an unlisted asset or of an account that is no longer a feeder, and
///   every history of an unlisted asset;
/// - raises `min_feeders` to [`MIN_FEEDERS_FLOOR`] if it is lower, and adds the delay
///   ([`OracleParams::delay`], one hour as by default);
/// - starts each listed asset's delayed price ([`Delayed`]) at its price at the upgrade, so that
///   liquidations and minting go on and only later prices wait the delay.
///
/// It reads every stored value once: one block, as [`Feeds`] holds at most one value per feeder
/// and asset fed.
pub mod v2 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// [`OracleParams`] as version 1 stored them: no delay.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct OracleParamsV1 {
		/// Milliseconds after which a fed value no longer counts.
		pub staleness: Moment,
		/// Fresh values needed for a price.
		pub min_feeders: u32,
		/// Least milliseconds between two samples of the price history.
		pub history_interval: Moment,
	}

	/// The migration without its version check: use [`MigrateV1ToV2`].
	pub struct VersionUncheckedMigrateV1ToV2<T, Listed>(PhantomData<(T, Listed)>);

	impl<T: Config, Listed: Get<Vec<AssetKind>>> VersionUncheckedMigrateV1ToV2<T, Listed> {
		/// The assets to list: `Listed`, sorted, deduplicated, at most `MaxAssets`.
		fn listed() -> BoundedVec<AssetKind, T::MaxAssets> {
			let mut assets = Listed::get();
			assets.sort();
			assets.dedup();
			BoundedVec::truncate_from(assets)
		}
	}

	impl<T: Config, Listed: Get<Vec<AssetKind>>> UncheckedOnRuntimeUpgrade
		for VersionUncheckedMigrateV1ToV2<T, Listed>
	{
		fn on_runtime_upgrade() -> Weight {
			let listed = Self::listed();
			let feeders = Feeders::<T>::get();
			let (mut reads, mut writes) = (2u64, 1u64);

			let stale_feeds: Vec<(AssetKind, T::AccountId)> = Feeds::<T>::iter_keys()
				.filter(|(asset, feeder)| {
					reads.saturating_inc();
					listed.binary_search(asset).is_err() || feeders.binary_search(feeder).is_err()
				})
				.collect();
			for (asset, feeder) in stale_feeds {
				Feeds::<T>::remove(asset, &feeder);
				writes.saturating_inc();
			}

			let stale_histories: Vec<AssetKind> = History::<T>::iter_keys()
				.filter(|asset| {
					reads.saturating_inc();
					listed.binary_search(asset).is_err()
				})
				.collect();
			for asset in stale_histories {
				History::<T>::remove(asset);
				writes.saturating_inc();
			}

			ListedAssets::<T>::put(listed.clone());

			reads.saturating_inc();
			let _ = Parameters::<T>::translate::<OracleParamsV1, _>(|old| {
				let old = old.unwrap_or(OracleParamsV1 {
					staleness: OracleParams::default().staleness,
					min_feeders: MIN_FEEDERS_FLOOR,
					history_interval: OracleParams::default().history_interval,
				});
				Some(OracleParams {
					staleness: old.staleness,
					min_feeders: old.min_feeders.max(MIN_FEEDERS_FLOOR),
					history_interval: old.history_interval,
					delay: OracleParams::default().delay,
				})
			});
			writes.saturating_inc();

			// Each price reads the parameters, the feeders and one value per feeder.
			let per_price = 2u64.saturating_add(u64::from(T::MaxFeeders::get()));
			let now = T::Time::now();
			for asset in listed {
				let live = Pallet::<T>::price(asset);
				Delayed::<T>::insert(asset, DelayedPrice { current: live, next: live, since: now });
				reads.saturating_accrue(per_price);
				writes.saturating_inc();
			}

			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let mut assets = Listed::get();
			assets.sort();
			assets.dedup();
			ensure!(
				assets.len() <= T::MaxAssets::get() as usize,
				"the assets to list exceed MaxAssets"
			);
			ensure!(ListedAssets::<T>::get().is_empty(), "assets are listed already");
			let listed = Self::listed();
			let feeders = Feeders::<T>::get();
			let kept = Feeds::<T>::iter_keys()
				.filter(|(asset, feeder)| {
					listed.binary_search(asset).is_ok() && feeders.binary_search(feeder).is_ok()
				})
				.count() as u32;
			Ok(kept.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let kept = u32::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			ensure!(ListedAssets::<T>::get() == Self::listed(), "the assets are not listed");
			ensure!(
				Feeds::<T>::iter_keys().count() as u32 == kept,
				"values of listed assets and current feeders were lost"
			);
			let params = Parameters::<T>::get();
			ensure!(params.min_feeders >= MIN_FEEDERS_FLOOR, "min_feeders < 3");
			ensure!(
				Feeders::<T>::get().len() >= MIN_FEEDERS_FLOOR as usize,
				"fewer feeders than a price needs now: add feeders before upgrading"
			);
			ensure!(params.delay == OracleParams::default().delay, "the delay is not set");
			for asset in ListedAssets::<T>::get() {
				let d = Delayed::<T>::get(asset).ok_or("a listed asset has no delayed price")?;
				ensure!(
					d.current == Pallet::<T>::price(asset),
					"a delayed price does not start at the price"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 1 → 2, run only when the pallet's on-chain storage version is 1. `Listed` names
	/// the assets to list (see the module documentation). Add it to the runtime's
	/// `Migrations`, e.g. `pallet_oracle::migrations::v2::MigrateV1ToV2<Runtime,
	/// OracleListedAssets>`.
	pub type MigrateV1ToV2<T, Listed> = VersionedMigration<
		1,
		2,
		VersionUncheckedMigrateV1ToV2<T, Listed>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
