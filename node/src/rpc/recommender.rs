//! `recommender_*`: the recommender pallet's models and explained predictions.
//!
//! Fixed-point numbers (Q32.32 on chain) are shown as JSON numbers; features are given as
//! JSON numbers and converted to the nearest fixed-point value (resolution 2^-32).

use std::sync::Arc;

use agora_primitives::{
	recommend::{
		ModelId, ModelKind, ModelStatus, ModelSummary, RecommendError, Recommendation,
		RecommenderApi as RecommenderRuntimeApi,
	},
	recommender::{float, Explanation, Output, ScoreBreakdown, Target},
};
use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

pub use super::INVALID_PARAMS;
use super::{agora::runtime_error, invalid_params, page_limit};

/// JSON-RPC error code: the model cannot answer (unknown, retired, wrong feature count,
/// overflow); `data` says which.
pub const RECOMMEND_ERROR: i32 = 8100;

/// Metrics of a model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetricsJson {
	/// Training rows.
	pub n_train: u32,
	/// Hold-out rows.
	pub n_test: u32,
	/// Hold-out accuracy in [0, 1] (classifiers).
	pub accuracy: Option<f64>,
	/// Hold-out R² (regressors).
	pub r2: Option<f64>,
}

/// A model as `recommender_models` lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelJson {
	/// Model id.
	pub id: ModelId,
	/// Name.
	pub name: String,
	/// `knnClassifier`, `knnRegressor`, `logistic` or `linear`.
	pub kind: String,
	/// Feature names in query order.
	pub feature_names: Vec<String>,
	/// Fixed-point cells held.
	pub n_cells: u32,
	/// Version (1 on upload).
	pub version: u32,
	/// Training metrics.
	pub metrics: MetricsJson,
	/// Trainer's account (SS58).
	pub author: String,
	/// `active` or `retired`.
	pub status: String,
	/// Upload block.
	pub created_at: u64,
	/// Last change block.
	pub updated_at: u64,
}

/// One neighbour of a k-NN prediction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NeighbourJson {
	/// Index of the training sample.
	pub index: u32,
	/// Its distance to the query.
	pub distance: f64,
	/// Its share of the vote (shares sum to 1).
	pub weight: f64,
	/// Its label (classifiers).
	pub label: Option<u32>,
	/// Its target value (regressors).
	pub target: Option<f64>,
}

/// One feature's part in a linear score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionJson {
	/// Feature name.
	pub feature: String,
	/// Coefficient × value.
	pub contribution: f64,
}

/// A linear score broken down by feature.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BreakdownJson {
	/// The class whose score this is (logistic), none for a binary model's log-odds or a
	/// linear regression.
	pub class: Option<u32>,
	/// Per-feature contributions, in feature order.
	pub contributions: Vec<ContributionJson>,
	/// Intercept.
	pub intercept: f64,
	/// Σ contributions + intercept.
	pub score: f64,
}

/// Why the model answered so.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum ExplanationJson {
	/// k-NN: the neighbours, closest first.
	Neighbours {
		/// The k nearest training samples.
		neighbours: Vec<NeighbourJson>,
	},
	/// Linear or logistic regression: per-feature contributions.
	Contributions {
		/// One breakdown (linear, binary logistic) or one per class (multinomial).
		scores: Vec<BreakdownJson>,
	},
}

/// What `recommender_predict` returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PredictionJson {
	/// The model.
	pub model_id: ModelId,
	/// Its version.
	pub model_version: u32,
	/// Predicted label (classifiers).
	pub label: Option<u32>,
	/// Per-class probabilities in ascending label order (classifiers).
	pub probabilities: Option<Vec<f64>>,
	/// Predicted value (regressors).
	pub value: Option<f64>,
	/// Ranking score: the value, or the probability of the greatest label.
	pub score: f64,
	/// The explanation.
	pub explanation: ExplanationJson,
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn kind_name(kind: ModelKind) -> &'static str {
	match kind {
		ModelKind::KnnClassifier => "knnClassifier",
		ModelKind::KnnRegressor => "knnRegressor",
		ModelKind::Logistic => "logistic",
		ModelKind::Linear => "linear",
	}
}

