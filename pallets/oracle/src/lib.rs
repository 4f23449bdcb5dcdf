//! # Oracle pallet
//!
//! Prices of the chain's assets, fed by governance-approved feeders and read by the stablecoin
//! and lending pallets through [`PriceProvider`].
//!
//! ## Overview
//!
//! - **Listed assets**: feeders price only the assets governance listed
//!   ([`Pallet::list_asset`], [`Pallet::unlist_asset`], at most [`Config::MaxAssets`]); a value
//!   for any other asset is refused ([`Error::NotListed`]). Unlisting an asset deletes its fed
//!   values and its history: it has no price until it is listed and fed again.
//! - **Feeders** are added and removed by [`Config::GovernanceOrigin`], at most
//!   [`Config::MaxFeeders`]. Removing a feeder deletes its values: they stop counting at once,
//!   and adding the account again revives none of them.
//! - A feeder **feeds** a value for a listed asset with [`Pallet::feed_price`]; each feeder has
//!   one latest value per asset, stamped with the block time.
//! - The **price** of an asset is the median of the current feeders' values that are *fresh*
//!   — younger than [`OracleParams::staleness`] — and exists only when at least
//!   [`OracleParams::min_feeders`] values are fresh. Otherwise there is **no price**: the
//!   stablecoin and lending pallets then refuse to mint, withdraw or borrow against the asset,
//!   rather than act on a stale or thinly-sourced price (liquidations use the delayed price,
//!   below).
//! - The **median** ([`median`]) is the middle value of an odd count and the *lower* of the two
//!   middle values of an even count: always one of the fed values, never a mean. Whenever fewer
//!   than half of the fresh values come from attackers, the price lies between the lowest and
//!   the highest honest value, however extreme the attackers' values are. The minimum of fresh
//!   values is at least [`MIN_FEEDERS_FLOOR`] (three), so that a price always rests on at least
//!   three values and a single feeder can never set it, whatever governance tunes: of two
//!   values, the lower middle is the lower one, which one feeder could feed.
//! - A price is a `FixedU128` ([`agora_primitives::Price`]): how many smallest units of AGD
//!   (US dollars, 12 decimals) one smallest unit of the asset is worth — for 12-decimal assets
//!   like AGR, the dollar price of one whole unit.
//! - The staleness period and the minimum number of fresh values are governance parameters
//!   ([`Parameters`], [`Pallet::set_params`]); genesis defaults: one hour, three feeders.
//! - **History and volatility**: when a feed leaves the asset with a price and the last sample
//!   of its [`History`] is at least [`OracleParams::history_interval`] old, the price is
//!   sampled; the last [`Config::MaxHistory`] samples are kept. The asset's *volatility*
//!   ([`PriceProvider::volatility`], used by the stablecoin's vault risk model) is the mean
//!   absolute relative change between consecutive samples, `mean |pₖ − pₖ₋₁| / pₖ₋₁`.
//!
//! ## The delayed price (MakerDAO's OSM)
//!
//! A new price must not liquidate anyone the moment it appears: like dss's Oracle Security
//! Module, each listed asset has a **delayed price** ([`Delayed`], [`DelayedPrice`]) that lags
//! the price by [`OracleParams::delay`] (one hour by default):
//!
//! - a *poke* — every [`Pallet::feed_price`], or anyone's [`Pallet::poke`] — once `delay` has
//!   passed since the last one, makes the queued `next` price `current` and queues the price of
//!   that moment as `next`;
//! - so a price becomes current `delay` after it was queued, and both are visible over
//!   `oracle_price` meanwhile: owners see a falling price coming an hour before it can
//!   liquidate them, and a bad feed that moves the median is visible (and can be answered by
//!   governance removing the feeder) before it counts;
//! - a poke needs a price to queue: a moment without one (feeders feed one at a time, and the
//!   first fresh value of a round alone is no price) moves nothing;
//! - if nobody pokes for a whole `delay` after `next` became current, `current` is gone (there
//!   is **no delayed price**) until a poke queues a price and `delay` passes. A poke just before
//!   that moment keeps the promoted price current for one more delay, so a delayed price is at
//!   most about three delays old when used;
//! - **who uses which price** ([`PriceProvider`]): liquidations, auction starts and restarts and
//!   a shutdown's final prices use the delayed price; minting and borrowing value collateral at
//!   the *lower* of the price and the delayed price and debts at the *higher*, so that neither a
//!   crash (already in the price) nor a spike (not yet delayed) can be borrowed against;
//! - governance may set `delay` to 0 (the development chain does): the delayed price is then the
//!   price. Switching a delay on starts every listed asset's delayed price at its price of that
//!   moment ([`Pallet::set_params`]), so liquidations do not stop for a delay (an asset without
//!   a price at that moment has no delayed price until a delay after its first one). Switching
//!   the delay off and on again thus makes the prices of that moment current at once: a
//!   governance decision, on the parameters track.
//!
//! ## No bound on how far a price may move
//!
//! The price is not stored: it is computed on every read from the values fresh at that moment,
//! so there is no "previously accepted price" to bound a move against, and the price may
//! change without any call (values going stale). A bound would also have to refuse or clamp
//! honest values in a genuine crash — exactly when liquidations must happen at the true price —
//! while a colluding majority of feeders could still walk the price one bounded step per block.
//! The median with a floor of three values is what keeps a single feeder out; a bound is left
//! out rather than made to look like a protection it is not.
//!
//! ## Invariants (`try_state`)
//!
//! - feeders are sorted and unique, at most [`Config::MaxFeeders`];
//! - listed assets are sorted and unique, at most [`Config::MaxAssets`];
//! - the parameters are usable: a positive staleness and history interval,
//!   `MIN_FEEDERS_FLOOR ≤ min_feeders ≤ MaxFeeders`, a delay of at most [`MAX_DELAY`];
//! - every delayed price is of a listed asset, poked no later than now, with positive prices;
//! - every fed value is positive, of a listed asset and of a current feeder;
//! - every history is of a listed asset, in time order, and holds positive prices.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use agora_primitives::oracle::{DelayedInfo, FeedView, PriceInfo, PriceProvider};
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

