//! `stablecoin_*`: vaults, the system's books, liquidation auctions and vault-risk
//! recommendations.
//!
//! Amounts are decimal strings in smallest units (AGR and AGD have 12 decimals: `"1500000000000"`
//! is 1.5), prices and ratios decimal strings (`"1.75"`), times ISO 8601 in UTC.

use std::sync::Arc;

use agora_primitives::{
	recommender::float,
	stablecoin::{
		AuctionInfo, CollateralInfo, CollateralInfoV1, MoneyInfo, SavingsInfo,
		StablecoinApi as StablecoinRuntimeApi, SystemInfo, SystemInfoV1, VaultInfo, VaultRisk,
	},
	AccountId,
};

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_core::Bytes;
use sp_runtime::traits::Block as BlockT;

use super::{
	agora::runtime_error,
	credentials::iso8601,
	oracle::{decimal, AssetParam},
	page_limit,
	recommender::{feature_names, prediction_json, PredictionJson},
};

/// The risk model's features, in order.
pub const RISK_FEATURES: [&str; 3] = ["collateralRatio", "volatility", "ageDays"];

/// A vault.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultJson {
	/// SS58 address of the owner.
	pub owner: String,
	/// The collateral: `"native"` or an asset id.
	pub asset: AssetParam,
	/// Collateral locked (smallest units).
	pub collateral: String,
	/// AGD owed now, accrued stability fees included (smallest units).
	pub debt: String,
	/// The collateral's price (the frozen one after a shutdown); `null` without a fresh price.
	pub price: Option<String>,
	/// Collateral value / debt; `null` without a price or a debt.
	pub ratio: Option<String>,
	/// The price at which the vault can be liquidated; `null` without debt.
	pub liquidation_price: Option<String>,
	/// AGD it can still mint now (smallest units).
	pub max_mintable: String,
	/// Below its liquidation ratio now: anyone may liquidate it.
	pub liquidatable: bool,
	/// When it was opened (ISO 8601).
	pub opened_at: String,
}

fn vault_json(v: VaultInfo<AccountId>) -> VaultJson {
	VaultJson {
		owner: v.owner.to_string(),
		asset: AssetParam(v.asset),
		collateral: v.collateral.to_string(),
		debt: v.debt.to_string(),
		price: v.price.map(decimal),
		ratio: v.ratio.map(decimal),
		liquidation_price: v.liquidation_price.map(decimal),
		max_mintable: v.max_mintable.to_string(),
		liquidatable: v.liquidatable,
		opened_at: iso8601(v.opened_at),
	}
}

/// One page of `stablecoin_atRiskVaults`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AtRiskPageJson {
	/// Vaults below their safe ratio among those scanned, riskiest first.
	pub vaults: Vec<VaultRiskJson>,
	/// Vaults looked at (at most 1,000).
	pub scanned: u32,
	/// The cursor of the next page (hex), `null` after the last vault.
	pub next: Option<Bytes>,
}

/// A vault's risk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VaultRiskJson {
	/// The vault.
	pub vault: VaultJson,
	/// The ratio governance calls safe (liquidation ratio + safe margin).
	pub safe_ratio: String,
	/// Collateral to deposit to reach the safe ratio (smallest units, `"0"` when there).
	pub collateral_to_safe: String,
	/// The risk model's features, in the model's order.
	pub features: RiskFeaturesJson,
	/// The risk model's explained answer; `null` without a model or a price.
	pub risk: Option<PredictionJson>,
}

/// The risk model's features.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskFeaturesJson {
	/// Collateral value / debt (capped at 100).
	pub collateral_ratio: f64,
	/// The collateral's mean relative price change between samples.
	pub volatility: f64,
	/// The vault's age in days.
	pub age_days: f64,
}

fn risk_json(r: VaultRisk<AccountId>) -> VaultRiskJson {
	let names = feature_names(&RISK_FEATURES);
	VaultRiskJson {
		vault: vault_json(r.vault),
		safe_ratio: decimal(r.safe_ratio),
		collateral_to_safe: r.collateral_to_safe.to_string(),
		features: {
			let f = |i: usize| r.features.get(i).copied().map(float::to_f64).unwrap_or_default();
			RiskFeaturesJson { collateral_ratio: f(0), volatility: f(1), age_days: f(2) }
		},
		risk: r.risk.map(|p| prediction_json(p, &names)),
	}
}

