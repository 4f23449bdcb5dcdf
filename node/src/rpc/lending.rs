//! `lending_*`: markets with their rates, account liquidity and positions, and explained
//! borrower scores with safe borrow amounts.
//!
//! Amounts are decimal strings in smallest units, values in AGD smallest units (US dollars,
//! 12 decimals), rates and ratios decimal strings (`"0.045"` = 4.5 % a year).

use std::sync::Arc;

use agora_primitives::{
	lending::{
		AccountPosition, BorrowerRecommendation, LendingApi as LendingRuntimeApi, LiquidityError,
		LiquidityInfo, MarketInfo, MarketRiskInfo, BORROWER_FEATURES,
	},
	recommender::float,
	AccountId, AssetKind,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObject};
use serde::{Deserialize, Serialize};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{
	agora::runtime_error,
	oracle::{decimal, AssetParam},
	recommender::{feature_names, prediction_json, PredictionJson},
};

/// JSON-RPC error: a market the account is in has no fresh price.
pub const NO_PRICE: i32 = 8300;

/// A market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MarketJson {
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// The lend token's asset id.
	pub lend_token: u32,
	/// Collateral factor.
	pub collateral_factor: String,
	/// Liquidation threshold.
	pub liquidation_threshold: String,
	/// Reserve factor.
	pub reserve_factor: String,
	/// Cash (smallest units).
	pub cash: String,
	/// Total borrows (smallest units).
	pub total_borrows: String,
	/// Reserves (smallest units).
	pub total_reserves: String,
	/// Lend tokens in circulation.
	pub total_supply: String,
	/// Underlying per lend token.
	pub exchange_rate: String,
	/// Utilization.
	pub utilization: String,
	/// Borrow rate per year.
	pub borrow_rate: String,
	/// Supply rate per year.
	pub supply_rate: String,
	/// Borrow APY (compounded per second).
	pub borrow_apy: String,
	/// Supply APY (compounded per second).
	pub supply_apy: String,
	/// Oracle price; `null` without a fresh one.
	pub price: Option<String>,
	/// Share of the lend tokens a liquidation seizes that goes to the reserves (Compound's
	/// `protocolSeizeShare`); `null` at blocks before `LendingApi` version 2.
	pub protocol_seize_share: Option<String>,
	/// The isolation ceiling (AGD smallest units): only accounts isolated in this collateral
	/// borrow against it, all together at most this much; `null` when not isolated (and at
	/// blocks before `LendingApi` version 2).
	pub isolation_ceiling: Option<String>,
	/// What the accounts isolated in it owe now (AGD smallest units); `null` without prices or
	/// before version 2.
	pub isolated_debt: Option<String>,
	/// Accounts in isolation may borrow this asset; `null` before version 2.
	pub borrowable_in_isolation: Option<bool>,
}

fn market_json(m: MarketInfo, risk: Option<&MarketRiskInfo>) -> MarketJson {
	MarketJson {
		asset: AssetParam(m.asset),
		lend_token: m.lend_token,
		collateral_factor: decimal(m.collateral_factor),
		liquidation_threshold: decimal(m.liquidation_threshold),
		reserve_factor: decimal(m.reserve_factor),
		cash: m.cash.to_string(),
		total_borrows: m.total_borrows.to_string(),
		total_reserves: m.total_reserves.to_string(),
		total_supply: m.total_supply.to_string(),
		exchange_rate: decimal(m.exchange_rate),
		utilization: decimal(m.utilization),
		borrow_rate: decimal(m.borrow_rate),
		supply_rate: decimal(m.supply_rate),
		borrow_apy: decimal(m.borrow_apy),
		supply_apy: decimal(m.supply_apy),
		price: m.price.map(decimal),
		protocol_seize_share: risk.map(|r| decimal(r.protocol_seize_share)),
		isolation_ceiling: risk.and_then(|r| r.isolation_ceiling).map(|c| c.to_string()),
		isolated_debt: risk.and_then(|r| r.isolated_debt).map(|d| d.to_string()),
		borrowable_in_isolation: risk.map(|r| r.borrowable_in_isolation),
	}
}

