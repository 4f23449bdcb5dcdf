//! The lending pallet's types and pure math: parameters, markets, the interest model and the
//! rounding helpers.

use super::*;

/// The pallet-wide parameters of the borrower score, set by governance.
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
pub struct LendingParams {
	/// The recommender model that scores borrowers, if any. It takes the features of
	/// [`agora_primitives::lending::BORROWER_FEATURES`], in that order; its score (a
	/// regressor's value, or a binary classifier's probability of label 1 = "repays"),
	/// clamped to [0, 1], is the borrower score.
	pub score_model: Option<ModelId>,
	/// The switch (off by default): whether the score raises collateral factors.
	pub boost_enabled: bool,
	/// What a perfect score (1) adds to every collateral factor; at most
	/// [`Config::MaxCollateralBoost`]. A boosted factor never exceeds its market's liquidation
	/// threshold.
	pub max_boost: Ratio,
	/// Share of the borrowing capacity recommendations keep unused (0.2: borrow up to 80 %).
	pub safe_margin: Ratio,
}

impl Default for LendingParams {
	/// No model, the switch off, a 5 % boost for a perfect score, a 20 % safety margin.
	fn default() -> Self {
		LendingParams {
			score_model: None,
			boost_enabled: false,
			max_boost: Ratio::from_rational(5, 100),
			safe_margin: Ratio::from_rational(20, 100),
		}
	}
}

/// What the borrower score knows of an account's past.
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
pub struct BorrowerHistory {
	/// When the account first supplied or borrowed (Unix milliseconds).
	pub first_seen: Moment,
	/// Repayments of its borrows that count: by itself, of at least [`MIN_COUNTED_REPAYMENT`]
	/// of what it owed (liquidations and payments on its behalf excluded).
	pub repayments: u32,
	/// Liquidations of its borrows.
	pub liquidations: u32,
}

/// The jump-rate interest model, Compound's JumpRateModelV2 with the same parameters (rates
/// per year): up to the kink the borrow rate climbs from `base_rate` to `base_rate +
/// multiplier`, above it by `jump_multiplier` per unit of utilization.
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
pub struct InterestModel {
	/// Borrow rate at zero utilization.
	pub base_rate: Ratio,
	/// What the rate gains from zero utilization to the kink (Compound's `multiplierPerYear`:
	/// the slope below the kink is `multiplier / kink`).
	pub multiplier: Ratio,
	/// Added per unit of utilization above the kink.
	pub jump_multiplier: Ratio,
	/// The utilization where the jump multiplier starts (0.8 = 80 %; more than zero).
	pub kink: Ratio,
}

impl InterestModel {
	/// The borrow rate per year at `utilization`: `base + u × multiplier / kink` up to the
	/// kink, `base + multiplier + (u − kink) × jump multiplier` above it.
	pub fn borrow_rate(&self, utilization: Ratio) -> Ratio {
		if utilization <= self.kink {
			// u × multiplier / kink (0 when u = kink = 0).
			let slope = multiply_by_rational_with_rounding(
				utilization.into_inner(),
				self.multiplier.into_inner(),
				self.kink.into_inner(),
				Rounding::Down,
			)
			.map_or(Ratio::zero(), Ratio::from_inner);
			self.base_rate.saturating_add(slope)
		} else {
			self.base_rate
				.saturating_add(self.multiplier)
				.saturating_add((utilization - self.kink).saturating_mul(self.jump_multiplier))
		}
	}

	/// The supply rate per year: the borrow rate × utilization × (1 − reserve factor).
	pub fn supply_rate(&self, utilization: Ratio, reserve_factor: Ratio) -> Ratio {
		self.borrow_rate(utilization)
			.saturating_mul(utilization)
			.saturating_mul(Ratio::one().saturating_sub(reserve_factor))
	}
}

impl Default for InterestModel {
	/// 2 % base, 10 % at the kink of 80 % (multiplier 8 %), +300 % per unit of utilization
	/// above it.
	fn default() -> Self {
		InterestModel {
			base_rate: Ratio::from_rational(2, 100),
			multiplier: Ratio::from_rational(8, 100),
			jump_multiplier: Ratio::saturating_from_integer(3),
			kink: Ratio::from_rational(80, 100),
		}
	}
}

