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
		/// The parameters with a minimum borrow.
		pub fn with_min_borrow(self, min_borrow: Balance) -> MarketParams {
			MarketParams {
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
		/// The market with a minimum borrow.
		pub fn with_min_borrow(self, min_borrow: Balance) -> Market {
			Market {
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
			let mut n = 0u64;
			Markets::<T>::translate_values::<MarketV1, _>(|old| {
				n.saturating_inc();
				Some(old.with_min_borrow(MinBorrow::get()))
			});
			T::DbWeight::get().reads_writes(n, n)
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
			ensure!(Markets::<T>::iter().count() == old.len(), "markets were lost");
			for (asset, v1) in old {
				let now = Markets::<T>::get(asset).ok_or("a market is gone")?;
				ensure!(now == v1.with_min_borrow(MinBorrow::get()), "a market changed");
			}
			Pallet::<T>::do_try_state()
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
