//! [`Model`]: any predictor behind one storable type, with explained predictions.

use crate::{
	Error, Fixed, KNNClassifier, KNNRegressor, LinearRegression, LogisticRegression, Neighbours,
	Probabilities, Result, ScoreBreakdown, MAX_CLASSES,
};
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A prediction.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Output {
	/// A classifier's label with the per-class probabilities (aligned with the model's
	/// ascending `classes()`).
	Class {
		/// The predicted label.
		label: u32,
		/// Per-class probabilities.
		probabilities: Probabilities,
	},
	/// A regressor's value.
	Value(Fixed),
}

impl Output {
	/// The label of a classification.
	pub fn label(&self) -> Option<u32> {
		match self {
			Output::Class { label, .. } => Some(*label),
			Output::Value(_) => None,
		}
	}

	/// The value of a regression.
	pub fn value(&self) -> Option<Fixed> {
		match self {
			Output::Value(v) => Some(*v),
			Output::Class { .. } => None,
		}
	}
}

/// Why a model predicted what it did.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Explanation {
	/// k-NN: the neighbours (sample index, distance, normalised weight, label/target), closest
	/// first.
	Neighbours(Neighbours),
	/// Linear regression: per-feature contributions, intercept and score.
	Linear(ScoreBreakdown),
	/// Logistic regression: one breakdown per score (one for binary models, the log-odds of
	/// `classes[1]`; one per class for multinomial models). Probabilities are in the
	/// [`Output`].
	Logistic(BoundedVec<ScoreBreakdown, ConstU32<MAX_CLASSES>>),
}

/// Any supported predictor, storable on chain (`MaxEncodedLen` is bounded by the largest
/// variant, a k-NN model with [`crate::MAX_CELLS`] cells).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Model {
	/// k-NN classifier.
	KnnClassifier(KNNClassifier),
	/// k-NN regressor.
	KnnRegressor(KNNRegressor),
	/// Logistic regression.
	Logistic(LogisticRegression),
	/// Linear regression.
	Linear(LinearRegression),
}

impl Model {
	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		match self {
			Model::KnnClassifier(m) => m.n_features(),
			Model::KnnRegressor(m) => m.n_features(),
			Model::Logistic(m) => m.n_features(),
			Model::Linear(m) => m.n_features(),
		}
	}

	/// How many fixed-point numbers the model holds (samples × features for k-NN, coefficients
	/// for linear models). The cost of a prediction, and so its weight, grows with it.
	pub fn n_cells(&self) -> u32 {
		let len = match self {
			Model::KnnClassifier(m) => m.samples().as_slice().len(),
			Model::KnnRegressor(m) => m.samples().as_slice().len(),
			Model::Logistic(m) => m.coefficients().len(),
			Model::Linear(m) => m.coefficients().len(),
		};
		u32::try_from(len).unwrap_or(u32::MAX)
	}

	/// Checks the model as a prediction would (dimensions, bounds, parameters), by predicting
	/// an all-zero query. A model that passes answers every well-formed query or reports
	/// [`Error::Overflow`].
	pub fn validate(&self) -> Result<()> {
		let zeros = [Fixed::ZERO; crate::MAX_FEATURES as usize];
		let n = usize::try_from(self.n_features()).map_err(|_| Error::TooManyFeatures)?;
		let query = zeros.get(..n).ok_or(Error::TooManyFeatures)?;
		self.predict(query).map(|_| ())
	}

	/// Predicts without building an explanation.
	pub fn predict(&self, features: &[Fixed]) -> Result<Output> {
		match self {
			Model::KnnClassifier(m) => {
				let probabilities = m.predict_proba(features)?;
				let label = m.predict(features)?;
				Ok(Output::Class { label, probabilities })
			},
			Model::KnnRegressor(m) => m.predict(features).map(Output::Value),
			Model::Logistic(m) => {
				let probabilities = m.predict_proba(features)?;
				let label = m.predict(features)?;
				Ok(Output::Class { label, probabilities })
			},
			Model::Linear(m) => m.predict(features).map(Output::Value),
		}
	}

	/// Predicts and explains.
	pub fn predict_explained(&self, features: &[Fixed]) -> Result<(Output, Explanation)> {
		match self {
			Model::KnnClassifier(m) => m.predict_explained(features),
			Model::KnnRegressor(m) => m.predict_explained(features),
			Model::Logistic(m) => m.predict_explained(features),
			Model::Linear(m) => m.predict_explained(features),
		}
	}
}

impl From<KNNClassifier> for Model {
	fn from(m: KNNClassifier) -> Self {
		Model::KnnClassifier(m)
	}
}
impl From<KNNRegressor> for Model {
	fn from(m: KNNRegressor) -> Self {
		Model::KnnRegressor(m)
	}
}
impl From<LogisticRegression> for Model {
	fn from(m: LogisticRegression) -> Self {
		Model::Logistic(m)
	}
}
impl From<LinearRegression> for Model {
	fn from(m: LinearRegression) -> Self {
		Model::Linear(m)
	}
}

// Keeps `Error` referenced for the docs of the variants' methods.
const _: Option<Error> = None;
