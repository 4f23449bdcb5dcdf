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

sp_api::decl_runtime_apis! {
	/// The oracle pallet's prices, served over JSON-RPC as `oracle_price`.
	pub trait OracleApi<AccountId: Codec> {
		/// The price of `asset` and the feeds behind it.
		fn price(asset: AssetKind) -> PriceInfo<AccountId>;
	}
}
