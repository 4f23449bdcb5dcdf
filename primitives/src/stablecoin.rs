//! The stablecoin's shared types and the `StablecoinApi` runtime API (`stablecoin_*` over
//! JSON-RPC): vaults, the system's books, auctions and vault-risk recommendations.
//!
//! Amounts are in smallest units (12 decimals for AGR and AGD); prices, ratios and rates are
//! [`Price`] (`FixedU128`), a price being AGD per unit of collateral.

use crate::{recommend::Recommendation, recommender::Fixed, AssetKind, Balance, Moment, Price};
use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The parameters of a collateral type, set by governance.
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct CollateralParams {
	/// Collateral value / debt below which a vault can be liquidated (1.5 = 150 %).
	pub liquidation_ratio: Price,
	/// Stability fee per second: the rate grows by (1 + fee) each second.
	pub stability_fee: Price,
	/// Share of the debt added as a penalty on liquidation (0.13 = 13 %).
	pub liquidation_penalty: Price,
	/// Most AGD all vaults of the type may owe.
	pub debt_ceiling: Balance,
	/// Least AGD a vault with debt may owe.
	pub debt_floor: Balance,
	/// Most AGD (debt plus penalty) the type's auctions may be raising at once (dss's
	/// `ilk.hole`): a liquidation beyond it is partial, and none starts once it is reached,
	/// so that a crash never puts more collateral on sale than bidders can absorb.
	pub auction_limit: Balance,
}

/// [`CollateralParams`] before `auction_limit` (stablecoin storage version 1, `StablecoinApi`
/// version 1).
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
pub struct CollateralParamsV1 {
	/// See [`CollateralParams::liquidation_ratio`].
	pub liquidation_ratio: Price,
	/// See [`CollateralParams::stability_fee`].
	pub stability_fee: Price,
	/// See [`CollateralParams::liquidation_penalty`].
	pub liquidation_penalty: Price,
	/// See [`CollateralParams::debt_ceiling`].
	pub debt_ceiling: Balance,
	/// See [`CollateralParams::debt_floor`].
	pub debt_floor: Balance,
}

impl CollateralParamsV1 {
	/// The parameters with an auction limit.
	pub fn with_auction_limit(self, auction_limit: Balance) -> CollateralParams {
		CollateralParams {
			liquidation_ratio: self.liquidation_ratio,
			stability_fee: self.stability_fee,
			liquidation_penalty: self.liquidation_penalty,
			debt_ceiling: self.debt_ceiling,
			debt_floor: self.debt_floor,
			auction_limit,
		}
	}
}

/// A vault as `stablecoin_vault` shows it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct VaultInfo<AccountId> {
	/// The owner.
	pub owner: AccountId,
	/// The collateral type.
	pub asset: AssetKind,
	/// Collateral locked.
	pub collateral: Balance,
	/// What the vault owes now, accrued stability fees included.
	pub debt: Balance,
	/// The price used: the oracle's, or the frozen price after an emergency shutdown; `None`
	/// without a fresh price.
	pub price: Option<Price>,
	/// Collateral value / debt; `None` without a price or without debt.
	pub ratio: Option<Price>,
	/// The price at which the vault falls below its liquidation ratio; `None` without debt.
	pub liquidation_price: Option<Price>,
	/// AGD the vault could still mint at the current price (0 without a price).
	pub max_mintable: Balance,
	/// Below the liquidation ratio at the current price: anyone may liquidate it.
	pub liquidatable: bool,
	/// When the vault was opened (Unix milliseconds).
	pub opened_at: Moment,
}

/// One collateral type in `stablecoin_system`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CollateralInfo {
	/// The collateral.
	pub asset: AssetKind,
	/// Governance's parameters.
	pub params: CollateralParams,
	/// The rate accumulator: debt per unit of normalized debt.
	pub rate: Price,
	/// Collateral in its vaults.
	pub collateral: Balance,
	/// Debt of its vaults, fees accrued up to the last accrual.
	pub debt: Balance,
	/// The oracle's price (frozen after a shutdown), if any.
	pub price: Option<Price>,
	/// AGD (debt plus penalty) its running auctions are raising, against
	/// [`CollateralParams::auction_limit`].
	pub auction_tab: Balance,
}

/// [`CollateralInfo`] of `StablecoinApi` version 1.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CollateralInfoV1 {
	/// The collateral.
	pub asset: AssetKind,
	/// Governance's parameters.
	pub params: CollateralParamsV1,
	/// The rate accumulator.
	pub rate: Price,
	/// Collateral in its vaults.
	pub collateral: Balance,
	/// Debt of its vaults.
	pub debt: Balance,
	/// The oracle's price, if any.
	pub price: Option<Price>,
}

/// The emergency-shutdown state.
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
pub struct ShutdownInfo {
	/// When governance shut the system down (Unix milliseconds).
	pub at: Moment,
	/// AGD outstanding when redemption opened; `None` while vaults and auctions are still being
	/// settled.
	pub redemption_supply: Option<Balance>,
}

