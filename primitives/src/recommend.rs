//! The [`Recommend`] trait: how a pallet asks the recommender pallet's models for a prediction
//! and its explanation.
//!
//! A model is uploaded by governance into the recommender pallet under a [`ModelId`]. A domain
//! pallet (credentials, stablecoin, lending, governance) keeps the id of the model it uses in
//! its own governance-set parameters, builds a feature vector from on-chain data, and calls
//! [`Recommend::recommend`] (one query) or [`Recommend::rank`] (top-N of many candidates). Every
//! answer carries its [`Explanation`]: the neighbours and their distances for k-NN models, the
//! per-feature contributions for linear and logistic models.

use crate::recommender::{self, Estimator, Explanation, Fixed, Model, Output};
use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{Perbill, Weight};

/// Identifier of a model in the recommender pallet.
pub type ModelId = u32;

/// The algorithm of a model.
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
pub enum ModelKind {
	/// k-nearest-neighbours classifier.
	KnnClassifier,
	/// k-nearest-neighbours regressor.
	KnnRegressor,
	/// Logistic regression (binary or multinomial).
	Logistic,
	/// Linear regression.
	Linear,
}

impl ModelKind {
	/// The kind of `model`: its estimator's, scaled or not (a replacement may add or drop a
	/// scaler).
	pub fn of(model: &Model) -> Self {
		match model {
			Model::KnnClassifier(_) => ModelKind::KnnClassifier,
			Model::KnnRegressor(_) => ModelKind::KnnRegressor,
			Model::Logistic(_) => ModelKind::Logistic,
			Model::Linear(_) => ModelKind::Linear,
			Model::Scaled(p) => match p.estimator() {
				Estimator::KnnClassifier(_) => ModelKind::KnnClassifier,
				Estimator::KnnRegressor(_) => ModelKind::KnnRegressor,
				Estimator::Logistic(_) => ModelKind::Logistic,
				Estimator::Linear(_) => ModelKind::Linear,
			},
		}
	}

	/// Whether the model predicts a class (else a value).
	pub fn is_classifier(self) -> bool {
		matches!(self, ModelKind::KnnClassifier | ModelKind::Logistic)
	}
}

/// Whether a model answers queries.
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
pub enum ModelStatus {
	/// Answers queries.
	Active,
	/// Retired by governance: answers nothing, parameters removed.
	Retired,
}

/// How a model did on the data it was trained and evaluated on (reported by its trainer,
/// checked by governance before approval).
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
pub struct TrainingMetrics {
	/// Rows the model was trained on.
	pub n_train: u32,
	/// Hold-out rows it was evaluated on.
	pub n_test: u32,
	/// Hold-out accuracy, for classifiers only.
	pub accuracy: Option<Perbill>,
	/// Hold-out coefficient of determination R², for regressors only.
	pub r2: Option<Fixed>,
}

/// A model as the `RecommenderApi` runtime API lists it: everything but its parameters.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ModelSummary<AccountId, BlockNumber> {
	/// Its id.
	pub id: ModelId,
	/// Its name (UTF-8).
	pub name: Vec<u8>,
	/// The algorithm.
	pub kind: ModelKind,
	/// The features a query lists, in order (UTF-8 names).
	pub feature_names: Vec<Vec<u8>>,
	/// Fixed-point cells of its parameters.
	pub n_cells: u32,
	/// 1 on upload, +1 per replacement.
	pub version: u32,
	/// Training and hold-out metrics.
	pub metrics: TrainingMetrics,
	/// Who trained the current version.
	pub author: AccountId,
	/// Active or retired.
	pub status: ModelStatus,
	/// Block of the upload.
	pub created_at: BlockNumber,
	/// Block of the last change.
	pub updated_at: BlockNumber,
}

