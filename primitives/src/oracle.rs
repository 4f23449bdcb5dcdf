//! Prices: the [`PriceProvider`] trait the stablecoin and lending pallets read prices through,
//! and the `OracleApi` runtime API (`oracle_price` over JSON-RPC).
//!
//! A price is a [`Price`] (`FixedU128`): how many smallest units of the quote currency (AGD, the
//! US-dollar stablecoin, 12 decimals) one smallest unit of the asset is worth. For an asset with
//! 12 decimals, like AGR, that is its dollar price per whole unit: AGR at $2.50 is `2.5`.

use crate::{AssetKind, Moment, Price};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// Reads the price of an asset.
pub trait PriceProvider {
	/// The price of `asset` now, or `None` when there is no trustworthy price: fewer fresh
	/// values than the oracle's minimum. Callers stop (mint, withdraw, borrow, liquidate)
	/// rather than act on a stale price.
	fn price(asset: AssetKind) -> Option<Price>;

	/// How much `asset`'s price moved recently: the mean absolute relative change between
	/// consecutive samples of its price history (0.05 = 5 % per sample), `None` without enough
	/// history. A model feature, never a reason to stop.
	fn volatility(_asset: AssetKind) -> Option<Price> {
		None
	}

	/// The *delayed* price of `asset` (MakerDAO's OSM): a price that became known at least the
	/// oracle's delay ago, so that vault owners and borrowers see a new price coming before it
	/// can liquidate them. What liquidations, auctions and shutdown settle at. `None` when
	/// there is none. Without a delay it is [`PriceProvider::price`].
	fn delayed_price(asset: AssetKind) -> Option<Price> {
		Self::price(asset)
	}

	/// What collateral is worth when minting or borrowing against it: the lower of the price
	/// and the delayed price, `None` unless both exist. Neither a sudden rise (not yet
	/// delayed) nor a crash (already in the price) can be borrowed against.
	fn collateral_price(asset: AssetKind) -> Option<Price> {
		Some(Self::price(asset)?.min(Self::delayed_price(asset)?))
	}

	/// What a debt is worth when borrowing: the higher of the price and the delayed price,
	/// `None` unless both exist.
	fn debt_price(asset: AssetKind) -> Option<Price> {
		Some(Self::price(asset)?.max(Self::delayed_price(asset)?))
	}
}

/// No oracle: no asset has a price.
impl PriceProvider for () {
	fn price(_: AssetKind) -> Option<Price> {
		None
	}
}

/// One feeder's latest value for an asset.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct FeedView<AccountId> {
	/// The feeder.
	pub feeder: AccountId,
	/// The value it fed.
	pub price: Price,
	/// When (Unix milliseconds).
	pub timestamp: Moment,
	/// Younger than the staleness period: counted in the median.
	pub fresh: bool,
}

/// What `oracle_price` returns: the price if there is one, and how it was made.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PriceInfo<AccountId> {
	/// The asset.
	pub asset: AssetKind,
	/// The median of the fresh values (the lower middle of an even count), if there are at
	/// least `min_feeders` of them.
	pub price: Option<Price>,
	/// Every current feeder's latest value for the asset.
	pub feeds: Vec<FeedView<AccountId>>,
	/// Fresh values needed for a price.
	pub min_feeders: u32,
	/// Age (milliseconds) after which a value no longer counts.
	pub staleness: Moment,
	/// The time the answer was computed at (Unix milliseconds).
	pub now: Moment,
	/// The delayed price: the current one and the next.
	pub delayed: DelayedInfo,
}

/// The delayed price of an asset (MakerDAO's OSM) as `oracle_price` shows it.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct DelayedInfo {
	/// The price liquidations, auctions and minting limits use now, if any.
	pub current: Option<Price>,
	/// The price that becomes current at `next_at`: known now, so owners can react before.
	pub next: Option<Price>,
	/// When `next` becomes current (Unix milliseconds), if a delay is set.
	pub next_at: Option<Moment>,
	/// The delay (milliseconds): 0 when the delayed price is the price.
	pub delay: Moment,
}

/// What version 1 of `OracleApi::price` returned: [`PriceInfo`] without the delayed price.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PriceInfoV1<AccountId> {
	/// The asset.
	pub asset: AssetKind,
	/// The median of the fresh values, if there are at least `min_feeders` of them.
	pub price: Option<Price>,
	/// Every current feeder's latest value for the asset.
	pub feeds: Vec<FeedView<AccountId>>,
	/// Fresh values needed for a price.
	pub min_feeders: u32,
	/// Age (milliseconds) after which a value no longer counts.
	pub staleness: Moment,
	/// The time the answer was computed at (Unix milliseconds).
	pub now: Moment,
}

impl<AccountId> From<PriceInfoV1<AccountId>> for PriceInfo<AccountId> {
	fn from(v1: PriceInfoV1<AccountId>) -> Self {
		PriceInfo {
			asset: v1.asset,
			price: v1.price,
			feeds: v1.feeds,
			min_feeders: v1.min_feeders,
			staleness: v1.staleness,
			now: v1.now,
			// Version 1 runtimes had no delay: the delayed price was the price.
			delayed: DelayedInfo { current: v1.price, next: v1.price, next_at: None, delay: 0 },
		}
	}
}

sp_api::decl_runtime_apis! {
	/// The oracle pallet's prices, served over JSON-RPC as `oracle_price`.
	///
	/// Version 2 added the delayed price ([`PriceInfo::delayed`]).
	#[api_version(2)]
	pub trait OracleApi<AccountId: Codec> {
		/// The price of `asset` and the feeds behind it, without the delayed price.
		#[changed_in(2)]
		fn price(asset: AssetKind) -> PriceInfoV1<AccountId>;
		/// The price of `asset`, the feeds behind it and its delayed price.
		fn price(asset: AssetKind) -> PriceInfo<AccountId>;
	}
}