/// Actions governance can pause per market.
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
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Pauses {
	/// No new supply.
	pub supply: bool,
	/// No redemption.
	pub redeem: bool,
	/// No new borrows.
	pub borrow: bool,
	/// No repayment.
	pub repay: bool,
	/// No liquidation repaying this market's asset.
	pub liquidate: bool,
}

/// A market's parameters, set by governance.
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
pub struct MarketParams {
	/// Share of the supplied value that counts towards borrowing (0.75 = 75 %).
	pub collateral_factor: Ratio,
	/// Share of the supplied value below which an account can be liquidated
	/// (≥ the collateral factor).
	pub liquidation_threshold: Ratio,
	/// Share of the interest that goes to reserves.
	pub reserve_factor: Ratio,
	/// Most of a borrow one liquidation repays (default 0.5).
	pub close_factor: Ratio,
	/// Collateral a liquidator seizes per unit of value repaid (default 1.08).
	pub liquidation_incentive: Ratio,
	/// Most underlying the market may hold for suppliers (cash + borrows − reserves).
	pub supply_cap: Balance,
	/// Most the market may lend.
	pub borrow_cap: Balance,
	/// Least an account may owe the market after a borrow (Compound III's `baseBorrowMin`):
	/// without it a 1-planck borrow is too small to liquidate (its close factor rounds to
	/// nothing) and farms the borrower score for free.
	pub min_borrow: Balance,
	/// The interest model.
	pub interest: InterestModel,
	/// Paused actions.
	pub paused: Pauses,
	/// AGR (smallest units) per second shared by the lend-token holders.
	pub supply_reward_speed: Balance,
	/// AGR (smallest units) per second shared by the borrowers.
	pub borrow_reward_speed: Balance,
	/// Share of the lend tokens a liquidation seizes in this market that go to its reserves
	/// instead of the liquidator (Compound's `protocolSeizeShare`, 2.8 % by default): the
	/// tokens are burned and their underlying joins the reserves. Never more than the
	/// liquidation bonus: the liquidator keeps at least the value it repaid and half its bonus.
	/// Zero, or below `1 − 1 / liquidation incentive`, so this market's own liquidations pay a
	/// bonus.
	pub protocol_seize_share: Ratio,
	/// Isolation (Aave v3's isolation mode): `Some(ceiling)` makes this a risky collateral that
	/// counts only for accounts *isolated* in it. An account enters isolation by enabling the
	/// market as its only collateral, owing nothing; it may then borrow only markets
	/// [`MarketParams::borrowable_in_isolation`], and all accounts isolated in this market
	/// together may owe at most `ceiling` (AGD smallest units, at the higher of each borrowed
	/// asset's price and delayed price, interest included). Turned on only while no collateral
	/// counts on the market: no lend tokens, or a zero collateral factor and liquidation
	/// threshold.
	pub isolation_ceiling: Option<Balance>,
	/// Whether accounts isolated in a risky collateral may borrow this market's asset (for
	/// stable assets, as Aave's `borrowableInIsolation`).
	pub borrowable_in_isolation: bool,
}

impl MarketParams {
	/// A market with the given collateral factor and the defaults: liquidation threshold =
	/// collateral factor + 5 %, 10 % reserve factor, 50 % close factor, 8 % incentive, no
	/// caps, no minimum borrow (set one in the asset's units), the default interest model,
	/// nothing paused, no rewards, a 2.8 % protocol seize share (Compound's), not isolated, not
	/// borrowable in isolation.
	pub fn with_collateral_factor(collateral_factor: Ratio) -> Self {
		MarketParams {
			collateral_factor,
			liquidation_threshold: collateral_factor
				.saturating_add(Ratio::from_rational(5, 100))
				.min(Ratio::from_rational(95, 100)),
			reserve_factor: Ratio::from_rational(10, 100),
			close_factor: Ratio::from_rational(50, 100),
			liquidation_incentive: Ratio::from_rational(108, 100),
			supply_cap: Balance::MAX,
			borrow_cap: Balance::MAX,
			min_borrow: 0,
			interest: InterestModel::default(),
			paused: Pauses::default(),
			supply_reward_speed: 0,
			borrow_reward_speed: 0,
			protocol_seize_share: Ratio::from_rational(28, 1000),
			isolation_ceiling: None,
			borrowable_in_isolation: false,
		}
	}

