//! The stablecoin's stored types and the pure arithmetic of debts and values.

use crate::Config;
use agora_primitives::{
	recommend::ModelId, stablecoin::CollateralParams, AssetKind, Balance, Moment, Price,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use scale_info::TypeInfo;
use sp_arithmetic::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};
use sp_runtime::FixedPointNumber;

/// Identifier of a liquidation auction.
pub type AuctionId = u32;

/// A collateral type: parameters, rate accumulator and totals.
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
)]
pub struct CollateralType {
	/// Governance's parameters.
	pub params: CollateralParams,
	/// Debt per unit of normalized debt (starts at 1).
	pub rate: Price,
	/// When fees were last compounded (Unix milliseconds).
	pub last_accrual: Moment,
	/// Σ of the vaults' normalized debt.
	pub normalized_debt: Balance,
	/// Σ of the vaults' collateral.
	pub collateral: Balance,
	/// AGD (debt plus penalty) the type's running auctions are still raising (dss's
	/// `ilk.dirt`), at most [`CollateralParams::auction_limit`] as liquidations go.
	pub auction_tab: Balance,
}

/// A vault.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Vault {
	/// Collateral locked.
	pub collateral: Balance,
	/// Debt divided by the type's rate at the time of each mint.
	pub normalized_debt: Balance,
	/// When the vault was opened (Unix milliseconds): the risk model's "vault age".
	pub opened_at: Moment,
}

/// A liquidation auction.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Auction<T: Config> {
	/// The liquidated vault's owner: receives the collateral left over.
	pub owner: T::AccountId,
	/// The collateral type.
	pub asset: AssetKind,
	/// Collateral for sale.
	pub collateral: Balance,
	/// Debt still to cover (AGD).
	pub debt: Balance,
	/// Penalty still to raise after the debt (AGD).
	pub penalty: Balance,
	/// Price at the start (AGD per unit of collateral).
	pub start_price: Price,
	/// When it started (Unix milliseconds).
	pub started_at: Moment,
}

/// System-wide parameters, set by governance.
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
pub struct StablecoinParams {
	/// Starting auction price / oracle price (1.2: 20 % above the market).
	pub auction_buffer: Price,
	/// Milliseconds over which the auction price falls to zero.
	pub auction_duration: Moment,
	/// Share of seized collateral paid to the keeper who liquidates (0.01 = 1 %).
	pub keeper_incentive: Price,
	/// An auction whose price fell below `auction_cusp` × its start price must be restarted
	/// from the oracle's price before anyone buys more (dss Clip's `cusp`; 0.4): a lone
	/// bidder cannot wait for the price to fall towards zero.
	pub auction_cusp: Price,
	/// Milliseconds after which an auction must be restarted, whatever its price (dss Clip's
	/// `tail`; at most [`StablecoinParams::auction_duration`]).
	pub auction_tail: Moment,
	/// Most AGD (debt plus penalty) all auctions may be raising at once (dss Dog's `Hole`);
	/// each type also has its own limit ([`CollateralParams::auction_limit`]).
	pub auction_limit: Balance,
	/// What is added to a type's liquidation ratio to make the ratio called safe: vaults
	/// below it are listed as at risk, and recommendations say how much collateral reaches it
	/// (0.25: 175 % for a 150 % type).
	pub safe_margin: Price,
	/// The recommender model that scores vault risk, if any. Its features, in order: the
	/// collateral ratio (capped at [`RATIO_CAP`]), the price volatility of the collateral
	/// (the oracle's mean relative change per sample), the vault's age in days.
	pub risk_model: Option<ModelId>,
}

/// The default of [`StablecoinParams::auction_limit`]: 10,000,000 AGD (12 decimals).
pub const DEFAULT_AUCTION_LIMIT: Balance = 10_000_000 * 1_000_000_000_000;

/// [`StablecoinParams`] of storage version 1, before the auction's reset rules and limit.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct StablecoinParamsV1 {
	/// See [`StablecoinParams::auction_buffer`].
	pub auction_buffer: Price,
	/// See [`StablecoinParams::auction_duration`].
	pub auction_duration: Moment,
	/// See [`StablecoinParams::keeper_incentive`].
	pub keeper_incentive: Price,
	/// See [`StablecoinParams::safe_margin`].
	pub safe_margin: Price,
	/// See [`StablecoinParams::risk_model`].
	pub risk_model: Option<ModelId>,
}

impl From<StablecoinParamsV1> for StablecoinParams {
	/// Version 1's parameters with the default reset rules (the tail no longer than the
	/// auction) and auction limit.
	fn from(v1: StablecoinParamsV1) -> Self {
		let d = StablecoinParams::default();
		StablecoinParams {
			auction_buffer: v1.auction_buffer,
			auction_duration: v1.auction_duration,
			keeper_incentive: v1.keeper_incentive,
			auction_cusp: d.auction_cusp,
			auction_tail: d.auction_tail.min(v1.auction_duration),
			auction_limit: d.auction_limit,
			safe_margin: v1.safe_margin,
			risk_model: v1.risk_model,
		}
	}
}