/// One collateral type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CollateralJson {
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// Liquidation ratio.
	pub liquidation_ratio: String,
	/// Stability fee per second.
	pub stability_fee_per_second: String,
	/// Liquidation penalty.
	pub liquidation_penalty: String,
	/// Debt ceiling (smallest units).
	pub debt_ceiling: String,
	/// Debt floor (smallest units).
	pub debt_floor: String,
	/// Most AGD (debt plus penalty) its auctions may raise at once; `null` before the runtime
	/// had auction limits.
	pub auction_limit: Option<String>,
	/// AGD (debt plus penalty) its running auctions are raising; `null` before the runtime
	/// had auction limits.
	pub auction_tab: Option<String>,
	/// Rate accumulator.
	pub rate: String,
	/// Collateral in vaults (smallest units).
	pub collateral: String,
	/// Debt of its vaults (smallest units).
	pub debt: String,
	/// Price used now; `null` without one.
	pub price: Option<String>,
}

fn collateral_json(c: CollateralInfo) -> CollateralJson {
	CollateralJson {
		asset: AssetParam(c.asset),
		liquidation_ratio: decimal(c.params.liquidation_ratio),
		stability_fee_per_second: decimal(c.params.stability_fee),
		liquidation_penalty: decimal(c.params.liquidation_penalty),
		debt_ceiling: c.params.debt_ceiling.to_string(),
		debt_floor: c.params.debt_floor.to_string(),
		auction_limit: Some(c.params.auction_limit.to_string()),
		auction_tab: Some(c.auction_tab.to_string()),
		rate: decimal(c.rate),
		collateral: c.collateral.to_string(),
		debt: c.debt.to_string(),
		price: c.price.map(decimal),
	}
}

fn collateral_json_v1(c: CollateralInfoV1) -> CollateralJson {
	let info = CollateralInfo {
		asset: c.asset,
		params: c.params.with_auction_limit(0),
		rate: c.rate,
		collateral: c.collateral,
		debt: c.debt,
		price: c.price,
		auction_tab: 0,
	};
	CollateralJson { auction_limit: None, auction_tab: None, ..collateral_json(info) }
}

/// A redemption pool after a shutdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolJson {
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// Collateral left in the pool (smallest units).
	pub collateral: String,
	/// Collateral one smallest unit of AGD redeems for; `null` until redemption opens.
	pub per_agd: Option<String>,
}

/// The emergency-shutdown state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ShutdownJson {
	/// When governance shut the system down (ISO 8601).
	pub at: String,
	/// AGD supply redemption opened with; `null` while debts are being settled.
	pub redemption_supply: Option<String>,
}

/// The system's books.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SystemJson {
	/// AGD in circulation.
	pub issuance: String,
	/// Σ vault debt.
	pub total_debt: String,
	/// Surplus: fees, penalties, rounding, as the AGD balance of `surplusAccount`.
	pub surplus: String,
	/// SS58 address of the account that owns the surplus AGD; `null` before the runtime made
	/// the surplus AGD.
	pub surplus_account: Option<String>,
	/// AGD (debt plus penalty) all running auctions are raising; `null` before the runtime had
	/// auction limits.
	pub auction_tab: Option<String>,
	/// Most AGD all auctions may raise at once; `null` before the runtime had auction limits.
	pub auction_limit: Option<String>,
	/// Debt no collateral covers.
	pub bad_debt: String,
	/// Debt under auction.
	pub auction_debt: String,
	/// Debt settled by a shutdown, backed by the redemption pools.
	pub settled_debt: String,
	/// Collateral types.
	pub collaterals: Vec<CollateralJson>,
	/// `null` unless governance shut the system down.
	pub shutdown: Option<ShutdownJson>,
	/// Redemption pools (after a shutdown).
	pub redemption: Vec<PoolJson>,
	/// Most AGD in existence after a mint or a swap in (dss's `Line`); `null` before the
	/// runtime had it (as the three fields below).
	pub debt_limit: Option<String>,
	/// The savings pot.
	pub savings: Option<SavingsPotJson>,
	/// The peg stability modules.
	pub psm: Option<Vec<PsmJson>>,
	/// The flash mint's limit and fee.
	pub flash: Option<FlashJson>,
}