/// The least [`OracleParams::min_feeders`] the parameters may hold: three fresh values. With
/// three or more, a single feeder's value is the median only if it lies between honest values;
/// with two, the lower middle is the lower value, so one feeder could set the price by feeding
/// low.
pub const MIN_FEEDERS_FLOOR: u32 = 3;

/// The longest [`OracleParams::delay`] governance may set: one day. A longer one would keep
/// liquidations on prices older than any staleness rule tolerates.
pub const MAX_DELAY: Moment = 24 * 60 * 60 * 1000;

/// An asset's delayed price (MakerDAO's OSM `cur`, `nxt` and `zzz`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DelayedPrice {
	/// The price in use since `since`, if there was one.
	pub current: Option<Price>,
	/// The price at `since`, in use from `since + delay`, if there was one.
	pub next: Option<Price>,
	/// When the last poke happened (Unix milliseconds).
	pub since: Moment,
}

impl DelayedPrice {
	/// The current and next prices at `now` under `delay` (> 0), `live` being the price now:
	/// the stored pair until `since + delay`; then `next` is current (it has waited a whole
	/// delay) and `live` would be queued; from `since + 2 × delay`, with no poke in between,
	/// there is no current price.
	pub fn view(
		&self,
		now: Moment,
		delay: Moment,
		live: Option<Price>,
	) -> (Option<Price>, Option<Price>) {
		let due = self.since.saturating_add(delay);
		if now < due {
			(self.current, self.next)
		} else if now < due.saturating_add(delay) {
			(self.next, live)
		} else {
			(None, live)
		}
	}
}

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
	/// Fresh values needed for a price: at least [`MIN_FEEDERS_FLOOR`], at most
	/// [`Config::MaxFeeders`].
	pub min_feeders: u32,
	/// Least milliseconds between two samples of the price history ([`History`]) that
	/// [`PriceProvider::volatility`] is measured over.
	pub history_interval: Moment,
	/// Milliseconds a price waits before it becomes the delayed price ([`Delayed`]) that
	/// liquidations use: at most [`MAX_DELAY`]; 0 makes the delayed price the price.
	pub delay: Moment,
}

impl Default for OracleParams {
	/// One hour, three feeders ([`MIN_FEEDERS_FLOOR`]), hourly history samples, a delay of one
	/// hour (as dss's OSM).
	fn default() -> Self {
		OracleParams {
			staleness: 60 * 60 * 1000,
			min_feeders: MIN_FEEDERS_FLOOR,
			history_interval: 60 * 60 * 1000,
			delay: 60 * 60 * 1000,
		}
	}
}

