//! # Oracle pallet
//!
//! Prices of the chain's assets, fed by governance-approved feeders and read by the stablecoin
//! and lending pallets through [`PriceProvider`].
//!
//! ## Overview
//!
//! - **Feeders** are added and removed by [`Config::GovernanceOrigin`], at most
//!   [`Config::MaxFeeders`]. A removed feeder's values stop counting at once.
//! - A feeder **feeds** a value for an asset with [`Pallet::feed_price`]; each feeder has one
//!   latest value per asset, stamped with the block time.
//! - The **price** of an asset is the median of the current feeders' values that are *fresh*
//!   — younger than [`OracleParams::staleness`] — and exists only when at least
//!   [`OracleParams::min_feeders`] values are fresh. Otherwise there is **no price**: the
//!   stablecoin and lending pallets then refuse to mint, withdraw, borrow or liquidate, rather
//!   than act on a stale or thinly-sourced price. With an even number of fresh values, the
//!   median is the mean of the two middle ones.
//! - A price is a `FixedU128` ([`agora_primitives::Price`]): how many smallest units of AGD
//!   (US dollars, 12 decimals) one smallest unit of the asset is worth — for 12-decimal assets
//!   like AGR, the dollar price of one whole unit.
//! - The staleness period and the minimum number of fresh values are governance parameters
//!   ([`Parameters`], [`Pallet::set_params`]); genesis defaults: one hour, two feeders.
//! - **History and volatility**: when a feed leaves the asset with a price and the last sample
//!   of its [`History`] is at least [`OracleParams::history_interval`] old, the price is
//!   sampled; the last [`Config::MaxHistory`] samples are kept. The asset's *volatility*
//!   ([`PriceProvider::volatility`], used by the stablecoin's vault risk model) is the mean
//!   absolute relative change between consecutive samples, `mean |pₖ − pₖ₋₁| / pₖ₋₁`.
//!
//! ## Invariants (`try_state`)
//!
//! - feeders are sorted and unique, at most [`Config::MaxFeeders`];
//! - the parameters are usable: a positive staleness, `1 ≤ min_feeders ≤ MaxFeeders`;
//! - every fed value is positive;
//! - every history is in time order and holds positive prices.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use agora_primitives::oracle::{FeedView, PriceInfo, PriceProvider};
use agora_primitives::{AssetKind, Moment, Price};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{EnsureOrigin, Time},
	BoundedVec,
};
use frame_system::pallet_prelude::*;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{CheckedDiv, Saturating, Zero},
	FixedPointNumber,
};

/// The parameters governance tunes.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct OracleParams {
	/// Milliseconds after which a fed value no longer counts.
	pub staleness: Moment,
	/// Fresh values needed for a price.
	pub min_feeders: u32,
	/// Least milliseconds between two samples of the price history ([`History`]) that
	/// [`PriceProvider::volatility`] is measured over.
	pub history_interval: Moment,
}

impl Default for OracleParams {
	/// One hour, two feeders, hourly history samples.
	fn default() -> Self {
		OracleParams { staleness: 60 * 60 * 1000, min_feeders: 2, history_interval: 60 * 60 * 1000 }
	}
}