/// The JSON form of a model summary.
pub fn model_json<A: std::fmt::Display, N: Into<u64>>(m: ModelSummary<A, N>) -> ModelJson {
	ModelJson {
		id: m.id,
		name: text(&m.name),
		kind: kind_name(m.kind).into(),
		feature_names: m.feature_names.iter().map(|n| text(n)).collect(),
		n_cells: m.n_cells,
		version: m.version,
		metrics: MetricsJson {
			n_train: m.metrics.n_train,
			n_test: m.metrics.n_test,
			accuracy: m.metrics.accuracy.map(|p| p.deconstruct() as f64 / 1e9),
			r2: m.metrics.r2.map(float::to_f64),
		},
		author: m.author.to_string(),
		status: match m.status {
			ModelStatus::Active => "active",
			ModelStatus::Retired => "retired",
		}
		.into(),
		created_at: m.created_at.into(),
		updated_at: m.updated_at.into(),
	}
}

fn breakdown_json(b: &ScoreBreakdown, names: &[String]) -> BreakdownJson {
	BreakdownJson {
		class: b.class,
		contributions: b
			.contributions
			.iter()
			.enumerate()
			.map(|(i, c)| ContributionJson {
				feature: names.get(i).cloned().unwrap_or_else(|| format!("x{i}")),
				contribution: float::to_f64(*c),
			})
			.collect(),
		intercept: float::to_f64(b.intercept),
		score: float::to_f64(b.score),
	}
}

/// A pallet's fixed feature names (`BORROWER_FEATURES`, `RISK_FEATURES`, …) for
/// [`prediction_json`].
pub fn feature_names(features: &[&str]) -> Vec<String> {
	features.iter().map(|n| n.to_string()).collect()
}

/// The JSON form of a recommendation; `names` are the model's feature names.
pub fn prediction_json(r: Recommendation, names: &[String]) -> PredictionJson {
	let (label, probabilities, value) = match &r.output {
		Output::Class { label, probabilities } => {
			(Some(*label), Some(probabilities.iter().map(|p| float::to_f64(*p)).collect()), None)
		},
		Output::Value(v) => (None, None, Some(float::to_f64(*v))),
	};
	let explanation = match &r.explanation {
		Explanation::Neighbours(n) => ExplanationJson::Neighbours {
			neighbours: n
				.iter()
				.map(|n| NeighbourJson {
					index: n.index,
					distance: float::to_f64(n.distance),
					weight: float::to_f64(n.weight),
					label: match n.target {
						Target::Class(c) => Some(c),
						Target::Value(_) => None,
					},
					target: match n.target {
						Target::Value(v) => Some(float::to_f64(v)),
						Target::Class(_) => None,
					},
				})
				.collect(),
		},
		Explanation::Linear(b) => {
			ExplanationJson::Contributions { scores: vec![breakdown_json(b, names)] }
		},
		Explanation::Logistic(parts) => ExplanationJson::Contributions {
			scores: parts.iter().map(|b| breakdown_json(b, names)).collect(),
		},
	};
	PredictionJson {
		model_id: r.model_id,
		model_version: r.model_version,
		label,
		probabilities,
		value,
		score: float::to_f64(r.score),
		explanation,
	}
}

fn recommend_error(e: RecommendError) -> ErrorObjectOwned {
	ErrorObject::owned(RECOMMEND_ERROR, "The model cannot answer", Some(format!("{e:?}")))
}

/// A feature value: a JSON number, or a decimal string (what `@polkadot/api` sends for a
/// `Text` parameter), e.g. `12`, `0.5` or `"0.5"`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(transparent)]
pub struct FeatureValue(pub f64);