/// An account's liquidity (AGD smallest units).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LiquidityJson {
	/// Σ collateral value × collateral factor.
	pub collateral_value: String,
	/// Σ borrow value.
	pub borrow_value: String,
	/// Value it may still borrow.
	pub liquidity: String,
	/// Shortfall at the collateral factors (no new borrows).
	pub shortfall: String,
	/// Shortfall at the liquidation thresholds (liquidatable when not `"0"`).
	pub liquidation_shortfall: String,
	/// What the borrower score adds to the collateral factors (`"0"` while the switch is off).
	pub collateral_boost: String,
}

fn liquidity_json(l: LiquidityInfo) -> LiquidityJson {
	LiquidityJson {
		collateral_value: l.collateral_value.to_string(),
		borrow_value: l.borrow_value.to_string(),
		liquidity: l.liquidity.to_string(),
		shortfall: l.shortfall.to_string(),
		liquidation_shortfall: l.liquidation_shortfall.to_string(),
		collateral_boost: decimal(l.collateral_boost),
	}
}

/// The borrower score's features.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BorrowerFeaturesJson {
	/// Valid credentials held (up to the pallet's limit).
	pub credentials: f64,
	/// Repayments made.
	pub repayments: f64,
	/// Times liquidated.
	pub liquidations: f64,
	/// Days since the account first supplied or borrowed.
	pub age_days: f64,
	/// Borrow value / capacity at the plain collateral factors (capped at 10).
	pub utilization: f64,
}

/// What `lending_recommend` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BorrowerRecommendationJson {
	/// The score model's features.
	pub features: BorrowerFeaturesJson,
	/// The score model's explained answer; `null` without a model.
	pub score: Option<PredictionJson>,
	/// Whether governance lets the score raise collateral factors.
	pub boost_enabled: bool,
	/// What the score adds to every collateral factor now.
	pub collateral_boost: String,
	/// Liquidity with the boost.
	pub liquidity: LiquidityJson,
	/// Value (AGD smallest units) the account can still borrow and keep the safety margin.
	pub safe_borrow_value: String,
	/// That value per market, in the market's asset (smallest units, at most its cash).
	pub safe_borrow: Vec<SafeBorrowJson>,
}

/// A safe borrow amount in one market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SafeBorrowJson {
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// Amount (smallest units).
	pub amount: String,
}

fn recommendation_json(r: BorrowerRecommendation) -> BorrowerRecommendationJson {
	let names = feature_names(&BORROWER_FEATURES);
	let f = |i: usize| r.features.get(i).copied().map(float::to_f64).unwrap_or_default();
	BorrowerRecommendationJson {
		features: BorrowerFeaturesJson {
			credentials: f(0),
			repayments: f(1),
			liquidations: f(2),
			age_days: f(3),
			utilization: f(4),
		},
		score: r.score.map(|p| prediction_json(p, &names)),
		boost_enabled: r.boost_enabled,
		collateral_boost: decimal(r.collateral_boost),
		liquidity: liquidity_json(r.liquidity),
		safe_borrow_value: r.safe_borrow_value.to_string(),
		safe_borrow: r
			.safe_borrow
			.into_iter()
			.map(|(asset, amount)| SafeBorrowJson {
				asset: AssetParam(asset),
				amount: amount.to_string(),
			})
			.collect(),
	}
}

fn no_price(_: LiquidityError) -> ErrorObject<'static> {
	ErrorObject::owned(NO_PRICE, "No fresh price for a market the account is in", None::<()>)
}

/// One market of a position.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PositionJson {
	/// `"native"` or an asset id.
	pub asset: AssetParam,
	/// Lend tokens held.
	pub lend_tokens: String,
	/// Their underlying value.
	pub supplied: String,
	/// Owed, interest included.
	pub borrowed: String,
	/// Counts as collateral.
	pub collateral: bool,
}