/// The median of `values` (sorted in place): the middle value, or the mean of the two middle
/// values of an even count, rounded down. `None` for no values.
pub fn median(values: &mut [Price]) -> Option<Price> {
	values.sort();
	let n = values.len();
	if n == 0 {
		return None;
	}
	let upper = values[n / 2];
	if n % 2 == 1 {
		return Some(upper);
	}
	let (a, b) = (values[n / 2 - 1].into_inner(), upper.into_inner());
	// a ≤ b: a + (b − a) / 2 cannot overflow.
	Some(Price::from_inner(a + (b - a) / 2))
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the oracle pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who adds and removes feeders and sets [`OracleParams`]: governance.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The clock values are stamped with (Unix milliseconds).
		type Time: Time<Moment = Moment>;

		/// Most feeders at once.
		#[pallet::constant]
		type MaxFeeders: Get<u32>;

		/// Samples of the price history kept per asset.
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// The feeders, sorted.
	#[pallet::storage]
	pub type Feeders<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxFeeders>, ValueQuery>;

	/// Each feeder's latest value per asset, with its time (Unix milliseconds).
	#[pallet::storage]
	pub type Feeds<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		AssetKind,
		Blake2_128Concat,
		T::AccountId,
		(Price, Moment),
	>;

	/// The parameters governance tunes.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, OracleParams, ValueQuery>;

	/// Sampled prices of each asset (time, price), oldest first, at most
	/// [`Config::MaxHistory`].
	#[pallet::storage]
	pub type History<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		AssetKind,
		BoundedVec<(Moment, Price), T::MaxHistory>,
		ValueQuery,
	>;

	/// Genesis: parameters and initial feeders.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The parameters (defaults: [`OracleParams::default`]).
		pub params: OracleParams,
		/// The initial feeders.
		pub feeders: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::params_valid(&self.params), "invalid oracle parameters");
			Parameters::<T>::put(self.params);
			let mut feeders = self.feeders.clone();
			feeders.sort();
			feeders.dedup();
			Feeders::<T>::put(BoundedVec::try_from(feeders).expect("too many genesis feeders"));
		}
	}

	/// Events of the oracle pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A feeder was added.
		FeederAdded { feeder: T::AccountId },
		/// A feeder was removed; its values no longer count.
		FeederRemoved { feeder: T::AccountId },
		/// A feeder fed a value for an asset.
		PriceFed { feeder: T::AccountId, asset: AssetKind, price: Price },
		/// Governance set the parameters.
		ParamsSet { params: OracleParams },
	}

	/// Errors of the oracle pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is a feeder already.
		AlreadyFeeder,
		/// The account is not a feeder.
		NotFeeder,
		/// [`Config::MaxFeeders`] feeders exist already.
		TooManyFeeders,
		/// A price must be positive.
		ZeroPrice,
		/// The staleness and the history interval must be positive and `min_feeders` within
		/// `1..=MaxFeeders`.
		InvalidParams,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxFeeders::get() > 0, "MaxFeeders must admit a feeder");
			assert!(T::MaxHistory::get() >= 2, "MaxHistory must hold two samples for a volatility");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds a feeder.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::FeederAdded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_feeder())]
		pub fn add_feeder(origin: OriginFor<T>, feeder: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Feeders::<T>::try_mutate(|feeders| -> DispatchResult {
				let at = feeders.binary_search(&feeder).err().ok_or(Error::<T>::AlreadyFeeder)?;
				feeders.try_insert(at, feeder.clone()).map_err(|_| Error::<T>::TooManyFeeders)?;
				Ok(())
			})?;
			Self::deposit_event(Event::FeederAdded { feeder });
			Ok(())
		}

		/// Removes a feeder: its values stop counting at once.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::FeederRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_feeder())]
		pub fn remove_feeder(origin: OriginFor<T>, feeder: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Feeders::<T>::try_mutate(|feeders| -> DispatchResult {
				let at = feeders.binary_search(&feeder).map_err(|_| Error::<T>::NotFeeder)?;
				feeders.remove(at);
				Ok(())
			})?;
			Self::deposit_event(Event::FeederRemoved { feeder });
			Ok(())
		}

		/// Feeds the caller's value for `asset`, stamped with the block time. The caller must
		/// be a feeder.
		///
		/// Emits [`Event::PriceFed`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::feed_price())]
		pub fn feed_price(origin: OriginFor<T>, asset: AssetKind, price: Price) -> DispatchResult {
			let feeder = ensure_signed(origin)?;
			ensure!(Self::is_feeder(&feeder), Error::<T>::NotFeeder);
			ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
			let now = T::Time::now();
			Feeds::<T>::insert(asset, &feeder, (price, now));
			Self::sample(asset, now);
			Self::deposit_event(Event::PriceFed { feeder, asset, price });
			Ok(())
		}

		/// Sets the staleness period and the minimum number of fresh values.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: OracleParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			Parameters::<T>::put(params);
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	fn params_valid(p: &OracleParams) -> bool {
		p.staleness > 0
			&& p.history_interval > 0
			&& p.min_feeders >= 1
			&& p.min_feeders <= T::MaxFeeders::get()
	}

	/// Samples `asset`'s price into its history if it has one and the last sample is at least
	/// the history interval old; the oldest sample makes room when the history is full.
	fn sample(asset: AssetKind, now: Moment) {
		let Some(price) = Self::price_info(asset).price else { return };
		let interval = Parameters::<T>::get().history_interval;
		History::<T>::mutate(asset, |h| {
			if h.last().is_some_and(|(t, _)| now.saturating_sub(*t) < interval) {
				return;
			}
			if h.is_full() {
				h.remove(0);
			}
			// Cannot fail: there is room now (MaxHistory ≥ 2, checked by integrity_test).
			let _ = h.try_push((now, price));
		});
	}

	/// The mean absolute relative change between consecutive samples of `asset`'s history,
	/// `None` with fewer than two samples.
	pub fn volatility_of(asset: AssetKind) -> Option<Price> {
		let h = History::<T>::get(asset);
		let steps = h.len().checked_sub(1).filter(|n| *n > 0)?;
		let sum = h.windows(2).fold(Price::zero(), |sum, w| {
			let (a, b) = (w[0].1, w[1].1);
			let change = if b > a { b - a } else { a - b };
			sum.saturating_add(change.checked_div(&a).unwrap_or(Price::zero()))
		});
		Some(sum / Price::saturating_from_integer(steps as u64))
	}

	/// Whether `who` is a feeder.
	pub fn is_feeder(who: &T::AccountId) -> bool {
		Feeders::<T>::get().binary_search(who).is_ok()
	}

	/// The price of `asset` and every current feeder's value behind it.
	pub fn price_info(asset: AssetKind) -> PriceInfo<T::AccountId> {
		let params = Parameters::<T>::get();
		let now = T::Time::now();
		let feeds: Vec<FeedView<T::AccountId>> = Feeders::<T>::get()
			.into_iter()
			.filter_map(|feeder| {
				Feeds::<T>::get(asset, &feeder).map(|(price, timestamp)| FeedView {
					fresh: now.saturating_sub(timestamp) < params.staleness,
					feeder,
					price,
					timestamp,
				})
			})
			.collect();
		let mut fresh: Vec<Price> = feeds.iter().filter(|f| f.fresh).map(|f| f.price).collect();
		let enough = u32::try_from(fresh.len()).unwrap_or(u32::MAX) >= params.min_feeders;
		let price = if enough { median(&mut fresh) } else { None };
		PriceInfo {
			asset,
			price,
			feeds,
			min_feeders: params.min_feeders,
			staleness: params.staleness,
			now,
		}
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let feeders = Feeders::<T>::get();
		ensure!(feeders.windows(2).all(|w| w[0] < w[1]), "feeders are not sorted and unique");
		ensure!(Self::params_valid(&Parameters::<T>::get()), "the parameters are unusable");
		ensure!(Feeds::<T>::iter_values().all(|(p, _)| !p.is_zero()), "a fed value is zero");
		for h in History::<T>::iter_values() {
			ensure!(h.windows(2).all(|w| w[0].0 < w[1].0), "a history is not in time order");
			ensure!(h.iter().all(|(_, p)| !p.is_zero()), "a sampled price is zero");
		}
		Ok(())
	}
}

impl<T: Config> PriceProvider for Pallet<T> {
	fn price(asset: AssetKind) -> Option<Price> {
		Self::price_info(asset).price
	}

	fn volatility(asset: AssetKind) -> Option<Price> {
		Self::volatility_of(asset)
	}
}