/// The savings pot (dss's Pot).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavingsPotJson {
	/// The savings rate per second.
	pub rate: String,
	/// What the rate compounds to over a year of 365 days (`"0.02"`: 2 %), for display.
	pub yearly_rate: String,
	/// The accumulator now: AGD per unit of normalized savings.
	pub chi: String,
	/// Σ normalized savings.
	pub pie: String,
	/// AGD the savers can withdraw now (smallest units).
	pub total: String,
	/// SS58 address of the account holding the savers' AGD.
	pub account: String,
	/// Interest paid from the surplus since genesis (smallest units).
	pub paid: String,
}

/// A peg stability module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PsmJson {
	/// The external stable asset (pallet-assets id).
	pub asset: u32,
	/// The asset held (its smallest units).
	pub reserve: String,
	/// AGD minted against the reserve (smallest units).
	pub debt: String,
	/// Most AGD it may mint against its reserve.
	pub ceiling: String,
	/// Fee on a swap in, a share of the AGD.
	pub fee_in: String,
	/// Fee on a swap out, a share of the AGD.
	pub fee_out: String,
	/// AGD's smallest units per smallest unit of the asset: 10^scale.
	pub scale: u8,
}

/// The flash mint's parameters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FlashJson {
	/// Most AGD one flash mint may mint (smallest units).
	pub max: String,
	/// Its fee, a share of the amount.
	pub fee: String,
}

/// An account's savings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavingsJson {
	/// Normalized savings.
	pub pie: String,
	/// AGD it can withdraw now, interest included (smallest units).
	pub balance: String,
	/// The accumulator now.
	pub chi: String,
}

fn savings_json(s: SavingsInfo) -> SavingsJson {
	SavingsJson { pie: s.pie.to_string(), balance: s.balance.to_string(), chi: decimal(s.chi) }
}

/// (1 + `rate`)^(365 days in seconds) − 1, as a decimal for display (floating point: the node
/// only shows it, the runtime compounds in fixed point).
fn yearly(rate: agora_primitives::Price) -> String {
	let r = rate.into_inner() as f64 / 1e18;
	let y = (1.0 + r).powf(31_536_000.0) - 1.0;
	format!("{y:.6}")
}

/// `json` with the money features' books.
fn with_money(mut json: SystemJson, m: MoneyInfo<AccountId>) -> SystemJson {
	json.debt_limit = Some(m.params.debt_limit.to_string());
	json.savings = Some(SavingsPotJson {
		rate: decimal(m.params.savings_rate),
		yearly_rate: yearly(m.params.savings_rate),
		chi: decimal(m.chi),
		pie: m.savings_pie.to_string(),
		total: m.savings.to_string(),
		account: m.savings_account.to_string(),
		paid: m.savings_paid.to_string(),
	});
	json.psm = Some(
		m.psms
			.into_iter()
			.map(|p| PsmJson {
				asset: p.asset,
				reserve: p.reserve.to_string(),
				debt: p.debt.to_string(),
				ceiling: p.params.ceiling.to_string(),
				fee_in: decimal(p.params.fee_in),
				fee_out: decimal(p.params.fee_out),
				scale: p.params.scale,
			})
			.collect(),
	);
	json.flash =
		Some(FlashJson { max: m.params.flash_max.to_string(), fee: decimal(m.params.flash_fee) });
	json
}

fn redemption_json(
	r: Vec<(agora_primitives::AssetKind, u128, Option<agora_primitives::Price>)>,
) -> Vec<PoolJson> {
	r.into_iter()
		.map(|(asset, pool, fix)| PoolJson {
			asset: AssetParam(asset),
			collateral: pool.to_string(),
			per_agd: fix.map(decimal),
		})
		.collect()
}

