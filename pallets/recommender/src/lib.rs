//! # Recommender pallet
//!
//! The registry of Agora's machine-learning models, and the [`Recommend`] implementation every
//! other pallet calls for an explained prediction.
//!
//! ## Overview
//!
//! Agora recommends things in the runtime — the next course for a learner, the risk of a
//! vault, a borrower's score, a delegate whose votes resemble yours — and explains every
//! recommendation. The arithmetic is `agora-recommender`, a deterministic fixed-point (Q32.32)
//! library that mirrors `smartcore`'s k-NN, logistic and linear regression. This pallet holds
//! the models themselves:
//!
//! - A **model** is stored under a [`ModelId`]: its kind (k-NN classifier or regressor,
//!   logistic or linear regression), the names of its features (the order a query must follow),
//!   its parameters or samples, a version, the metrics it was trained with (hold-out accuracy or
//!   R²), the account that trained it, and whether it is active.
//! - A model may be a **pipeline** ([`Model::Scaled`]): a `StandardScaler` (the training rows'
//!   means and standard deviations) then the estimator. It standardises each query before the
//!   estimator sees it, so that a feature in large units (days) does not decide a distance
//!   alone against one in small units (a count of credentials). Its kind is its estimator's;
//!   a replacement may add or drop the scaler.
//! - Only [`Config::ModelOrigin`] (governance) can upload, replace or retire a model. Models are
//!   trained off chain — `agora-node recommender train` does it with smartcore and writes the
//!   `upload_model` call — and approved on chain.
//! - A replacement keeps the model's kind and feature names, so that the pallets that use the
//!   model keep building valid queries; it bumps the version. A retired model answers no more
//!   queries and its parameters are removed from storage.
//! - Any pallet queries a model through [`Recommend::recommend`] / [`Recommend::rank`]; wallets
//!   through the `RecommenderApi` runtime API (`recommender_models`, `recommender_predict` over
//!   JSON-RPC).
//!
//! ## Weights
//!
//! The cost of storing a model grows with its number of fixed-point cells (samples × features
//! for k-NN, coefficients for linear models): `upload_model` and `replace_model` are
//! benchmarked against it, up to [`MAX_CELLS`]. The cost of evaluating one depends on its shape
//! too: [`Recommend::recommend_weight`] charges [`Pallet::evaluation_weight`], a per-row plus a
//! per-cell part for k-NN models at the most expensive metric of their kind (the cosine
//! distance takes a square root and a division per row, so a thin model with many rows costs
//! far more per cell than a wide one), benchmarked for every kind, metric and shape. Every
//! evaluation is also charged a scaler's standardisation of the query (`standardise`), as the
//! record does not say whether the model is a pipeline; a pipeline's scaler counts two cells
//! per feature.
//!
//! ## Invariants (`try_state`)
//!
//! - every active model has its parameters stored, every retired one has none;
//! - stored parameters match the record: kind, cell count, feature count;
//! - stored parameters pass [`Model::validate`] (every structural invariant);
//! - ids are below [`NextModelId`]; versions start at 1;
//! - [`ActiveModels`] counts the active models and is at most [`Config::MaxActiveModels`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

pub use agora_primitives::recommend::{
	ModelId, ModelKind, ModelStatus, ModelSummary, TrainingMetrics,
};
use agora_primitives::{
	recommend::{score_of, Ranked, Recommend, RecommendError, Recommendation},
	recommender::{Fixed, Model, MAX_CELLS, MAX_COEFFICIENTS, MAX_FEATURES},
};
use alloc::{boxed::Box, vec::Vec};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::EnsureOrigin, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use frame_system::pallet_prelude::*;
use scale_info::TypeInfo;
use sp_runtime::TryRuntimeError;

/// A name: of a model or of a feature, UTF-8, at most [`Config::MaxNameLen`] bytes.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
/// The names of a model's features, in the order a query lists them.
pub type FeatureNamesOf<T> = BoundedVec<NameOf<T>, ConstU32<MAX_FEATURES>>;

