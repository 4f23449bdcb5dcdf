//! The lending markets' views and the `LendingApi` runtime API (`lending_*` over JSON-RPC).
//!
//! Amounts are in the asset's smallest units; values in AGD smallest units (US dollars,
//! 12 decimals); rates and ratios are [`Ratio`] (`FixedU128`).

use crate::{
	recommend::Recommendation, recommender::Fixed, AssetId, AssetKind, Balance, Price, Ratio,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// A market as `lending_markets` lists it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MarketInfo {
	/// The asset lent and borrowed.
	pub asset: AssetKind,
	/// Its lend token (pallet-assets id).
	pub lend_token: AssetId,
	/// Share of the supplied value that counts towards borrowing.
	pub collateral_factor: Ratio,
	/// Share of the supplied value below which accounts are liquidated.
	pub liquidation_threshold: Ratio,
	/// Share of the interest that goes to reserves.
	pub reserve_factor: Ratio,
	/// Underlying the market holds.
	pub cash: Balance,
	/// Borrowed, interest included.
	pub total_borrows: Balance,
	/// Reserves.
	pub total_reserves: Balance,
	/// Lend tokens in circulation.
	pub total_supply: Balance,
	/// Underlying per lend token.
	pub exchange_rate: Ratio,
	/// Borrows / (cash + borrows − reserves).
	pub utilization: Ratio,
	/// Borrow rate per year (simple).
	pub borrow_rate: Ratio,
	/// Supply rate per year (simple).
	pub supply_rate: Ratio,
	/// Borrow APY: the borrow rate compounded per second over a year.
	pub borrow_apy: Ratio,
	/// Supply APY: the supply rate compounded per second over a year.
	pub supply_apy: Ratio,
	/// The oracle's price, if fresh.
	pub price: Option<Price>,
}

/// An account's liquidity, in AGD smallest units.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct LiquidityInfo {
	/// Σ collateral value × collateral factor.
	pub collateral_value: Balance,
	/// Σ borrow value.
	pub borrow_value: Balance,
	/// How much more value it may borrow.
	pub liquidity: Balance,
	/// How far it is under water at the collateral factors (no new borrows).
	pub shortfall: Balance,
	/// How far it is under water at the liquidation thresholds (liquidatable when > 0).
	pub liquidation_shortfall: Balance,
	/// What the borrower score added to every collateral factor (zero while governance's
	/// switch is off).
	pub collateral_boost: Ratio,
}

/// Why an account's liquidity cannot be computed.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum LiquidityError {
	/// A market the account is in has no fresh price.
	NoPrice,
}

/// An account's position in one market.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PositionInfo {
	/// The market.
	pub asset: AssetKind,
	/// Lend tokens held.
	pub lend_tokens: Balance,
	/// Their underlying value at the exchange rate.
	pub supplied: Balance,
	/// What the account owes, interest included.
	pub borrowed: Balance,
	/// The lend tokens count as collateral.
	pub collateral: bool,
}

/// What `lending_position` returns.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AccountPosition {
	/// Every market the account supplies to or borrows from.
	pub markets: Vec<PositionInfo>,
	/// AGR rewards owed, counted up to now.
	pub rewards: Balance,
}

/// The names of the borrower-score features, in the order the score model takes them.
pub const BORROWER_FEATURES: [&str; 5] =
	["credentials", "repayments", "liquidations", "ageDays", "utilization"];

/// What `lending_recommend` returns: an account's borrower score with its explanation, and how
/// much it can borrow safely.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct BorrowerRecommendation {
	/// The score model's features, in the order of [`BORROWER_FEATURES`]: valid credentials
	/// held (at most the pallet's `MaxCredentialsCounted`), repayments made, times liquidated,
	/// days since the account first used the markets, and borrow value / borrowing capacity
	/// at the plain collateral factors (capped at 10).
	pub features: Vec<Fixed>,
	/// The score model's explained answer; `None` without a model (or when it cannot answer).
	pub score: Option<Recommendation>,
	/// Whether governance lets the score raise collateral factors.
	pub boost_enabled: bool,
	/// What the score adds to every collateral factor now (each capped at its market's
	/// liquidation threshold).
	pub collateral_boost: Ratio,
	/// The account's liquidity, with the boost.
	pub liquidity: LiquidityInfo,
	/// Value (AGD smallest units) the account can still borrow and keep the safety margin:
	/// `capacity × (1 − safe margin) − borrows`.
	pub safe_borrow_value: Balance,
	/// That value in each market's asset, at its price, at most the market's cash.
	pub safe_borrow: Vec<(AssetKind, Balance)>,
}

/// A market's liquidation share and isolation settings (`LendingApi` version 2; `lending_markets`
/// shows them beside [`MarketInfo`]).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MarketRiskInfo {
	/// The market.
	pub asset: AssetKind,
	/// Share of the lend tokens a liquidation seizes here that go to the reserves (Compound's
	/// `protocolSeizeShare`), at most half the liquidation bonus.
	pub protocol_seize_share: Ratio,
	/// `Some(ceiling)`: an isolated collateral (Aave v3), counting only for the accounts isolated
	/// in it, which together may owe at most `ceiling` (AGD smallest units).
	pub isolation_ceiling: Option<Balance>,
	/// What the accounts isolated in it owe now (AGD smallest units, at the higher of each
	/// asset's price and delayed price, interest included); `None` without those prices.
	pub isolated_debt: Option<Balance>,
	/// Accounts in isolation may borrow this asset.
	pub borrowable_in_isolation: bool,
}

sp_api::decl_runtime_apis! {
	/// The lending pallet's markets and positions, served over JSON-RPC as `lending_*`.
	///
	/// Version 2 adds [`LendingApi::market_risks`] and [`LendingApi::isolated_in`].
	#[api_version(2)]
	pub trait LendingApi<AccountId: Codec> {
		/// Every market with its rates and totals.
		fn markets() -> Vec<MarketInfo>;
		/// `who`'s liquidity now.
		fn account_liquidity(who: AccountId) -> Result<LiquidityInfo, LiquidityError>;
		/// `who`'s positions and rewards.
		fn position(who: AccountId) -> AccountPosition;
		/// `who`'s explained borrower score and safe borrow amounts.
		fn recommend(who: AccountId) -> Result<BorrowerRecommendation, LiquidityError>;
		/// Every market's protocol seize share and isolation settings.
		#[api_version(2)]
		fn market_risks() -> Vec<MarketRiskInfo>;
		/// The isolated collateral `who` borrows against, if it is in isolation.
		#[api_version(2)]
		fn isolated_in(who: AccountId) -> Option<AssetKind>;
	}
}