/// [`CollateralType`] of storage version 1.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct CollateralTypeV1 {
	/// Parameters without the auction limit.
	pub params: agora_primitives::stablecoin::CollateralParamsV1,
	/// The rate accumulator.
	pub rate: Price,
	/// Last accrual.
	pub last_accrual: Moment,
	/// Σ normalized debt.
	pub normalized_debt: Balance,
	/// Σ collateral.
	pub collateral: Balance,
}

/// The collateral-ratio feature given to the risk model for a vault without debt.
pub const RATIO_CAP: u32 = 100;
/// Milliseconds in a day (the unit of the vault-age feature).
pub const DAY_MS: Moment = 24 * 60 * 60 * 1000;

impl Default for StablecoinParams {
	/// 120 % start, one hour, 1 % to the keeper, a restart below 40 % of the start price or
	/// after 40 minutes, 10,000,000 AGD in auctions at most, a 25 % safe margin, no risk model.
	fn default() -> Self {
		StablecoinParams {
			auction_buffer: Price::from_rational(6, 5),
			auction_duration: 60 * 60 * 1000,
			keeper_incentive: Price::from_rational(1, 100),
			auction_cusp: Price::from_rational(2, 5),
			auction_tail: 40 * 60 * 1000,
			auction_limit: DEFAULT_AUCTION_LIMIT,
			safe_margin: Price::from_rational(1, 4),
			risk_model: None,
		}
	}
}

/// ⌊n × rate⌋, saturating.
pub fn debt_of(normalized: Balance, rate: Price) -> Balance {
	multiply_by_rational_with_rounding(normalized, rate.into_inner(), Price::DIV, Rounding::Down)
		.unwrap_or(Balance::MAX)
}

/// ⌈n × rate⌉, saturating: what a vault owes.
pub fn debt_of_vault(normalized: Balance, rate: Price) -> Balance {
	multiply_by_rational_with_rounding(normalized, rate.into_inner(), Price::DIV, Rounding::Up)
		.unwrap_or(Balance::MAX)
}

/// `amount / rate` rounded as told.
pub(crate) fn normalize(amount: Balance, rate: Price, rounding: Rounding) -> Option<Balance> {
	multiply_by_rational_with_rounding(amount, Price::DIV, rate.into_inner().max(1), rounding)
}

/// `amount × price`, rounded as told.
pub(crate) fn value_of(amount: Balance, price: Price, rounding: Rounding) -> Balance {
	multiply_by_rational_with_rounding(amount, price.into_inner(), Price::DIV, rounding)
		.unwrap_or(Balance::MAX)
}

/// The savings pot (dss's Pot): savers hold normalized savings (`pie`), worth `pie × chi` AGD.
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
)]
pub struct Pot {
	/// AGD per unit of normalized savings (dss's `chi`; starts at 1, never falls).
	pub chi: Price,
	/// When interest was last compounded into `chi` (Unix milliseconds; dss's `rho`).
	pub last_drip: Moment,
	/// Σ of the savers' normalized savings (dss's `Pie`).
	pub pie: Balance,
	/// Interest paid from the surplus to the savings account since genesis.
	pub paid: Balance,
}

impl Default for Pot {
	/// An empty pot at `chi` = 1.
	fn default() -> Self {
		Pot { chi: Price::from_inner(Price::DIV), last_drip: 0, pie: 0, paid: 0 }
	}
}

/// A peg stability module (dss-psm) over one external stable asset.
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
)]
pub struct Psm {
	/// Governance's parameters.
	pub params: agora_primitives::stablecoin::PsmParams,
	/// The asset the module holds (its smallest units): the AGD minted against it is
	/// `reserve × 10^scale`.
	pub reserve: Balance,
}

/// The most [`agora_primitives::stablecoin::PsmParams::scale`]: 10^18 of AGD's smallest units
/// per smallest unit of the asset. An asset with more decimals than AGD's 12 cannot be listed
/// (one of its units would be a fraction of AGD's smallest).
pub const MAX_PSM_SCALE: u8 = 18;

/// The most [`agora_primitives::stablecoin::MoneyParams::savings_rate`]: 10^-8 per second,
/// about 37 % a year. A yearly rate typed in as a per-second one is refused.
pub const MAX_SAVINGS_RATE: Price = Price::from_inner(10_000_000_000);

/// 10^`scale`: AGD's smallest units per smallest unit of a module's asset.
pub fn psm_unit(scale: u8) -> Option<Balance> {
	10u128.checked_pow(u32::from(scale))
}

impl Psm {
	/// The AGD minted against the reserve: `reserve × 10^scale` (saturating; the swaps keep it
	/// within the ceiling).
	pub fn debt(&self) -> Balance {
		psm_unit(self.params.scale)
			.and_then(|unit| self.reserve.checked_mul(unit))
			.unwrap_or(Balance::MAX)
	}
}
