//! Storage migrations of the stablecoin pallet.

use super::*;

/// Version 1 → 2: the surplus is real AGD; auctions have reset rules and limits.
///
/// Version 1 kept the surplus as a number ([`v2::Surplus`]): fees raised the debt and that
/// number but created no AGD, so the debt always exceeded the AGD in existence and the last
/// vaults could never close. Its auctions fell to zero with no restart before the end and
/// had no limit on the collateral on sale at once. The migration
///
/// - mints the old surplus as AGD to [`Pallet::surplus_account`] and removes the number
///   (`AGD issuance = Σ debt + auction debt + bad debt + settled debt` holds after it);
/// - adds the reset rules and the global auction limit to the [`Parameters`] at their defaults
///   (the tail no longer than the auction);
/// - gives each collateral type an auction limit of a fifth of its debt ceiling × (1 + penalty)
///   (as the genesis type: 2 M of 10 M), at least one auction at its debt floor, and its
///   auctions' tab;
/// - sets [`AuctionTab`] from the running auctions.
///
/// It reads every collateral type and running auction once: one block.
pub mod v2 {
	use super::*;
	use frame_support::{
		migrations::VersionedMigration, storage_alias, traits::UncheckedOnRuntimeUpgrade,
	};

	/// The surplus as version 1 kept it: a number of AGD the system was owed.
	#[storage_alias]
	pub type Surplus<T: Config> = StorageValue<Pallet<T>, Balance, ValueQuery>;

	/// The migration without its version check: use [`MigrateV1ToV2`].
	pub struct VersionUncheckedMigrateV1ToV2<T>(PhantomData<T>);

	/// Each running auction's tab (debt plus penalty) by collateral type.
	fn tabs<T: Config>() -> alloc::collections::BTreeMap<AssetKind, Balance> {
		let mut tabs = alloc::collections::BTreeMap::new();
		for a in Auctions::<T>::iter_values() {
			let t: &mut Balance = tabs.entry(a.asset).or_default();
			*t = t.saturating_add(a.debt.saturating_add(a.penalty));
		}
		tabs
	}

	impl<T: Config> UncheckedOnRuntimeUpgrade for VersionUncheckedMigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (1u64, 0u64);
			reads.saturating_accrue(Auctions::<T>::iter_keys().count() as u64);
			let tabs = tabs::<T>();
			writes.saturating_inc();
			AuctionTab::<T>::put(tabs.values().fold(0u128, |d, t| d.saturating_add(*t)));

			let old_surplus = Surplus::<T>::get();
			match Pallet::<T>::add_surplus(old_surplus) {
				Ok(()) => Surplus::<T>::kill(),
				// Kept (post_upgrade fails on it) rather than lost.
				Err(_) => {
					frame_support::defensive!("the old surplus could not be minted");
				},
			}
			writes.saturating_accrue(4);

			reads.saturating_inc();
			let _ = Parameters::<T>::translate::<StablecoinParamsV1, _>(|old| {
				Some(old.map(StablecoinParams::from).unwrap_or_default())
			});
			writes.saturating_inc();

			CollateralTypes::<T>::translate_values::<CollateralTypeV1, _>(|old| {
				reads.saturating_inc();
				writes.saturating_inc();
				// A fifth of what the ceiling's vaults could put on sale, as the genesis type
				// (2 M of 10 M), and at least one auction at the floor.
				let chop = Price::one().saturating_add(old.params.liquidation_penalty);
				let most = value_of(old.params.debt_ceiling, chop, Rounding::Up);
				let floor = value_of(old.params.debt_floor, chop, Rounding::Up);
				let params = old.params.with_auction_limit((most / 5).max(floor).max(1));
				Some(CollateralType {
					params,
					rate: old.rate,
					last_accrual: old.last_accrual,
					normalized_debt: old.normalized_debt,
					collateral: old.collateral,
					auction_tab: 0,
				})
			});
			for (asset, tab) in tabs {
				reads.saturating_inc();
				CollateralTypes::<T>::mutate(asset, |ct| {
					if let Some(ct) = ct {
						ct.auction_tab = tab;
					}
				});
				writes.saturating_inc();
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let issuance = T::Assets::total_issuance(T::StableAsset::get());
			let surplus = Surplus::<T>::get();
			let types = CollateralTypes::<T>::count();
			Ok((issuance, surplus, types).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let (issuance, surplus, types) = <(Balance, Balance, u32)>::decode(&mut &state[..])
				.map_err(|_| "the pre-upgrade state does not decode")?;
			ensure!(!Surplus::<T>::exists(), "the old surplus is still stored");
			ensure!(
				T::Assets::total_issuance(T::StableAsset::get())
					== issuance.saturating_add(surplus),
				"the old surplus was not minted"
			);
			ensure!(Pallet::<T>::surplus() >= surplus, "the surplus account lacks the surplus");
			ensure!(CollateralTypes::<T>::count() == types, "collateral types were lost");
			ensure!(
				CollateralTypes::<T>::iter_values().count() as u32 == types,
				"a collateral type does not decode"
			);
			for ct in CollateralTypes::<T>::iter_values() {
				ensure!(ct.params.auction_limit > 0, "a type without an auction limit");
			}
			let p = Parameters::<T>::get();
			ensure!(
				p.auction_tail > 0 && p.auction_tail <= p.auction_duration && p.auction_limit > 0,
				"auction parameters out of range"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// Version 1 → 2, run only when the pallet's on-chain storage version is 1. Add it to the
	/// runtime's `Migrations`: `pallet_stablecoin::migrations::v2::MigrateV1ToV2<Runtime>`.
	pub type MigrateV1ToV2<T> = VersionedMigration<
		1,
		2,
		VersionUncheckedMigrateV1ToV2<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