/// An explained prediction of one model.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Recommendation {
	/// The model that answered.
	pub model_id: ModelId,
	/// Its version (bumped each time governance replaces it).
	pub model_version: u32,
	/// The prediction: a label with class probabilities, or a value.
	pub output: Output,
	/// One number to rank by: a regressor's value; for a classifier, the probability of its
	/// greatest label (for a binary model, P(label = 1)).
	pub score: Fixed,
	/// Why the model answered so.
	pub explanation: Explanation,
}

/// One candidate of [`Recommend::rank`], with its score and explanation.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Ranked<Id> {
	/// The caller's id of the candidate (a course, a vault, an account...).
	pub id: Id,
	/// The model's answer for it.
	pub recommendation: Recommendation,
}

/// Why a recommendation could not be made.
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
pub enum RecommendError {
	/// No model has this id.
	UnknownModel,
	/// The model was retired by governance.
	ModelRetired,
	/// The query has a different number of features than the model.
	FeatureCountMismatch,
	/// The model failed on this query (overflow or invalid input).
	Model(recommender::Error),
}

impl From<recommender::Error> for RecommendError {
	fn from(e: recommender::Error) -> Self {
		match e {
			recommender::Error::DimensionMismatch => RecommendError::FeatureCountMismatch,
			e => RecommendError::Model(e),
		}
	}
}

/// The score of an output: a regressor's value, or a classifier's probability of its greatest
/// label (the last of its ascending labels).
pub fn score_of(output: &Output) -> Fixed {
	match output {
		Output::Value(v) => *v,
		Output::Class { probabilities, .. } => probabilities.last().copied().unwrap_or(Fixed::ZERO),
	}
}

/// Asks governance-approved models for explained predictions.
pub trait Recommend {
	/// An explained prediction of model `model` for `features`.
	fn recommend(model: ModelId, features: &[Fixed]) -> Result<Recommendation, RecommendError>;

	/// The `n` best of `candidates` by score (highest first; equal scores keep the candidates'
	/// order), each with its explanation. Fails on the first candidate the model cannot score.
	fn rank<Id: Clone>(
		model: ModelId,
		candidates: &[(Id, Vec<Fixed>)],
		n: u32,
	) -> Result<Vec<Ranked<Id>>, RecommendError> {
		let mut ranked = Vec::with_capacity(candidates.len());
		for (id, features) in candidates {
			ranked
				.push(Ranked { id: id.clone(), recommendation: Self::recommend(model, features)? });
		}
		// A stable sort: ties keep the candidates' order.
		ranked.sort_by(|a, b| b.recommendation.score.cmp(&a.recommendation.score));
		ranked.truncate(usize::try_from(n).unwrap_or(usize::MAX));
		Ok(ranked)
	}

	/// The weight of one [`Recommend::recommend`] call with model `model` as it is stored now
	/// (the weight of the largest model a pallet can hold when the model is unknown).
	fn recommend_weight(model: ModelId) -> Weight;
}

/// No recommender: every model is unknown.
impl Recommend for () {
	fn recommend(_: ModelId, _: &[Fixed]) -> Result<Recommendation, RecommendError> {
		Err(RecommendError::UnknownModel)
	}

	fn recommend_weight(_: ModelId) -> Weight {
		Weight::zero()
	}
}

sp_api::decl_runtime_apis! {
	/// The recommender pallet's models and predictions, served over JSON-RPC as
	/// `recommender_models` and `recommender_predict`.
	pub trait RecommenderApi<AccountId: Codec, BlockNumber: Codec> {
		/// The models with ids `start..start + limit` (`limit` at most [`crate::MAX_PAGE`]),
		/// retired ones included, by id.
		fn models(start: ModelId, limit: u32) -> Vec<ModelSummary<AccountId, BlockNumber>>;
		/// An explained prediction of model `model_id` for `features` (in the order of the
		/// model's feature names).
		fn predict(model_id: ModelId, features: Vec<Fixed>) -> Result<Recommendation, RecommendError>;
	}
}
