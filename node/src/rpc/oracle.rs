//! `oracle_*`: asset prices and the feeds behind them.
//!
//! Prices are decimal strings (a `FixedU128` has 18 decimal places and exceeds what a JSON
//! number holds exactly), e.g. `"2.5"`; times are ISO 8601 in UTC.

use std::sync::Arc;

use agora_primitives::{
	oracle::{OracleApi as OracleRuntimeApi, PriceInfo},
	AccountId, AssetKind, Price,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::{traits::Block as BlockT, FixedPointNumber};

use super::{agora::runtime_error, credentials::iso8601};

/// An asset as a parameter: `"native"` (or `"AGR"`) for the native token, or a pallet-assets
/// asset id as a number, a decimal string or `{ "asset": id }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssetParam(pub AssetKind);

impl Serialize for AssetParam {
	fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
		asset_json(self.0).serialize(s)
	}
}

impl<'de> Deserialize<'de> for AssetParam {
	fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		use serde::de::Error;
		let id = |n: &serde_json::Value| {
			n.as_u64()
				.and_then(|n| u32::try_from(n).ok())
				.map(|id| AssetParam(AssetKind::Asset(id)))
				.ok_or_else(|| D::Error::custom(format!("{n} is not an asset id")))
		};
		match <serde_json::Value as Deserialize>::deserialize(d)? {
			serde_json::Value::String(s) => {
				let s = s.trim();
				if s.eq_ignore_ascii_case("native") || s.eq_ignore_ascii_case("agr") {
					Ok(AssetParam(AssetKind::Native))
				} else {
					s.parse::<u32>().map(|id| AssetParam(AssetKind::Asset(id))).map_err(|_| {
						D::Error::custom(format!("{s:?} is neither \"native\" nor an asset id"))
					})
				}
			},
			n @ serde_json::Value::Number(_) => id(&n),
			serde_json::Value::Object(o) => match o.iter().next() {
				Some((k, v)) if o.len() == 1 && k.eq_ignore_ascii_case("asset") => id(v),
				_ => Err(D::Error::custom("expected { \"asset\": id }")),
			},
			other => Err(D::Error::custom(format!("{other} is not an asset"))),
		}
	}
}

/// A `FixedU128` as a decimal string without trailing zeros (`2.5`, `3`).
pub fn decimal(p: Price) -> String {
	let inner = p.into_inner();
	let div = Price::DIV;
	let (int, frac) = (inner / div, inner % div);
	if frac == 0 {
		return int.to_string();
	}
	let frac = format!("{frac:018}");
	format!("{int}.{}", frac.trim_end_matches('0'))
}

fn asset_json(a: AssetKind) -> serde_json::Value {
	match a {
		AssetKind::Native => "native".into(),
		AssetKind::Asset(id) => id.into(),
	}
}

/// One feeder's latest value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedJson {
	/// SS58 address of the feeder.
	pub feeder: String,
	/// The value (decimal string).
	pub price: String,
	/// When it was fed (ISO 8601).
	pub timestamp: String,
	/// Counted in the median.
	pub fresh: bool,
}

/// What `oracle_price` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceJson {
	/// `native` or the asset id.
	pub asset: serde_json::Value,
	/// The median of the fresh values (decimal string), or `null` when fewer than
	/// `minFeeders` values are fresh: then minting, borrowing and liquidation stop.
	pub price: Option<String>,
	/// Every current feeder's latest value.
	pub feeds: Vec<FeedJson>,
	/// Fresh values needed for a price.
	pub min_feeders: u32,
	/// Age in milliseconds after which a value is stale.
	pub staleness_ms: u64,
	/// The block time the answer is computed at (ISO 8601).
	pub now: String,
	/// The delayed price (MakerDAO's OSM) liquidations use, and the next one.
	pub delayed: DelayedJson,
}

/// The delayed price of an asset in `oracle_price`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DelayedJson {
	/// The price liquidations, auctions and minting limits use now, if any.
	pub current: Option<String>,
	/// The price that becomes current at `nextAt`, if any.
	pub next: Option<String>,
	/// When `next` becomes current (ISO 8601), if prices are delayed.
	pub next_at: Option<String>,
	/// The delay in milliseconds (0: the delayed price is the price).
	pub delay_ms: u64,
}

fn price_json(p: PriceInfo<AccountId>) -> PriceJson {
	PriceJson {
		asset: asset_json(p.asset),
		price: p.price.map(decimal),
		feeds: p
			.feeds
			.into_iter()
			.map(|f| FeedJson {
				feeder: f.feeder.to_string(),
				price: decimal(f.price),
				timestamp: iso8601(f.timestamp),
				fresh: f.fresh,
			})
			.collect(),
		min_feeders: p.min_feeders,
		staleness_ms: p.staleness,
		now: iso8601(p.now),
		delayed: DelayedJson {
			current: p.delayed.current.map(decimal),
			next: p.delayed.next.map(decimal),
			next_at: p.delayed.next_at.map(iso8601),
			delay_ms: p.delayed.delay,
		},
	}
}

/// `oracle_*` methods.
#[rpc(client, server)]
pub trait OracleApi<BlockHash> {
	/// The price of `asset` (`"native"` or an asset id) and the feeds behind it.
	#[method(name = "oracle_price", blocking)]
	fn price(&self, asset: AssetParam, at: Option<BlockHash>) -> RpcResult<PriceJson>;
}

/// Serves [`OracleApiServer`] from the client's runtime API.
pub struct Oracle<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Oracle<C, B> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> OracleApiServer<<Block as BlockT>::Hash> for Oracle<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: OracleRuntimeApi<Block, AccountId>,
{
	fn price(
		&self,
		asset: AssetParam,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<PriceJson> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let api = self.client.runtime_api();
		let version = api
			.api_version::<dyn OracleRuntimeApi<Block, AccountId>>(at)
			.map_err(runtime_error)?
			.unwrap_or(1);
		let info = if version >= 2 {
			api.price(at, asset.0).map_err(runtime_error)?
		} else {
			// A block of a runtime from before the delayed price.
			#[allow(deprecated)]
			api.price_before_version_2(at, asset.0).map_err(runtime_error)?.into()
		};
		Ok(price_json(info))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn assets_parse_from_names_ids_and_objects() {
		let parse = |s: &str| serde_json::from_str::<AssetParam>(s).map(|a| a.0);
		assert_eq!(parse(r#""native""#).unwrap(), AssetKind::Native);
		assert_eq!(parse(r#""AGR""#).unwrap(), AssetKind::Native);
		assert_eq!(parse("7").unwrap(), AssetKind::Asset(7));
		assert_eq!(parse(r#""7""#).unwrap(), AssetKind::Asset(7));
		assert_eq!(parse(r#"{"asset": 7}"#).unwrap(), AssetKind::Asset(7));
		assert_eq!(parse(r#"{"Asset": 7}"#).unwrap(), AssetKind::Asset(7));
		for bad in [r#""gold""#, "-1", "4294967296", r#"{"coin": 1}"#, "null", "1.5"] {
			assert!(parse(bad).is_err(), "{bad} must be rejected");
		}
	}

	#[test]
	fn decimals_are_exact() {
		assert_eq!(decimal(Price::from_rational(5, 2)), "2.5");
		assert_eq!(decimal(Price::from_u32(3)), "3");
		assert_eq!(decimal(Price::from_inner(1)), "0.000000000000000001");
		assert_eq!(
			decimal(Price::from_inner(u128::MAX)),
			"340282366920938463463.374607431768211455"
		);
	}
}