/// Everything about a model but its parameters.
#[derive(
	CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct ModelInfo<T: Config> {
	/// A human-readable name.
	pub name: NameOf<T>,
	/// The algorithm.
	pub kind: ModelKind,
	/// The features a query lists, in order.
	pub feature_names: FeatureNamesOf<T>,
	/// Fixed-point cells the parameters hold (what weights grow with).
	pub n_cells: u32,
	/// 1 on upload, +1 on each replacement.
	pub version: u32,
	/// Training and hold-out metrics of the current version.
	pub metrics: TrainingMetrics,
	/// Who trained the current version.
	pub author: T::AccountId,
	/// Active or retired.
	pub status: ModelStatus,
	/// Block of the upload.
	pub created_at: BlockNumberFor<T>,
	/// Block of the last change.
	pub updated_at: BlockNumberFor<T>,
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the recommender pallet.
	/// Defaults for test runtimes: `#[derive_impl(config_preludes::TestDefaultConfig)]`
	/// (names up to 32 bytes, 4 active models, unit weights); `ModelOrigin` is set by hand.
	pub mod config_preludes {
		use super::*;
		use frame_support::derive_impl;

		/// The test runtimes' defaults.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			type MaxNameLen = ConstU32<32>;
			type MaxActiveModels = ConstU32<4>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may upload, replace and retire models: governance.
		#[pallet::no_default]
		type ModelOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Longest model or feature name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most models active at once.
		#[pallet::constant]
		type MaxActiveModels: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Every model ever uploaded, by id (retired ones included).
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, ModelInfo<T>>;

	/// The parameters of each active model.
	#[pallet::storage]
	pub type ModelData<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, Model>;

	/// The id the next uploaded model gets.
	#[pallet::storage]
	pub type NextModelId<T: Config> = StorageValue<_, ModelId, ValueQuery>;

	/// How many models are active.
	#[pallet::storage]
	pub type ActiveModels<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Events of the recommender pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was uploaded and is active.
		ModelUploaded { id: ModelId, kind: ModelKind, n_cells: u32, author: T::AccountId },
		/// A model's parameters were replaced by a new version.
		ModelReplaced { id: ModelId, version: u32, n_cells: u32, author: T::AccountId },
		/// A model was retired: it answers no more queries.
		ModelRetired { id: ModelId },
	}

	/// Errors of the recommender pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No model has this id.
		UnknownModel,
		/// The model is retired.
		ModelRetired,
		/// The number of feature names differs from the model's number of features.
		FeatureNamesMismatch,
		/// A model or feature name is empty.
		EmptyName,
		/// The model's parameters are inconsistent: they break an invariant [`Model::validate`]
		/// checks (shape, `k`, class labels and indices, coefficient rows, a scaler's size and
		/// its positive standard deviations).
		InvalidModel,
		/// Metrics that do not fit the kind: accuracy for a regressor, R² for a classifier, an
		/// accuracy above 100 %.
		InvalidMetrics,
		/// [`Config::MaxActiveModels`] models are active already.
		TooManyModels,
		/// A replacement must be of the model's kind.
		KindMismatch,
		/// A replacement must keep the model's feature names.
		FeatureNamesChanged,
		/// No model id is left.
		IdsExhausted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must admit a name");
			assert!(T::MaxActiveModels::get() > 0, "MaxActiveModels must admit a model");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Uploads a model. It gets the next id, version 1, and answers queries at once.
		///
		/// The origin must be [`Config::ModelOrigin`]. `feature_names` lists the model's
		/// features in query order; `author` is the account that trained it. The model is
		/// checked for every structural invariant ([`Model::validate`]): a stored model answers
		/// every query of its feature count, or fails with the same overflow whether explained
		/// or not.
		///
		/// Emits [`Event::ModelUploaded`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::upload_model(model.n_cells()))]
		pub fn upload_model(
			origin: OriginFor<T>,
			name: NameOf<T>,
			feature_names: FeatureNamesOf<T>,
			model: Box<Model>,
			metrics: TrainingMetrics,
			author: T::AccountId,
		) -> DispatchResult {
			T::ModelOrigin::ensure_origin(origin)?;
			ensure!(!name.is_empty(), Error::<T>::EmptyName);
			let kind = Self::check_model(&feature_names, &model, &metrics)?;
			let active = ActiveModels::<T>::get();
			ensure!(active < T::MaxActiveModels::get(), Error::<T>::TooManyModels);
			let id = NextModelId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;

			let now = frame_system::Pallet::<T>::block_number();
			let n_cells = model.n_cells();
			Models::<T>::insert(
				id,
				ModelInfo {
					name,
					kind,
					feature_names,
					n_cells,
					version: 1,
					metrics,
					author: author.clone(),
					status: ModelStatus::Active,
					created_at: now,
					updated_at: now,
				},
			);
			ModelData::<T>::insert(id, *model);
			NextModelId::<T>::put(next);
			ActiveModels::<T>::put(active.saturating_add(1));
			Self::deposit_event(Event::ModelUploaded { id, kind, n_cells, author });
			Ok(())
		}

		/// Replaces an active model's parameters with a new version of the same kind and
		/// feature names, e.g. retrained on more data.
		///
		/// The origin must be [`Config::ModelOrigin`]. Emits [`Event::ModelReplaced`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::replace_model(model.n_cells()))]
		pub fn replace_model(
			origin: OriginFor<T>,
			id: ModelId,
			feature_names: FeatureNamesOf<T>,
			model: Box<Model>,
			metrics: TrainingMetrics,
			author: T::AccountId,
		) -> DispatchResult {
			T::ModelOrigin::ensure_origin(origin)?;
			let mut info = Models::<T>::get(id).ok_or(Error::<T>::UnknownModel)?;
			ensure!(info.status == ModelStatus::Active, Error::<T>::ModelRetired);
			let kind = Self::check_model(&feature_names, &model, &metrics)?;
			ensure!(kind == info.kind, Error::<T>::KindMismatch);
			ensure!(feature_names == info.feature_names, Error::<T>::FeatureNamesChanged);

			info.version = info.version.saturating_add(1);
			info.n_cells = model.n_cells();
			info.metrics = metrics;
			info.author = author.clone();
			info.updated_at = frame_system::Pallet::<T>::block_number();
			let (version, n_cells) = (info.version, info.n_cells);
			Models::<T>::insert(id, info);
			ModelData::<T>::insert(id, *model);
			Self::deposit_event(Event::ModelReplaced { id, version, n_cells, author });
			Ok(())
		}

		/// Retires an active model: it answers no more queries and its parameters are removed.
		/// Its record stays, so that past explanations can be traced to it.
		///
		/// The origin must be [`Config::ModelOrigin`]. Emits [`Event::ModelRetired`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire_model())]
		pub fn retire_model(origin: OriginFor<T>, id: ModelId) -> DispatchResult {
			T::ModelOrigin::ensure_origin(origin)?;
			Models::<T>::try_mutate(id, |maybe| -> DispatchResult {
				let info = maybe.as_mut().ok_or(Error::<T>::UnknownModel)?;
				ensure!(info.status == ModelStatus::Active, Error::<T>::ModelRetired);
				info.status = ModelStatus::Retired;
				info.updated_at = frame_system::Pallet::<T>::block_number();
				Ok(())
			})?;
			ModelData::<T>::remove(id);
			ActiveModels::<T>::mutate(|n| *n = n.saturating_sub(1));
			Self::deposit_event(Event::ModelRetired { id });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Checks a model against its feature names and metrics; returns its kind.
	fn check_model(
		feature_names: &FeatureNamesOf<T>,
		model: &Model,
		metrics: &TrainingMetrics,
	) -> Result<ModelKind, DispatchError> {
		ensure!(
			u32::try_from(feature_names.len()).ok() == Some(model.n_features()),
			Error::<T>::FeatureNamesMismatch
		);
		ensure!(feature_names.iter().all(|n| !n.is_empty()), Error::<T>::EmptyName);
		model.validate().map_err(|_| Error::<T>::InvalidModel)?;
		let kind = ModelKind::of(model);
		let fits =
			if kind.is_classifier() { metrics.r2.is_none() } else { metrics.accuracy.is_none() };
		ensure!(fits, Error::<T>::InvalidMetrics);
		Ok(kind)
	}

	/// Every model with its record, by id.
	pub fn models() -> Vec<(ModelId, ModelInfo<T>)> {
		let mut all: Vec<_> = Models::<T>::iter().collect();
		all.sort_by_key(|(id, _)| *id);
		all
	}

	/// The models with ids `start..start + limit` as the `RecommenderApi` runtime API lists
	/// them, by id; `limit` is clamped to [`agora_primitives::MAX_PAGE`].
	pub fn model_summaries(
		start: ModelId,
		limit: u32,
	) -> Vec<ModelSummary<T::AccountId, BlockNumberFor<T>>> {
		let end = NextModelId::<T>::get()
			.min(start.saturating_add(limit.min(agora_primitives::MAX_PAGE)));
		(start..end)
			.filter_map(|id| Models::<T>::get(id).map(|info| (id, info)))
			.map(|(id, info)| ModelSummary {
				id,
				name: info.name.into_inner(),
				kind: info.kind,
				feature_names: info.feature_names.into_iter().map(|n| n.into_inner()).collect(),
				n_cells: info.n_cells,
				version: info.version,
				metrics: info.metrics,
				author: info.author,
				status: info.status,
				created_at: info.created_at,
				updated_at: info.updated_at,
			})
			.collect()
	}

	/// Checks the pallet's invariants (see the crate documentation).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextModelId::<T>::get();
		let mut active = 0u32;
		for (id, info) in Models::<T>::iter() {
			ensure!(id < next, "a model id is not below NextModelId");
			ensure!(info.version >= 1, "a model has version 0");
			match (info.status, ModelData::<T>::get(id)) {
				(ModelStatus::Active, Some(model)) => {
					active = active.saturating_add(1);
					ensure!(ModelKind::of(&model) == info.kind, "stored kind differs");
					ensure!(model.n_cells() == info.n_cells, "stored cell count differs");
					ensure!(model.validate().is_ok(), "a stored model is inconsistent");
					ensure!(
						u32::try_from(info.feature_names.len()).ok() == Some(model.n_features()),
						"stored feature count differs"
					);
				},
				(ModelStatus::Active, None) => {
					return Err("an active model has no parameters".into())
				},
				(ModelStatus::Retired, Some(_)) => {
					return Err("a retired model still has parameters".into())
				},
				(ModelStatus::Retired, None) => {},
			}
		}
		ensure!(
			ModelData::<T>::iter_keys().all(|id| Models::<T>::contains_key(id)),
			"parameters without a model record"
		);
		ensure!(ActiveModels::<T>::get() == active, "ActiveModels differs from the active count");
		ensure!(active <= T::MaxActiveModels::get(), "more active models than MaxActiveModels");
		Ok(())
	}
}