/// The governed parameters of the money features beyond vaults: the global debt ceiling, the
/// savings rate and flash minting.
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct MoneyParams {
	/// Most AGD in existence after a mint or a peg-stability swap in (dss's `Line`, checked
	/// against the whole issuance as dss checks its `debt`); fees and a flash mint's AGD are
	/// not held to it.
	pub debt_limit: Balance,
	/// The savings rate per second: savings grow by (1 + rate) each second, paid from the
	/// surplus and never more than it holds (dss's `dsr` − 1).
	pub savings_rate: Price,
	/// Most AGD one flash mint may mint (dss-flash's `max`).
	pub flash_max: Balance,
	/// The flash mint's fee, a share of the amount minted, paid to the surplus (dss-flash's
	/// `toll`).
	pub flash_fee: Price,
}

/// The default [`MoneyParams::debt_limit`]: 100,000,000 AGD (12 decimals).
pub const DEFAULT_DEBT_LIMIT: Balance = 100_000_000 * 1_000_000_000_000;
/// The default [`MoneyParams::flash_max`]: 10,000,000 AGD (12 decimals).
pub const DEFAULT_FLASH_MAX: Balance = 10_000_000 * 1_000_000_000_000;

impl Default for MoneyParams {
	/// A 100,000,000 AGD debt limit, no savings rate, flash mints of up to 10,000,000 AGD
	/// without a fee (dss-flash's defaults: a fee would only tax the arbitrage that holds the
	/// peg).
	fn default() -> Self {
		MoneyParams {
			debt_limit: DEFAULT_DEBT_LIMIT,
			savings_rate: Price::from_inner(0),
			flash_max: DEFAULT_FLASH_MAX,
			flash_fee: Price::from_inner(0),
		}
	}
}

/// The parameters of a peg stability module (dss-psm): AGD swapped 1:1 with an external
/// stable asset.
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
pub struct PsmParams {
	/// Fee on a swap in (asset → AGD), a share of the AGD (dss-psm's `tin`).
	pub fee_in: Price,
	/// Fee on a swap out (AGD → asset), a share of the AGD (dss-psm's `tout`).
	pub fee_out: Price,
	/// Most AGD the module may have minted against its reserve (the asset's debt ceiling).
	pub ceiling: Balance,
	/// AGD's smallest units per smallest unit of the asset: 10^`scale` (6 for a 6-decimal
	/// asset against AGD's 12).
	pub scale: u8,
}

/// A peg stability module's state (`stablecoin_system`'s `psm`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct PsmInfo {
	/// The external stable asset (pallet-assets id).
	pub asset: crate::AssetId,
	/// Its parameters.
	pub params: PsmParams,
	/// The asset held (smallest units of the asset).
	pub reserve: Balance,
	/// AGD minted against the reserve: reserve × 10^scale.
	pub debt: Balance,
}

/// An account's savings (`stablecoin_savings`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SavingsInfo {
	/// Its normalized savings (dss's `pie`): AGD joined ÷ the accumulator then.
	pub pie: Balance,
	/// AGD it can withdraw now: ⌊pie × chi⌋, interest the surplus can pay up to now included.
	pub balance: Balance,
	/// The savings accumulator now (dss's `chi`).
	pub chi: Price,
}

/// The money features' books (`stablecoin_system`, from `StablecoinApi` version 3).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MoneyInfo<AccountId> {
	/// The governed parameters.
	pub params: MoneyParams,
	/// The savings accumulator now, interest the surplus can pay up to now included.
	pub chi: Price,
	/// Σ normalized savings.
	pub savings_pie: Balance,
	/// AGD the savers can withdraw now: ⌊Σ pie × chi⌋.
	pub savings: Balance,
	/// The account that holds the savers' AGD.
	pub savings_account: AccountId,
	/// Interest paid to the savers from the surplus since genesis.
	pub savings_paid: Balance,
	/// The peg stability modules.
	pub psms: Vec<PsmInfo>,
}

/// What `stablecoin_system` returns: the books of the whole system.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SystemInfo<AccountId> {
	/// AGD in circulation (the surplus account's included).
	pub issuance: Balance,
	/// Σ vault debt over all collateral types.
	pub total_debt: Balance,
	/// The surplus: the AGD balance of [`SystemInfo::surplus_account`] (accrued fees,
	/// penalties and rounding, as real AGD), spent first against bad debt.
	pub surplus: Balance,
	/// The account that owns the surplus AGD; governance spends from it.
	pub surplus_account: AccountId,
	/// AGD (debt plus penalty) all running auctions are raising (dss's `Dirt`).
	pub auction_tab: Balance,
	/// Most AGD all auctions may be raising at once (dss's `Hole`).
	pub auction_limit: Balance,
	/// Debt no collateral covers.
	pub bad_debt: Balance,
	/// Debt of liquidated vaults that auctions have not covered yet.
	pub auction_debt: Balance,
	/// Debt of vaults settled by an emergency shutdown, backed by the redemption pools.
	pub settled_debt: Balance,
	/// Every collateral type.
	pub collaterals: Vec<CollateralInfo>,
	/// `Some` after an emergency shutdown.
	pub shutdown: Option<ShutdownInfo>,
	/// Collateral per type that AGD holders redeem from after a shutdown, and the collateral
	/// one unit of AGD redeems for once redemption is open.
	pub redemption: Vec<(AssetKind, Balance, Option<Price>)>,
}

