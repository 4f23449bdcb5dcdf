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

	/// Checks every structural invariant of the model, as a decoded (untrusted) value:
	///
	/// - k-NN: `1..=`[`crate::MAX_FEATURES`] features, `1..=`[`crate::MAX_SAMPLES`] samples,
	///   one label or target per sample, `k` in `1..=`[`crate::MAX_K`] and at most the number
	///   of samples; for a classifier, class labels strictly ascending, every sample's class
	///   index in range and every class used by some sample (as `fit` builds it);
	/// - logistic regression: `1..=`[`crate::MAX_FEATURES`] features, `2..=`[`MAX_CLASSES`]
	///   strictly ascending classes, one coefficient row and intercept per score;
	/// - linear regression: `1..=`[`crate::MAX_FEATURES`] coefficients.
	///
	/// It evaluates no query, so its cost grows with the model's size only. A model that
	/// passes answers every query of [`Model::n_features`] values, through
	/// [`Model::predict`] and [`Model::predict_explained`] alike, or reports the same
	/// [`Error::Overflow`] through both.
	pub fn validate(&self) -> Result<()> {
		match self {
			Model::KnnClassifier(m) => m.validate(),
			Model::KnnRegressor(m) => m.validate(),
			Model::Logistic(m) => m.validate(),
			Model::Linear(m) => m.validate(),
		}
	}

	/// Predicts without building an explanation: the output of [`Model::predict_explained`],
	/// so that both succeed or fail together.
	pub fn predict(&self, features: &[Fixed]) -> Result<Output> {
		self.predict_explained(features).map(|(output, _)| output)
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

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{KNNParameters, Matrix};
	use codec::{Decode, Encode};

	fn f(n: i32) -> Fixed {
		Fixed::from_int(n)
	}

	/// Two far-apart clusters; the last sample (index 3) is far from the all-zero query.
	fn knn() -> Model {
		let x = Matrix::from_rows(&[[f(0)], [f(1)], [f(2)], [f(100)]]).unwrap();
		KNNClassifier::fit(x, &[0, 0, 1, 1], KNNParameters::default().with_k(3)).unwrap().into()
	}

	#[test]
	fn validate_rejects_a_decoded_knn_model_with_a_class_index_out_of_range() {
		// The encoding ends with the samples' class indices (one byte each): point the last
		// sample, which no all-zero query selects, at class 200 of 2.
		let mut bytes = knn().encode();
		*bytes.last_mut().unwrap() = 200;
		let broken = Model::decode(&mut &bytes[..]).unwrap();
		assert_eq!(broken.validate(), Err(Error::InvalidParameter));
		// It would fail on the first query that reaches the sample.
		assert_eq!(broken.predict(&[f(100)]), Err(Error::InvalidParameter));
	}

	#[test]
	fn validate_rejects_unsorted_classes_and_unused_classes() {
		let good = knn().encode();
		// classes = [0, 1] is encoded as compact(2) 0u32 1u32 just before compact(4) and the
		// four one-byte class indices.
		let n = good.len();
		let classes_at = n - 4 - 1 - 8;
		let mut swapped = good.clone();
		swapped[classes_at..classes_at + 4].copy_from_slice(&1u32.to_le_bytes());
		swapped[classes_at + 4..classes_at + 8].copy_from_slice(&0u32.to_le_bytes());
		let m = Model::decode(&mut &swapped[..]).unwrap();
		assert_eq!(m.validate(), Err(Error::InvalidParameter));
		let mut unused = good;
		for b in unused.iter_mut().skip(n - 4) {
			*b = 0;
		}
		let m = Model::decode(&mut &unused[..]).unwrap();
		assert_eq!(m.validate(), Err(Error::InvalidParameter));
		assert_eq!(knn().validate(), Ok(()));
	}

	#[test]
	fn prediction_and_explanation_succeed_or_fail_together() {
		// Contributions 2^20 · 2^20 = 2^40 overflow Q32.32 while their sum, 0, does not.
		let big = f(1 << 20);
		let linear: Model =
			LinearRegression::new(vec![big, big.checked_neg().unwrap()], Fixed::ZERO)
				.unwrap()
				.into();
		let q = [big, big];
		assert_eq!(linear.validate(), Ok(()));
		assert_eq!(linear.predict_explained(&q).map(|_| ()), Err(Error::Overflow));
		assert_eq!(linear.predict(&q).map(|_| ()), Err(Error::Overflow));
		let logistic: Model = LogisticRegression::new(
			2,
			vec![big, big.checked_neg().unwrap()],
			vec![Fixed::ZERO],
			vec![0, 1],
		)
		.unwrap()
		.into();
		assert_eq!(logistic.predict_explained(&q).map(|_| ()), Err(Error::Overflow));
		assert_eq!(logistic.predict(&q).map(|_| ()), Err(Error::Overflow));
		// Where the contributions fit, both answer, with the same output.
		let q = [f(3), f(2)];
		let (out, _) = linear.predict_explained(&q).unwrap();
		assert_eq!(linear.predict(&q), Ok(out));
	}
}