fn shutdown_json(s: Option<agora_primitives::stablecoin::ShutdownInfo>) -> Option<ShutdownJson> {
	s.map(|x| ShutdownJson {
		at: iso8601(x.at),
		redemption_supply: x.redemption_supply.map(|n| n.to_string()),
	})
}

fn system_json_v1(s: SystemInfoV1) -> SystemJson {
	SystemJson {
		issuance: s.issuance.to_string(),
		total_debt: s.total_debt.to_string(),
		surplus: s.surplus.to_string(),
		surplus_account: None,
		auction_tab: None,
		auction_limit: None,
		bad_debt: s.bad_debt.to_string(),
		auction_debt: s.auction_debt.to_string(),
		settled_debt: s.settled_debt.to_string(),
		collaterals: s.collaterals.into_iter().map(collateral_json_v1).collect(),
		shutdown: shutdown_json(s.shutdown),
		redemption: redemption_json(s.redemption),
		debt_limit: None,
		savings: None,
		psm: None,
		flash: None,
	}
}

fn system_json(s: SystemInfo<AccountId>) -> SystemJson {
	SystemJson {
		issuance: s.issuance.to_string(),
		total_debt: s.total_debt.to_string(),
		surplus: s.surplus.to_string(),
		surplus_account: Some(s.surplus_account.to_string()),
		auction_tab: Some(s.auction_tab.to_string()),
		auction_limit: Some(s.auction_limit.to_string()),
		bad_debt: s.bad_debt.to_string(),
		auction_debt: s.auction_debt.to_string(),
		settled_debt: s.settled_debt.to_string(),
		collaterals: s.collaterals.into_iter().map(collateral_json).collect(),
		shutdown: shutdown_json(s.shutdown),
		redemption: redemption_json(s.redemption),
		debt_limit: None,
		savings: None,
		psm: None,
		flash: None,
	}
}

/// A running liquidation auction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuctionJson {
	/// Its id (for `stablecoin.take` / `restartAuction`).
	pub id: u32,
	/// SS58 address of the liquidated vault's owner.
	pub owner: String,
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// Collateral for sale (smallest units).
	pub collateral: String,
	/// Debt to cover (smallest units).
	pub debt: String,
	/// Penalty to raise after the debt (smallest units).
	pub penalty: String,
	/// Price it started at.
	pub start_price: String,
	/// The price now; `null` once it ran its course (restart it) or after a shutdown.
	pub price: Option<String>,
	/// When it started (ISO 8601).
	pub started_at: String,
	/// When it needs a restart: after the tail, or once its price falls below the cusp
	/// (ISO 8601).
	pub ends_at: String,
}

fn auction_json(a: AuctionInfo<AccountId>) -> AuctionJson {
	AuctionJson {
		id: a.id,
		owner: a.owner.to_string(),
		asset: AssetParam(a.asset),
		collateral: a.collateral.to_string(),
		debt: a.debt.to_string(),
		penalty: a.penalty.to_string(),
		start_price: decimal(a.start_price),
		price: a.price.map(decimal),
		started_at: iso8601(a.started_at),
		ends_at: iso8601(a.ends_at),
	}
}

/// `stablecoin_*` methods.
#[rpc(client, server)]
pub trait StablecoinApi<BlockHash> {
	/// `owner`'s vault of `asset` (`"native"` or an asset id); `null` if it has none.
	#[method(name = "stablecoin_vault", blocking)]
	fn vault(
		&self,
		owner: AccountId,
		asset: AssetParam,
		at: Option<BlockHash>,
	) -> RpcResult<Option<VaultJson>>;

	/// The system's books: issuance, debt, surplus, bad debt, collateral types, shutdown, the
	/// debt limit, the savings pot, the peg stability modules and the flash mint.
	#[method(name = "stablecoin_system", blocking)]
	fn system(&self, at: Option<BlockHash>) -> RpcResult<SystemJson>;