/// [`SystemInfo`] of `StablecoinApi` version 1 (the surplus was a number, not AGD).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct SystemInfoV1 {
	/// AGD in circulation.
	pub issuance: Balance,
	/// Σ vault debt.
	pub total_debt: Balance,
	/// Fees, penalties and rounding owed to the system.
	pub surplus: Balance,
	/// Debt no collateral covers.
	pub bad_debt: Balance,
	/// Debt of liquidated vaults under auction.
	pub auction_debt: Balance,
	/// Debt settled by an emergency shutdown.
	pub settled_debt: Balance,
	/// Every collateral type.
	pub collaterals: Vec<CollateralInfoV1>,
	/// `Some` after an emergency shutdown.
	pub shutdown: Option<ShutdownInfo>,
	/// Redemption pools and ratios.
	pub redemption: Vec<(AssetKind, Balance, Option<Price>)>,
}

/// A running liquidation auction, as `stablecoin_auctions` lists it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AuctionInfo<AccountId> {
	/// Its id (the `take` and `restart_auction` parameter).
	pub id: u32,
	/// The liquidated vault's owner.
	pub owner: AccountId,
	/// The collateral for sale.
	pub asset: AssetKind,
	/// Collateral left for sale.
	pub collateral: Balance,
	/// Debt still to cover.
	pub debt: Balance,
	/// Penalty still to raise after the debt.
	pub penalty: Balance,
	/// The price it started at.
	pub start_price: Price,
	/// When it started (Unix milliseconds).
	pub started_at: Moment,
	/// When it needs a restart (Unix milliseconds): after the tail, or once its price falls
	/// below the cusp × its start price.
	pub ends_at: Moment,
	/// The price now; `None` once it needs a restart.
	pub price: Option<Price>,
}

/// The risk of one vault, as `stablecoin_recommend` and `stablecoin_atRiskVaults` show it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct VaultRisk<AccountId> {
	/// The vault.
	pub vault: VaultInfo<AccountId>,
	/// The ratio governance calls safe: the liquidation ratio plus the safe margin.
	pub safe_ratio: Price,
	/// Collateral to deposit to reach the safe ratio at the current price (0 when there).
	pub collateral_to_safe: Balance,
	/// The features the risk model was asked with: collateral ratio (capped at 100 for a
	/// vault without debt), price volatility, vault age in days.
	pub features: Vec<Fixed>,
	/// The risk model's explained answer (for a binary classifier, the score is the
	/// probability of the "at risk" label); `None` without a model or a price.
	pub risk: Option<Recommendation>,
}

/// One page of `stablecoin_atRiskVaults`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct AtRiskPage<AccountId> {
	/// The vaults below their safe ratio among those scanned, riskiest first.
	pub vaults: Vec<VaultRisk<AccountId>>,
	/// How many vaults were looked at (at most [`crate::MAX_SCAN`]).
	pub scanned: u32,
	/// Where the next page starts (an opaque storage cursor); `None` after the last vault.
	pub next: Option<Vec<u8>>,
}

sp_api::decl_runtime_apis! {
	/// The stablecoin pallet's vaults and books, served over JSON-RPC as `stablecoin_*`.
	///
	/// Version 2: `system` shows the surplus account and the auction limits and tabs.
	/// Version 3: `money` and `savings` (the debt limit, savings, peg stability, flash mint).
	#[api_version(3)]
	pub trait StablecoinApi<AccountId: Codec> {
		/// `owner`'s vault of `asset`, if any.
		fn vault(owner: AccountId, asset: AssetKind) -> Option<VaultInfo<AccountId>>;
		/// The system's books (version 1).
		#[changed_in(2)]
		fn system() -> SystemInfoV1;
		/// The system's books.
		fn system() -> SystemInfo<AccountId>;
		/// At most `limit` (≤ [`crate::MAX_PAGE`]) running liquidation auctions with ids in
		/// `start..start + MAX_SCAN`, by id.
		fn auctions(start: u32, limit: u32) -> Vec<AuctionInfo<AccountId>>;
		/// The risk of each of `owner`'s vaults, with what to deposit to be safe.
		fn recommend(owner: AccountId) -> Vec<VaultRisk<AccountId>>;
		/// At most `limit` (≤ [`crate::MAX_PAGE`]) vaults below their safe ratio among the next
		/// [`crate::MAX_SCAN`] vaults from the cursor `start` (the beginning when `None`),
		/// riskiest first: by the risk model's score when governance set one, else by lowest
		/// collateral ratio.
		fn at_risk_vaults(start: Option<Vec<u8>>, limit: u32) -> AtRiskPage<AccountId>;
		/// The debt limit, the savings pot, the peg stability modules and the flash mint's
		/// parameters.
		fn money() -> MoneyInfo<AccountId>;
		/// `who`'s savings, interest the surplus can pay up to now included.
		fn savings(who: AccountId) -> SavingsInfo;
	}
}