/// What `lending_position` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountPositionJson {
	/// Markets the account uses.
	pub markets: Vec<PositionJson>,
	/// AGR rewards owed (smallest units).
	pub rewards: String,
	/// The isolated collateral the account borrows against, if it is in isolation (`null`
	/// otherwise, and before `LendingApi` version 2).
	pub isolated_in: Option<AssetParam>,
}

fn position_json(p: AccountPosition, isolated_in: Option<AssetKind>) -> AccountPositionJson {
	AccountPositionJson {
		markets: p
			.markets
			.into_iter()
			.map(|m| PositionJson {
				asset: AssetParam(m.asset),
				lend_tokens: m.lend_tokens.to_string(),
				supplied: m.supplied.to_string(),
				borrowed: m.borrowed.to_string(),
				collateral: m.collateral,
			})
			.collect(),
		rewards: p.rewards.to_string(),
		isolated_in: isolated_in.map(AssetParam),
	}
}

/// `lending_*` methods.
#[rpc(client, server)]
pub trait LendingApi<BlockHash> {
	/// Every market: rates (APR and APY), utilization, totals, exchange rate, price, protocol
	/// seize share and isolation.
	#[method(name = "lending_markets", blocking)]
	fn markets(&self, at: Option<BlockHash>) -> RpcResult<Vec<MarketJson>>;

	/// An account's liquidity and shortfall; error 8300 without fresh prices.
	#[method(name = "lending_accountLiquidity", blocking)]
	fn account_liquidity(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<LiquidityJson>;

	/// An account's positions, pending rewards and isolation.
	#[method(name = "lending_position", blocking)]
	fn position(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<AccountPositionJson>;

	/// An account's explained borrower score and safe borrow amounts; error 8300 without
	/// fresh prices.
	#[method(name = "lending_recommend", blocking)]
	fn recommend(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<BorrowerRecommendationJson>;
}

/// Serves [`LendingApiServer`] from the client's runtime API.
pub struct Lending<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Lending<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> Lending<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block>,
	C::Api: LendingRuntimeApi<Block, AccountId>,
{
	/// The `LendingApi` version of the runtime at `at` (1 when it declares none).
	fn api_version(&self, at: <Block as BlockT>::Hash) -> RpcResult<u32> {
		Ok(self
			.client
			.runtime_api()
			.api_version::<dyn LendingRuntimeApi<Block, AccountId>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1))
	}
}

impl<C, Block> LendingApiServer<<Block as BlockT>::Hash> for Lending<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: LendingRuntimeApi<Block, AccountId>,
{
	fn markets(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<Vec<MarketJson>> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let all = self.client.runtime_api().markets(at).map_err(runtime_error)?;
		let risks = if self.api_version(at)? >= 2 {
			self.client.runtime_api().market_risks(at).map_err(runtime_error)?
		} else {
			Vec::new()
		};
		Ok(all
			.into_iter()
			.map(|m| {
				let risk = risks.iter().find(|r| r.asset == m.asset);
				market_json(m, risk)
			})
			.collect())
	}

	fn account_liquidity(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<LiquidityJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let l = self
			.client
			.runtime_api()
			.account_liquidity(at, who)
			.map_err(runtime_error)?
			.map_err(no_price)?;
		Ok(liquidity_json(l))
	}

	fn recommend(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<BorrowerRecommendationJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let r = self
			.client
			.runtime_api()
			.recommend(at, who)
			.map_err(runtime_error)?
			.map_err(no_price)?;
		Ok(recommendation_json(r))
	}

	fn position(
		&self,
		who: AccountId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<AccountPositionJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let p = self.client.runtime_api().position(at, who.clone()).map_err(runtime_error)?;
		let isolated_in = if self.api_version(at)? >= 2 {
			self.client.runtime_api().isolated_in(at, who).map_err(runtime_error)?
		} else {
			None
		};
		Ok(position_json(p, isolated_in))
	}
}