impl<'de> serde::Deserialize<'de> for FeatureValue {
	fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
		// Through `serde_json::Value`: an untagged enum misses floats when serde_json's
		// `arbitrary_precision` feature is on in the dependency graph.
		match <serde_json::Value as serde::Deserialize>::deserialize(d)? {
			serde_json::Value::Number(n) => n
				.as_f64()
				.map(FeatureValue)
				.ok_or_else(|| serde::de::Error::custom(format!("{n} is not a number"))),
			serde_json::Value::String(s) => s
				.trim()
				.parse::<f64>()
				.map(FeatureValue)
				.map_err(|_| serde::de::Error::custom(format!("{s:?} is not a number"))),
			other => Err(serde::de::Error::custom(format!("{other} is not a number"))),
		}
	}
}

/// `recommender_*` methods.
#[rpc(client, server)]
pub trait RecommenderApi<BlockHash> {
	/// The models with ids `start..start + limit` (retired ones included) with their kind,
	/// feature names, version and metrics; `start` 0 and `limit` 100 (the most) by default.
	#[method(name = "recommender_models", blocking)]
	fn models(
		&self,
		start: Option<ModelId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ModelJson>>;

	/// An explained prediction of model `model_id` for `features` (in the order of its
	/// feature names).
	#[method(name = "recommender_predict", blocking)]
	fn predict(
		&self,
		model_id: ModelId,
		features: Vec<FeatureValue>,
		at: Option<BlockHash>,
	) -> RpcResult<PredictionJson>;
}

/// Serves [`RecommenderApiServer`] from the client's runtime API (`A`, `N`: the runtime's
/// account id and block number types).
pub struct Recommender<C, B, A, N> {
	client: Arc<C>,
	_types: std::marker::PhantomData<(B, A, N)>,
}

impl<C, B, A, N> Recommender<C, B, A, N> {
	/// A server over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _types: Default::default() }
	}
}

impl<C, Block, AccountId, BlockNumber> RecommenderApiServer<<Block as BlockT>::Hash>
	for Recommender<C, Block, AccountId, BlockNumber>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RecommenderRuntimeApi<Block, AccountId, BlockNumber>,
	AccountId: Codec + std::fmt::Display + Send + Sync + 'static,
	BlockNumber: Codec + Into<u64> + Send + Sync + 'static,
{
	fn models(
		&self,
		start: Option<ModelId>,
		limit: Option<u32>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<ModelJson>> {
		let limit = page_limit(limit)?;
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let models = self
			.client
			.runtime_api()
			.models(at, start.unwrap_or(0), limit)
			.map_err(runtime_error)?;
		Ok(models.into_iter().map(model_json).collect())
	}

	fn predict(
		&self,
		model_id: ModelId,
		features: Vec<FeatureValue>,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<PredictionJson> {
		let max = agora_primitives::recommender::MAX_FEATURES;
		if features.len() > max as usize {
			return Err(invalid_params(format!("a model has at most {max} features")));
		}
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		let fixed =
			features.iter().map(|v| float::to_fixed(v.0)).collect::<Result<Vec<_>, _>>().map_err(
				|e| {
					ErrorObject::owned(
						INVALID_PARAMS,
						"A feature is not a finite number within ±2^31",
						Some(format!("{e:?}")),
					)
				},
			)?;
		let api = self.client.runtime_api();
		let recommendation =
			api.predict(at, model_id, fixed).map_err(runtime_error)?.map_err(recommend_error)?;
		let names = api
			.models(at, model_id, 1)
			.map_err(runtime_error)?
			.into_iter()
			.next()
			.map(|m| m.feature_names.iter().map(|n| text(n)).collect::<Vec<_>>())
			.unwrap_or_default();
		Ok(prediction_json(recommendation, &names))
	}
}

#[cfg(test)]
mod tests {
	use super::FeatureValue;

	#[test]
	fn features_are_numbers_or_decimal_strings() {
		let v: Vec<FeatureValue> = serde_json::from_str(r#"[12, 0.5, "1.25", " -3 "]"#).unwrap();
		assert_eq!(
			v,
			vec![FeatureValue(12.0), FeatureValue(0.5), FeatureValue(1.25), FeatureValue(-3.0)]
		);
		assert!(serde_json::from_str::<Vec<FeatureValue>>(r#"["twelve"]"#).is_err());
		assert!(serde_json::from_str::<Vec<FeatureValue>>(r#"[{"a": 1}]"#).is_err());
	}
}