#[cfg(test)]
std::thread_local! {
	/// How many times a model's parameters were read and decoded on this thread (tests only).
	pub(crate) static MODEL_DECODES: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

impl<T: Config> Pallet<T> {
	/// The record and the decoded parameters of an active model: one read and decode of up to
	/// [`MAX_CELLS`] cells, to be shared by every query of one call.
	fn active_model(model_id: ModelId) -> Result<(ModelInfo<T>, Model), RecommendError> {
		let info = Models::<T>::get(model_id).ok_or(RecommendError::UnknownModel)?;
		if info.status != ModelStatus::Active {
			return Err(RecommendError::ModelRetired);
		}
		let model = ModelData::<T>::get(model_id).ok_or(RecommendError::UnknownModel)?;
		#[cfg(test)]
		MODEL_DECODES.with(|n| n.set(n.get().saturating_add(1)));
		Ok((info, model))
	}

	/// The explained prediction of an already loaded model for `features`.
	fn answer(
		model_id: ModelId,
		info: &ModelInfo<T>,
		model: &Model,
		features: &[Fixed],
	) -> Result<Recommendation, RecommendError> {
		if features.len() != info.feature_names.len() {
			return Err(RecommendError::FeatureCountMismatch);
		}
		let (output, explanation) = model.predict_explained(features)?;
		Ok(Recommendation {
			model_id,
			model_version: info.version,
			score: score_of(&output),
			output,
			explanation,
		})
	}
}

impl<T: Config> Recommend for Pallet<T> {
	fn recommend(model_id: ModelId, features: &[Fixed]) -> Result<Recommendation, RecommendError> {
		let (info, model) = Self::active_model(model_id)?;
		Self::answer(model_id, &info, &model, features)
	}

	/// As the trait's default, but the model is read and decoded once for all candidates
	/// (not once per candidate: a model is up to a mebibyte).
	fn rank<Id: Clone>(
		model_id: ModelId,
		candidates: &[(Id, Vec<Fixed>)],
		n: u32,
	) -> Result<Vec<Ranked<Id>>, RecommendError> {
		if candidates.is_empty() {
			return Ok(Vec::new());
		}
		let (info, model) = Self::active_model(model_id)?;
		let mut ranked = Vec::with_capacity(candidates.len());
		for (id, features) in candidates {
			let recommendation = Self::answer(model_id, &info, &model, features)?;
			ranked.push(Ranked { id: id.clone(), recommendation });
		}
		// A stable sort: ties keep the candidates' order.
		ranked.sort_by_key(|r| core::cmp::Reverse(r.recommendation.score));
		ranked.truncate(usize::try_from(n).unwrap_or(usize::MAX));
		Ok(ranked)
	}

	fn recommend_weight(model_id: ModelId) -> Weight {
		match Models::<T>::get(model_id) {
			Some(info) => Self::evaluation_weight(
				info.kind,
				info.n_cells,
				u32::try_from(info.feature_names.len()).unwrap_or(MAX_FEATURES),
			),
			None => Self::max_evaluation_weight(),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of one explained prediction of a model of `kind` with `n_cells` cells over
	/// `n_features` features, whatever its distance metric, weighting, `k` or query.
	///
	/// A linear or logistic model is charged its benchmark at its number of coefficients. A
	/// k-NN model of `r = n_cells / n_features` rows is charged, for the most expensive of the
	/// three distance metrics of its kind, a per-row part — the benchmark of a thin model
	/// (two features) with `r` rows — plus a per-cell part — the benchmark of a wide model
	/// ([`MAX_FEATURES`] features) with `n_cells` cells. Rows cost `α` each (a square root
	/// and a division for the cosine distance, the top-k insertion) and cells `β` each; the
	/// thin benchmark bills at least `α` per row and the wide one at least `β` per cell, so
	/// the sum bounds `α r + β n_cells` for every shape, from one feature to [`MAX_FEATURES`].
	/// Both benchmarks use `k` = [`MAX_K`](agora_primitives::recommender::MAX_K), distance weights and rows ordered so that every
	/// row enters the top k (the costliest query). The proof size is the larger of the two,
	/// not their sum: the model is read once.
	///
	/// Every model is also charged a scaler's standardisation of the query (`standardise`, one
	/// division per feature), whether it is a [`Model::Scaled`] pipeline or not: the record
	/// does not say, and the charge is small next to the estimator's. A pipeline's `n_cells`
	/// counts its scaler's two cells per feature, so its row count is overstated by two.
	pub fn evaluation_weight(kind: ModelKind, n_cells: u32, n_features: u32) -> Weight {
		Self::estimator_weight(kind, n_cells, n_features)
			.saturating_add(T::WeightInfo::standardise(n_features))
	}

	fn estimator_weight(kind: ModelKind, n_cells: u32, n_features: u32) -> Weight {
		let rows = n_cells.checked_div(n_features).unwrap_or(n_cells);
		let knn = |thin: [Weight; 3], wide: [Weight; 3]| -> Weight {
			thin.iter().zip(wide.iter()).fold(Weight::zero(), |worst, (t, w)| {
				worst.max(Weight::from_parts(
					t.ref_time().saturating_add(w.ref_time()),
					t.proof_size().max(w.proof_size()),
				))
			})
		};
		match kind {
			ModelKind::KnnClassifier => knn(
				[
					T::WeightInfo::recommend_classifier_euclidian_thin(rows),
					T::WeightInfo::recommend_classifier_manhattan_thin(rows),
					T::WeightInfo::recommend_classifier_cosine_thin(rows),
				],
				[
					T::WeightInfo::recommend_classifier_euclidian_wide(n_cells),
					T::WeightInfo::recommend_classifier_manhattan_wide(n_cells),
					T::WeightInfo::recommend_classifier_cosine_wide(n_cells),
				],
			),
			ModelKind::KnnRegressor => knn(
				[
					T::WeightInfo::recommend_regressor_euclidian_thin(rows),
					T::WeightInfo::recommend_regressor_manhattan_thin(rows),
					T::WeightInfo::recommend_regressor_cosine_thin(rows),
				],
				[
					T::WeightInfo::recommend_regressor_euclidian_wide(n_cells),
					T::WeightInfo::recommend_regressor_manhattan_wide(n_cells),
					T::WeightInfo::recommend_regressor_cosine_wide(n_cells),
				],
			),
			ModelKind::Logistic => T::WeightInfo::recommend_logistic(n_cells),
			ModelKind::Linear => T::WeightInfo::recommend_linear(n_cells),
		}
	}

	/// The weight of one explained prediction of the most expensive model this pallet can
	/// hold: what an unknown model is charged.
	pub fn max_evaluation_weight() -> Weight {
		// A scaler adds a mean and a standard deviation per feature to the estimator's cells.
		let scaler = MAX_FEATURES.saturating_mul(2);
		[
			(ModelKind::KnnClassifier, MAX_CELLS),
			(ModelKind::KnnRegressor, MAX_CELLS),
			(ModelKind::Logistic, MAX_COEFFICIENTS),
			(ModelKind::Linear, MAX_FEATURES),
		]
		.into_iter()
		.map(|(kind, cells)| {
			Self::evaluation_weight(kind, cells.saturating_add(scaler), MAX_FEATURES)
		})
		.fold(Weight::zero(), |a, b| a.max(b))
	}
}

/// Helpers for the tests of the pallets that ask this one for recommendations.
#[cfg(feature = "std")]
pub mod testing {
	use super::*;
	use agora_primitives::recommender::LinearRegression;

	/// Uploads, with `origin`, a linear model `score = Σ cᵢ xᵢ` named `name` over `features`
	/// (one coefficient each) by `author`; returns its id.
	pub fn upload_linear<T: Config>(
		origin: T::RuntimeOrigin,
		name: &str,
		features: &[&str],
		coefficients: Vec<Fixed>,
		author: T::AccountId,
	) -> Result<ModelId, DispatchError> {
		let bounded = |s: &str| -> Result<NameOf<T>, DispatchError> {
			s.as_bytes().to_vec().try_into().map_err(|_| DispatchError::Other("name too long"))
		};
		let names: Vec<NameOf<T>> =
			features.iter().map(|f| bounded(f)).collect::<Result<_, _>>()?;
		let model = LinearRegression::new(coefficients, Fixed::ZERO)
			.map_err(|_| Error::<T>::InvalidModel)?;
		let id = NextModelId::<T>::get();
		Pallet::<T>::upload_model(
			origin,
			bounded(name)?,
			names.try_into().map_err(|_| DispatchError::Other("too many features"))?,
			Box::new(model.into()),
			TrainingMetrics { n_train: 1, n_test: 1, accuracy: None, r2: None },
			author,
		)?;
		Ok(id)
	}
}