	/// Whether the parameters are usable: `collateral factor ≤ liquidation threshold < 1`,
	/// `liquidation threshold × incentive < 1` (a liquidation leaves the account healthier),
	/// reserve factor < 1, close factor in (0, 1], incentive ≥ 1, kink in (0, 1],
	/// a zero protocol seize share or `incentive × (1 − share) > 1` (the liquidator keeps a
	/// bonus).
	pub fn is_valid(&self) -> bool {
		let one = Ratio::one();
		self.collateral_factor <= self.liquidation_threshold
			&& self.liquidation_threshold < one
			&& self.liquidation_threshold.saturating_mul(self.liquidation_incentive) < one
			&& self.reserve_factor < one
			&& !self.close_factor.is_zero()
			&& self.close_factor <= one
			&& self.liquidation_incentive >= one
			&& !self.interest.kink.is_zero()
			&& self.interest.kink <= one
			&& (self.protocol_seize_share.is_zero()
				|| (self.protocol_seize_share < one
					&& self
						.liquidation_incentive
						.saturating_mul(one.saturating_sub(self.protocol_seize_share))
						> one))
	}
}

/// A market: parameters, books and indices.
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
pub struct Market {
	/// Governance's parameters.
	pub params: MarketParams,
	/// The pallet-assets id of its lend token.
	pub lend_token: AssetId,
	/// Underlying the market holds and can lend (accounted, not read from the balance).
	pub cash: Balance,
	/// Σ borrows / borrow index: the market's total borrows are `⌊this × index⌋`.
	pub normalized_borrows: Balance,
	/// The market's reserves (part of the cash and borrows that suppliers do not own).
	pub total_reserves: Balance,
	/// Grows with each accrual by (1 + rate × seconds); starts at 1.
	pub borrow_index: Ratio,
	/// When interest was last accrued (Unix milliseconds).
	pub last_accrued: Moment,
	/// Rewards per lend token since the market opened.
	pub supply_reward_index: Ratio,
	/// Rewards per unit of normalized borrow since the market opened.
	pub borrow_reward_index: Ratio,
}

/// An account's reward checkpoints in a market.
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
pub struct RewardCheckpoint {
	/// The market's supply reward index when the account's rewards were last counted.
	pub supply_index: Ratio,
	/// The market's borrow reward index then.
	pub borrow_index: Ratio,
}

/// An account's liquidity, in AGD smallest units.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, TypeInfo)]
pub struct Liquidity {
	/// Σ collateral value × collateral factor (or liquidation threshold).
	pub collateral_value: Balance,
	/// Σ borrow value.
	pub borrow_value: Balance,
	/// How much more it may borrow (0 in shortfall).
	pub liquidity: Balance,
	/// How far it is under water (0 with liquidity).
	pub shortfall: Balance,
	/// What the borrower score added to the collateral factors.
	pub collateral_boost: Ratio,
	/// Σ collateral value × the plain collateral factors (or liquidation thresholds): the
	/// capacity the score's utilization feature is measured against.
	pub capacity: Balance,
}

/// `a × r` rounded as told.
pub(crate) fn mul(a: Balance, r: Ratio, rounding: Rounding) -> Balance {
	multiply_by_rational_with_rounding(a, r.into_inner(), Ratio::DIV, rounding)
		.unwrap_or(Balance::MAX)
}

/// `a / r` rounded as told (`None` for a zero `r` or an overflow).
pub(crate) fn div(a: Balance, r: Ratio, rounding: Rounding) -> Option<Balance> {
	if r.is_zero() {
		return None;
	}
	multiply_by_rational_with_rounding(a, Ratio::DIV, r.into_inner(), rounding)
}

/// The utilization `borrows / (cash + borrows − reserves)`, capped at 1.
pub fn utilization(cash: Balance, borrows: Balance, reserves: Balance) -> Ratio {
	let total = cash.saturating_add(borrows).saturating_sub(reserves);
	if borrows == 0 || total == 0 {
		return Ratio::zero();
	}
	Ratio::checked_from_rational(borrows, total).unwrap_or(Ratio::one()).min(Ratio::one())
}
