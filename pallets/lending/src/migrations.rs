//! Storage migrations of the lending pallet.

use super::*;

/// Version 1 → 2: markets get a minimum borrow ([`MarketParams::min_borrow`]).
///
/// Version 1 had none: a 1-planck borrow could not be liquidated (its close factor rounded to
/// nothing) and farmed the borrower score. The migration sets each market's minimum borrow to
/// `MinBorrow` (in the runtime, one unit of the market's asset); borrows already below it stay,
/// and liquidations close them whole.
pub mod v2 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};
	use v3::{MarketParamsV2, MarketV2};

	/// [`MarketParams`] as version 1 stored them: no minimum borrow.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct MarketParamsV1 {
		/// See [`MarketParams::collateral_factor`].
		pub collateral_factor: Ratio,
		/// See [`MarketParams::liquidation_threshold`].
		pub liquidation_threshold: Ratio,
		/// See [`MarketParams::reserve_factor`].
		pub reserve_factor: Ratio,
		/// See [`MarketParams::close_factor`].
		pub close_factor: Ratio,
		/// See [`MarketParams::liquidation_incentive`].
		pub liquidation_incentive: Ratio,
		/// See [`MarketParams::supply_cap`].
		pub supply_cap: Balance,
		/// See [`MarketParams::borrow_cap`].
		pub borrow_cap: Balance,
		/// See [`MarketParams::interest`].
		pub interest: InterestModel,
		/// See [`MarketParams::paused`].
		pub paused: Pauses,
		/// See [`MarketParams::supply_reward_speed`].
		pub supply_reward_speed: Balance,
		/// See [`MarketParams::borrow_reward_speed`].
		pub borrow_reward_speed: Balance,
	}

	impl MarketParamsV1 {
		/// The parameters with a minimum borrow (version 2's).
		pub fn with_min_borrow(self, min_borrow: Balance) -> MarketParamsV2 {
			MarketParamsV2 {
				collateral_factor: self.collateral_factor,
				liquidation_threshold: self.liquidation_threshold,
				reserve_factor: self.reserve_factor,
				close_factor: self.close_factor,
				liquidation_incentive: self.liquidation_incentive,
				supply_cap: self.supply_cap,
				borrow_cap: self.borrow_cap,
				min_borrow,
				interest: self.interest,
				paused: self.paused,
				supply_reward_speed: self.supply_reward_speed,
				borrow_reward_speed: self.borrow_reward_speed,
			}
		}
	}

	/// [`Market`] as version 1 stored it.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct MarketV1 {
		/// Parameters without a minimum borrow.
		pub params: MarketParamsV1,
		/// See [`Market::lend_token`].
		pub lend_token: AssetId,
		/// See [`Market::cash`].
		pub cash: Balance,
		/// See [`Market::normalized_borrows`].
		pub normalized_borrows: Balance,
		/// See [`Market::total_reserves`].
		pub total_reserves: Balance,
		/// See [`Market::borrow_index`].
		pub borrow_index: Ratio,
		/// See [`Market::last_accrued`].
		pub last_accrued: Moment,
		/// See [`Market::supply_reward_index`].
		pub supply_reward_index: Ratio,
		/// See [`Market::borrow_reward_index`].
		pub borrow_reward_index: Ratio,
	}

	impl MarketV1 {
		/// The market with a minimum borrow (version 2's).
		pub fn with_min_borrow(self, min_borrow: Balance) -> MarketV2 {
			MarketV2 {
				params: self.params.with_min_borrow(min_borrow),
				lend_token: self.lend_token,
				cash: self.cash,
				normalized_borrows: self.normalized_borrows,
				total_reserves: self.total_reserves,
				borrow_index: self.borrow_index,
				last_accrued: self.last_accrued,
				supply_reward_index: self.supply_reward_index,
				borrow_reward_index: self.borrow_reward_index,
			}
		}
	}

	/// The migration without its version check: use [`MigrateV1ToV2`].
	pub struct VersionUncheckedMigrateV1ToV2<T, MinBorrow>(PhantomData<(T, MinBorrow)>);

	impl<T: Config, MinBorrow: Get<Balance>> UncheckedOnRuntimeUpgrade
		for VersionUncheckedMigrateV1ToV2<T, MinBorrow>
	{
		fn on_runtime_upgrade() -> Weight {
			// Version 2's format is not the pallet's type any more: move raw values.
			let mut n = 0u64;
			let assets: alloc::vec::Vec<AssetKind> = Markets::<T>::iter_keys().collect();
			for asset in assets {
				let key = Markets::<T>::hashed_key_for(asset);
				n.saturating_inc();
				match frame_support::storage::unhashed::get::<MarketV1>(&key) {
					Some(old) => frame_support::storage::unhashed::put(
						&key,
						&old.with_min_borrow(MinBorrow::get()),
					),
					// As `translate_values`: a value that does not decode is left alone (the
					// checks then report it), never deleted beside its lend token and borrows.
					None => {
						frame_support::defensive!(
							"a market is not in version 1's format; left as it is"
						);
					},
				}
			}
			// The key iteration and the reads, the writes.
			T::DbWeight::get().reads_writes(n.saturating_mul(2), n)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			let mut markets: alloc::vec::Vec<(AssetKind, MarketV1)> = alloc::vec::Vec::new();
			for asset in Markets::<T>::iter_keys() {
				let key = Markets::<T>::hashed_key_for(asset);
				let v1 = frame_support::storage::unhashed::get::<MarketV1>(&key)
					.ok_or("a market is not in version 1's format")?;
				markets.push((asset, v1));
			}
			Ok(markets.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let old = <alloc::vec::Vec<(AssetKind, MarketV1)>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			ensure!(Markets::<T>::iter_keys().count() == old.len(), "markets were lost");
			for (asset, v1) in old {
				let key = Markets::<T>::hashed_key_for(asset);
				let now = frame_support::storage::unhashed::get::<MarketV2>(&key)
					.ok_or("a market is gone, or not in version 2's format")?;
				ensure!(now == v1.with_min_borrow(MinBorrow::get()), "a market changed");
			}
			// The pallet's checks run after the last migration (version 3's format).
			Ok(())
		}
	}

	/// Version 1 → 2, run only when the pallet's on-chain storage version is 1. Add it to the
	/// runtime's `Migrations`: `pallet_lending::migrations::v2::MigrateV1ToV2<Runtime,
	/// MinBorrow>`.
	pub type MigrateV1ToV2<T, MinBorrow> = VersionedMigration<
		1,
		2,
		VersionUncheckedMigrateV1ToV2<T, MinBorrow>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2 → 3: markets get a protocol seize share ([`MarketParams::protocol_seize_share`])
/// and the isolation settings ([`MarketParams::isolation_ceiling`],
/// [`MarketParams::borrowable_in_isolation`]).
///
/// Every market gets `SeizeShare` (in the runtime Compound's 2.8 %; none where it would leave the
/// market's own liquidations no bonus, an incentive below about 1.029), is not isolated and is not
/// borrowable in isolation: governance turns isolation on for new, risky collateral and marks
/// the stable markets borrowable. No account is isolated, so the new maps start empty.
pub mod v3 {
	use super::*;
	use frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade};

	/// [`MarketParams`] as version 2 stored them.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct MarketParamsV2 {
		/// See [`MarketParams::collateral_factor`].
		pub collateral_factor: Ratio,
		/// See [`MarketParams::liquidation_threshold`].
		pub liquidation_threshold: Ratio,
		/// See [`MarketParams::reserve_factor`].
		pub reserve_factor: Ratio,
		/// See [`MarketParams::close_factor`].
		pub close_factor: Ratio,
		/// See [`MarketParams::liquidation_incentive`].
		pub liquidation_incentive: Ratio,
		/// See [`MarketParams::supply_cap`].
		pub supply_cap: Balance,
		/// See [`MarketParams::borrow_cap`].
		pub borrow_cap: Balance,
		/// See [`MarketParams::min_borrow`].
		pub min_borrow: Balance,
		/// See [`MarketParams::interest`].
		pub interest: InterestModel,
		/// See [`MarketParams::paused`].
		pub paused: Pauses,
		/// See [`MarketParams::supply_reward_speed`].
		pub supply_reward_speed: Balance,
		/// See [`MarketParams::borrow_reward_speed`].
		pub borrow_reward_speed: Balance,
	}

	impl MarketParamsV2 {
		/// The parameters with a protocol seize share, not isolated, not borrowable in
		/// isolation.
		pub fn with_seize_share(self, protocol_seize_share: Ratio) -> MarketParams {
			MarketParams {
				collateral_factor: self.collateral_factor,
				liquidation_threshold: self.liquidation_threshold,
				reserve_factor: self.reserve_factor,
				close_factor: self.close_factor,
				liquidation_incentive: self.liquidation_incentive,
				supply_cap: self.supply_cap,
				borrow_cap: self.borrow_cap,
				min_borrow: self.min_borrow,
				interest: self.interest,
				paused: self.paused,
				supply_reward_speed: self.supply_reward_speed,
				borrow_reward_speed: self.borrow_reward_speed,
				protocol_seize_share,
				isolation_ceiling: None,
				borrowable_in_isolation: false,
			}
		}
	}

	/// [`Market`] as version 2 stored it.
	#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
	pub struct MarketV2 {
		/// Parameters without the seize share and isolation.
		pub params: MarketParamsV2,
		/// See [`Market::lend_token`].
		pub lend_token: AssetId,
		/// See [`Market::cash`].
		pub cash: Balance,
		/// See [`Market::normalized_borrows`].
		pub normalized_borrows: Balance,
		/// See [`Market::total_reserves`].
		pub total_reserves: Balance,
		/// See [`Market::borrow_index`].
		pub borrow_index: Ratio,
		/// See [`Market::last_accrued`].
		pub last_accrued: Moment,
		/// See [`Market::supply_reward_index`].
		pub supply_reward_index: Ratio,
		/// See [`Market::borrow_reward_index`].
		pub borrow_reward_index: Ratio,
	}

	impl MarketV2 {
		/// The market as the migration makes it: `share` if that leaves its liquidations a bonus,
		/// else none.
		pub fn migrated(self, share: Ratio) -> Market {
			let market = self.with_seize_share(share);
			if market.params.is_valid() {
				market
			} else {
				self.with_seize_share(Ratio::zero())
			}
		}

		/// The market with a protocol seize share, not isolated.
		pub fn with_seize_share(self, protocol_seize_share: Ratio) -> Market {
			Market {
				params: self.params.with_seize_share(protocol_seize_share),
				lend_token: self.lend_token,
				cash: self.cash,
				normalized_borrows: self.normalized_borrows,
				total_reserves: self.total_reserves,
				borrow_index: self.borrow_index,
				last_accrued: self.last_accrued,
				supply_reward_index: self.supply_reward_index,
				borrow_reward_index: self.borrow_reward_index,
			}
		}
	}

	/// The migration without its version check: use [`MigrateV2ToV3`].
	pub struct VersionUncheckedMigrateV2ToV3<T, SeizeShare>(PhantomData<(T, SeizeShare)>);

	impl<T: Config, SeizeShare: Get<Ratio>> UncheckedOnRuntimeUpgrade
		for VersionUncheckedMigrateV2ToV3<T, SeizeShare>
	{
		fn on_runtime_upgrade() -> Weight {
			let mut n = 0u64;
			Markets::<T>::translate_values::<MarketV2, _>(|old| {
				n.saturating_inc();
				Some(old.migrated(SeizeShare::get()))
			});
			T::DbWeight::get().reads_writes(n.saturating_add(1), n)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			ensure!(SeizeShare::get() < Ratio::one(), "a protocol seize share of 1 or more");
			let mut markets: alloc::vec::Vec<(AssetKind, MarketV2)> = alloc::vec::Vec::new();
			for asset in Markets::<T>::iter_keys() {
				let key = Markets::<T>::hashed_key_for(asset);
				let v2 = frame_support::storage::unhashed::get::<MarketV2>(&key)
					.ok_or("a market is not in version 2's format")?;
				markets.push((asset, v2));
			}
			ensure!(IsolatedIn::<T>::iter().next().is_none(), "an account is isolated already");
			Ok(markets.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let old = <alloc::vec::Vec<(AssetKind, MarketV2)>>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			ensure!(Markets::<T>::iter().count() == old.len(), "markets were lost");
			for (asset, v2) in old {
				let now = Markets::<T>::get(asset).ok_or("a market is gone")?;
				ensure!(now == v2.migrated(SeizeShare::get()), "a market changed");
				ensure!(now.params.is_valid(), "a migrated market's parameters are invalid");
			}
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 2 → 3, run only when the pallet's on-chain storage version is 2. Add it to the
	/// runtime's `Migrations` after [`super::v2::MigrateV1ToV2`]:
	/// `pallet_lending::migrations::v3::MigrateV2ToV3<Runtime, SeizeShare>`.
	pub type MigrateV2ToV3<T, SeizeShare> = VersionedMigration<
		2,
		3,
		VersionUncheckedMigrateV2ToV3<T, SeizeShare>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