/// The median of `values` (sorted in place): the middle value of an odd count, the lower of the
/// two middle values of an even count. `None` for no values.
///
/// The result is always one of the values. If fewer than half of them are an attacker's (`2a <
/// n`), it lies between the lowest and the highest of the others: more than half of the values
/// are honest, so at least one honest value sits at or below the lower middle and at least one
/// at or above it. An even count takes the lower middle rather than the mean of the two middle
/// values, so that no value, however large, can pull the result outside the values themselves.
pub fn median(values: &mut [Price]) -> Option<Price> {
	values.sort_unstable();
	let last = values.len().checked_sub(1)?;
	values.get(last / 2).copied()
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version: 2 since assets are listed ([`ListedAssets`]), feeds exist
	/// only for current feeders and listed assets, `min_feeders` is at least
	/// [`MIN_FEEDERS_FLOOR`] and prices are delayed ([`Delayed`], [`OracleParams::delay`])
	/// ([`crate::migrations::v2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the oracle pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who adds and removes feeders, lists and unlists assets and sets [`OracleParams`]:
		/// governance.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The clock values are stamped with (Unix milliseconds).
		type Time: Time<Moment = Moment>;

		/// Most feeders at once: at least [`MIN_FEEDERS_FLOOR`].
		#[pallet::constant]
		type MaxFeeders: Get<u32>;

		/// Most listed assets at once (removing a feeder deletes its value of each).
		#[pallet::constant]
		type MaxAssets: Get<u32>;

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

	/// The assets feeders may price, sorted.
	#[pallet::storage]
	pub type ListedAssets<T: Config> =
		StorageValue<_, BoundedVec<AssetKind, T::MaxAssets>, ValueQuery>;

	/// Each feeder's latest value per asset, with its time (Unix milliseconds). Only current
	/// feeders' values of listed assets are kept: removing a feeder or unlisting an asset
	/// deletes them.
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

	/// Each listed asset's delayed price, from its first poke on (see the crate documentation).
	/// Unused while the delay is 0.
	#[pallet::storage]
	pub type Delayed<T: Config> = StorageMap<_, Blake2_128Concat, AssetKind, DelayedPrice>;

	/// Sampled prices of each listed asset (time, price), oldest first, at most
	/// [`Config::MaxHistory`].
	#[pallet::storage]
	pub type History<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		AssetKind,
		BoundedVec<(Moment, Price), T::MaxHistory>,
		ValueQuery,
	>;

	/// Genesis: parameters, initial feeders and listed assets.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The parameters (defaults: [`OracleParams::default`]).
		pub params: OracleParams,
		/// The initial feeders.
		pub feeders: Vec<T::AccountId>,
		/// The initially listed assets.
		pub assets: Vec<AssetKind>,
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
			let mut assets = self.assets.clone();
			assets.sort();
			assets.dedup();
			ListedAssets::<T>::put(
				BoundedVec::try_from(assets).expect("too many genesis oracle assets"),
			);
		}
	}

	/// Events of the oracle pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A feeder was added.
		FeederAdded { feeder: T::AccountId },
		/// A feeder was removed; its values were deleted.
		FeederRemoved { feeder: T::AccountId },
		/// A feeder fed a value for an asset.
		PriceFed { feeder: T::AccountId, asset: AssetKind, price: Price },
		/// Governance set the parameters.
		ParamsSet { params: OracleParams },
		/// An asset was listed: feeders may price it.
		AssetListed { asset: AssetKind },
		/// An asset was unlisted; its values and its history were deleted.
		AssetUnlisted { asset: AssetKind },
		/// The delayed price of an asset moved on: `current` is in use from now, `next` from
		/// `since + delay`.
		Poked { asset: AssetKind, current: Option<Price>, next: Option<Price>, since: Moment },
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
		/// The staleness and the history interval must be positive, `min_feeders` within
		/// `MIN_FEEDERS_FLOOR..=MaxFeeders` and the delay at most [`MAX_DELAY`].
		InvalidParams,
		/// The delayed price cannot move on yet: the delay has not passed since the last poke
		/// (or there is no delay).
		NotDue,
		/// The asset has no price now (fewer fresh values than the minimum): nothing to queue.
		NoPrice,
		/// The asset is not listed: feeders may price only listed assets.
		NotListed,
		/// The asset is listed already.
		AlreadyListed,
		/// [`Config::MaxAssets`] assets are listed already.
		TooManyAssets,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// The least `min_feeders` the parameters may hold ([`MIN_FEEDERS_FLOOR`]).
		#[pallet::constant_name(MinFeedersFloor)]
		pub fn min_feeders_floor() -> u32 {
			MIN_FEEDERS_FLOOR
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxFeeders::get() >= MIN_FEEDERS_FLOOR,
				"MaxFeeders must admit the least minimum of feeders (MIN_FEEDERS_FLOOR)"
			);
			assert!(T::MaxAssets::get() > 0, "MaxAssets must admit an asset");
			assert!(T::MaxHistory::get() >= 2, "MaxHistory must hold two samples for a volatility");
			assert!(
				Self::params_valid(&OracleParams::default()),
				"the default oracle parameters must be valid"
			);
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

		/// Removes a feeder and deletes its values of every listed asset: they stop counting
		/// at once, and adding the account again revives none of them.
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
			// Values exist only for listed assets (`feed_price` refuses others, `unlist_asset`
			// deletes them): at most `MaxAssets` removals.
			for asset in ListedAssets::<T>::get() {
				Feeds::<T>::remove(asset, &feeder);
			}
			Self::deposit_event(Event::FeederRemoved { feeder });
			Ok(())
		}

		/// Feeds the caller's value for `asset`, stamped with the block time. The caller must
		/// be a feeder and the asset listed.
		///
		/// Moves the asset's delayed price on if it is due ([`Pallet::poke`]). Emits
		/// [`Event::PriceFed`] (and [`Event::Poked`]).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::feed_price())]
		pub fn feed_price(origin: OriginFor<T>, asset: AssetKind, price: Price) -> DispatchResult {
			let feeder = ensure_signed(origin)?;
			ensure!(Self::is_feeder(&feeder), Error::<T>::NotFeeder);
			ensure!(Self::is_listed(&asset), Error::<T>::NotListed);
			ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
			let now = T::Time::now();
			Feeds::<T>::insert(asset, &feeder, (price, now));
			let live = Self::price_info_without_delay(asset).price;
			Self::sample(asset, now, live);
			Self::poke_if_due(asset, now, live);
			Self::deposit_event(Event::PriceFed { feeder, asset, price });
			Ok(())
		}

		/// Sets the staleness period, the minimum number of fresh values (at least
		/// [`MIN_FEEDERS_FLOOR`]), the history interval and the delay (at most [`MAX_DELAY`]).
		///
		/// Switching a delay on (from 0) starts each listed asset's delayed price at its price
		/// now, current and next: liquidations go on, and later prices wait the delay.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::ParamsSet`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_params())]
		pub fn set_params(origin: OriginFor<T>, params: OracleParams) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			let was = Parameters::<T>::get();
			Parameters::<T>::put(params);
			if was.delay == 0 && params.delay > 0 {
				Self::start_delayed_prices();
			}
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}

		/// Lists an asset: feeders may price it from now on.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::AssetListed`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::list_asset())]
		pub fn list_asset(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ListedAssets::<T>::try_mutate(|listed| -> DispatchResult {
				let at = listed.binary_search(&asset).err().ok_or(Error::<T>::AlreadyListed)?;
				listed.try_insert(at, asset).map_err(|_| Error::<T>::TooManyAssets)?;
				Ok(())
			})?;
			Self::deposit_event(Event::AssetListed { asset });
			Ok(())
		}

		/// Unlists an asset and deletes every value fed for it and its history: it has no
		/// price (the pallets that need one stop for it) until it is listed and fed again.
		///
		/// The origin must be [`Config::GovernanceOrigin`]. Emits [`Event::AssetUnlisted`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unlist_asset())]
		pub fn unlist_asset(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ListedAssets::<T>::try_mutate(|listed| -> DispatchResult {
				let at = listed.binary_search(&asset).map_err(|_| Error::<T>::NotListed)?;
				listed.remove(at);
				Ok(())
			})?;
			// Only current feeders have values (`remove_feeder` deletes the others): at most
			// `MaxFeeders` of them.
			let _ = Feeds::<T>::clear_prefix(asset, T::MaxFeeders::get(), None);
			History::<T>::remove(asset);
			Delayed::<T>::remove(asset);
			Self::deposit_event(Event::AssetUnlisted { asset });
			Ok(())
		}

		/// Moves `asset`'s delayed price on (MakerDAO's OSM `poke`): the queued next price
		/// becomes current and the price now is queued, to become current after the delay.
		/// Anyone may call it once the delay has passed since the last poke (or at any time if
		/// the asset has no delayed price yet nor one queued) and the asset has a price; feeds
		/// poke too.
		///
		/// Emits [`Event::Poked`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::poke())]
		pub fn poke(origin: OriginFor<T>, asset: AssetKind) -> DispatchResult {
			ensure_signed(origin)?;
			ensure!(Self::is_listed(&asset), Error::<T>::NotListed);
			let now = T::Time::now();
			let live = Self::price_info_without_delay(asset).price;
			ensure!(live.is_some(), Error::<T>::NoPrice);
			ensure!(Self::poke_if_due(asset, now, live), Error::<T>::NotDue);
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `p` is usable: a positive staleness and history interval,
	/// `MIN_FEEDERS_FLOOR ≤ min_feeders ≤ MaxFeeders`.
	pub fn params_valid(p: &OracleParams) -> bool {
		p.staleness > 0
			&& p.history_interval > 0
			&& p.min_feeders >= MIN_FEEDERS_FLOOR
			&& p.min_feeders <= T::MaxFeeders::get()
			&& p.delay <= MAX_DELAY
	}

	/// Moves `asset`'s delayed price on if it is due, `live` being its price now: when the
	/// delay has passed since the last poke, or when nothing is current nor queued (the first
	/// price starts the clock at once). Returns whether it moved. Nothing with no delay, nor
	/// without a price to queue: feeders feed one at a time, and a poke between the first
	/// fresh value of a round and the last must not queue "no price" for a whole delay (a
	/// price nobody can poke expires by itself, see [`DelayedPrice::view`]).
	fn poke_if_due(asset: AssetKind, now: Moment, live: Option<Price>) -> bool {
		let delay = Parameters::<T>::get().delay;
		if delay == 0 || live.is_none() {
			return false;
		}
		let stored = Delayed::<T>::get(asset);
		let empty = stored.is_none_or(|d| d.current.is_none() && d.next.is_none());
		let due = stored.is_none_or(|d| now >= d.since.saturating_add(delay));
		if !(due || empty) {
			return false;
		}
		let current = match stored {
			Some(d) if due => d.view(now, delay, live).0,
			Some(d) => d.current,
			None => None,
		};
		Delayed::<T>::insert(asset, DelayedPrice { current, next: live, since: now });
		Self::deposit_event(Event::Poked { asset, current, next: live, since: now });
		true
	}

	/// Starts every listed asset's delayed price at its price now (current and next).
	fn start_delayed_prices() {
		let now = T::Time::now();
		for asset in ListedAssets::<T>::get() {
			let live = Self::price_info_without_delay(asset).price;
			Delayed::<T>::insert(asset, DelayedPrice { current: live, next: live, since: now });
		}
	}

	/// `asset`'s delayed price at `now`, `live` being its price now.
	fn delayed_info(
		asset: AssetKind,
		now: Moment,
		live: Option<Price>,
		delay: Moment,
	) -> DelayedInfo {
		if delay == 0 {
			return DelayedInfo { current: live, next: live, next_at: None, delay };
		}
		let Some(d) = Delayed::<T>::get(asset) else {
			return DelayedInfo { current: None, next: live, next_at: None, delay };
		};
		let (current, next) = d.view(now, delay, live);
		let due = d.since.saturating_add(delay);
		// `next` becomes current at the stored due time, or (when queued by a poke still to
		// come) a delay after that poke.
		let next_at = if now < due { due } else { now.saturating_add(delay) };
		DelayedInfo { current, next, next_at: Some(next_at), delay }
	}

	/// The delayed price of `asset` now (see the crate documentation).
	///
	/// It reads the stored delayed price whatever the delay, so that its cost is never more
	/// with a delay than without (weights are measured without one, where every feed is read).
	pub fn delayed_price_of(asset: AssetKind) -> Option<Price> {
		Self::delayed_or(asset, || Self::price_info_without_delay(asset).price)
	}

	/// The delayed price of `asset` now, `live` giving its price when there is no delay.
	fn delayed_or(asset: AssetKind, live: impl FnOnce() -> Option<Price>) -> Option<Price> {
		let stored = Delayed::<T>::get(asset);
		let delay = Parameters::<T>::get().delay;
		if delay == 0 {
			return live();
		}
		// The live price matters only for `next`: do not read every feed for it.
		stored?.view(T::Time::now(), delay, None).0
	}

	/// The price and the delayed price of `asset`, the median computed once.
	fn both_prices(asset: AssetKind) -> (Option<Price>, Option<Price>) {
		let live = Self::price_info_without_delay(asset).price;
		(live, Self::delayed_or(asset, || live))
	}

	/// Samples `asset`'s price into its history if it has one and the last sample is at least
	/// the history interval old; the oldest sample makes room when the history is full.
	fn sample(asset: AssetKind, now: Moment, live: Option<Price>) {
		let Some(price) = live else { return };
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

	/// Whether `asset` is listed: feeders may price it.
	pub fn is_listed(asset: &AssetKind) -> bool {
		ListedAssets::<T>::get().binary_search(asset).is_ok()
	}

	/// The price of `asset`, every current feeder's value behind it and its delayed price.
	pub fn price_info(asset: AssetKind) -> PriceInfo<T::AccountId> {
		let mut info = Self::price_info_without_delay(asset);
		info.delayed =
			Self::delayed_info(asset, info.now, info.price, Parameters::<T>::get().delay);
		info
	}

	/// The price of `asset` and every current feeder's value behind it; `delayed` left empty.
	fn price_info_without_delay(asset: AssetKind) -> PriceInfo<T::AccountId> {
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
			delayed: DelayedInfo::default(),
		}
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let feeders = Feeders::<T>::get();
		ensure!(feeders.windows(2).all(|w| w[0] < w[1]), "feeders are not sorted and unique");
		let listed = ListedAssets::<T>::get();
		ensure!(listed.windows(2).all(|w| w[0] < w[1]), "listed assets are not sorted and unique");
		ensure!(Self::params_valid(&Parameters::<T>::get()), "the parameters are unusable");
		for (asset, feeder, (price, _)) in Feeds::<T>::iter() {
			ensure!(!price.is_zero(), "a fed value is zero");
			ensure!(listed.binary_search(&asset).is_ok(), "a value of an unlisted asset is kept");
			ensure!(feeders.binary_search(&feeder).is_ok(), "a value of a non-feeder is kept");
		}
		let now = T::Time::now();
		for (asset, d) in Delayed::<T>::iter() {
			ensure!(listed.binary_search(&asset).is_ok(), "a delayed price of an unlisted asset");
			ensure!(d.since <= now, "a delayed price was poked in the future");
			ensure!(
				d.current.is_none_or(|p| !p.is_zero()) && d.next.is_none_or(|p| !p.is_zero()),
				"a delayed price is zero"
			);
		}
		for (asset, h) in History::<T>::iter() {
			ensure!(listed.binary_search(&asset).is_ok(), "a history of an unlisted asset is kept");
			ensure!(h.windows(2).all(|w| w[0].0 < w[1].0), "a history is not in time order");
			ensure!(h.iter().all(|(_, p)| !p.is_zero()), "a sampled price is zero");
		}
		Ok(())
	}
}

impl<T: Config> PriceProvider for Pallet<T> {
	fn price(asset: AssetKind) -> Option<Price> {
		Self::price_info_without_delay(asset).price
	}

	fn delayed_price(asset: AssetKind) -> Option<Price> {
		Self::delayed_price_of(asset)
	}

	fn collateral_price(asset: AssetKind) -> Option<Price> {
		let (live, delayed) = Self::both_prices(asset);
		Some(live?.min(delayed?))
	}

	fn debt_price(asset: AssetKind) -> Option<Price> {
		let (live, delayed) = Self::both_prices(asset);
		Some(live?.max(delayed?))
	}

	fn volatility(asset: AssetKind) -> Option<Price> {
		Self::volatility_of(asset)
	}
}