	/// At most `limit` (1 to 100, 100 by default) running liquidation auctions with their
	/// current prices, by id, among the ids `start..start + 1,000` (`start` 0 by default;
	/// page on with `start`).
	#[method(name = "stablecoin_auctions", blocking)]
	fn auctions(
		&self,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AuctionJson>>;

	/// The risk of each of `owner`'s vaults: safe ratio, collateral to deposit, the risk
	/// model's explained score.
	#[method(name = "stablecoin_recommend", blocking)]
	fn recommend(&self, owner: AccountId, at: Option<BlockHash>) -> RpcResult<Vec<VaultRiskJson>>;

	/// At most `limit` (1 to 100) vaults below their safe ratio, riskiest first, among the
	/// next 1,000 vaults from the cursor `start` (the first vault when omitted); the page's
	/// `next` is where the following page starts (`null` after the last vault).
	#[method(name = "stablecoin_atRiskVaults", blocking)]
	fn at_risk_vaults(
		&self,
		limit: u32,
		start: Option<Bytes>,
		at: Option<BlockHash>,
	) -> RpcResult<AtRiskPageJson>;

	/// `who`'s savings: normalized savings, what they are worth now (interest the surplus can
	/// pay included) and the accumulator; zeros without savings.
	#[method(name = "stablecoin_savings", blocking)]
	fn savings(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<SavingsJson>;
}

/// Serves [`StablecoinApiServer`] from the client's runtime API.
pub struct Stablecoin<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Stablecoin<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> Stablecoin<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block>,
	C::Api: StablecoinRuntimeApi<Block, AccountId>,
{
	/// The `StablecoinApi` version of the runtime at `at` (1 when it declares none).
	fn api_version(&self, at: <Block as BlockT>::Hash) -> RpcResult<u32> {
		Ok(self
			.client
			.runtime_api()
			.api_version::<dyn StablecoinRuntimeApi<Block, AccountId>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1))
	}
}

impl<C, Block> StablecoinApiServer<<Block as BlockT>::Hash> for Stablecoin<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: StablecoinRuntimeApi<Block, AccountId>,
{
	fn vault(
		&self,
		owner: AccountId,
		asset: AssetParam,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<VaultJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let v = self.client.runtime_api().vault(at, owner, asset.0).map_err(runtime_error)?;
		Ok(v.map(vault_json))
	}

	fn system(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<SystemJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let api = self.client.runtime_api();
		let version = self.api_version(at)?;
		if version >= 3 {
			let json = system_json(api.system(at).map_err(runtime_error)?);
			Ok(with_money(json, api.money(at).map_err(runtime_error)?))
		} else if version >= 2 {
			Ok(system_json(api.system(at).map_err(runtime_error)?))
		} else {
			// A block of a runtime from before the surplus was AGD.
			#[allow(deprecated)]
			Ok(system_json_v1(api.system_before_version_2(at).map_err(runtime_error)?))
		}
	}

	fn auctions(
		&self,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<AuctionJson>> {
		let limit = page_limit(limit)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let all = self
			.client
			.runtime_api()
			.auctions(at, start.unwrap_or(0), limit)
			.map_err(runtime_error)?;
		Ok(all.into_iter().map(auction_json).collect())
	}

	fn recommend(
		&self,
		owner: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<VaultRiskJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let all = self.client.runtime_api().recommend(at, owner).map_err(runtime_error)?;
		Ok(all.into_iter().map(risk_json).collect())
	}

	fn at_risk_vaults(
		&self,
		limit: u32,
		start: Option<Bytes>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<AtRiskPageJson> {
		let limit = page_limit(Some(limit))?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let page = self
			.client
			.runtime_api()
			.at_risk_vaults(at, start.map(|b| b.0), limit)
			.map_err(runtime_error)?;
		Ok(AtRiskPageJson {
			vaults: page.vaults.into_iter().map(risk_json).collect(),
			scanned: page.scanned,
			next: page.next.map(Bytes),
		})
	}

	fn savings(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<SavingsJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		if self.api_version(at)? < 3 {
			// A block of a runtime from before savings: nobody had any.
			return Ok(SavingsJson { pie: "0".into(), balance: "0".into(), chi: "1".into() });
		}
		let savings = self.client.runtime_api().savings(at, who).map_err(runtime_error)?;
		Ok(savings_json(savings))
	}
}
