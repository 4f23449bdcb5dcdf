//! [`Model`]: any predictor behind one storable type, with explained predictions.

use crate::{
	Error, Fixed, KNNClassifier, KNNRegressor, LinearRegression, LogisticRegression, Neighbours,
	Probabilities, Result, ScoreBreakdown, StandardScaler, MAX_CLASSES,
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

/// The estimator of a model: what turns a (possibly standardised) query into an [`Output`].
trait Predictor {
	fn n_features(&self) -> u32;
	fn n_cells(&self) -> u32;
	fn validate(&self) -> Result<()>;
	fn predict_explained(&self, features: &[Fixed]) -> Result<(Output, Explanation)>;
}

/// Implements [`Predictor`] for an estimator type, and `From` it into [`Estimator`] and
/// [`Model`] (the variant of the same name in both).
macro_rules! estimator {
	($t:ty, $variant:ident, $cells:expr) => {
		impl Predictor for $t {
			fn n_features(&self) -> u32 {
				<$t>::n_features(self)
			}
			fn n_cells(&self) -> u32 {
				let cells: fn(&$t) -> usize = $cells;
				u32::try_from(cells(self)).unwrap_or(u32::MAX)
			}
			fn validate(&self) -> Result<()> {
				<$t>::validate(self)
			}
			fn predict_explained(&self, features: &[Fixed]) -> Result<(Output, Explanation)> {
				<$t>::predict_explained(self, features)
			}
		}
		impl From<$t> for Estimator {
			fn from(m: $t) -> Self {
				Estimator::$variant(m)
			}
		}
		impl From<$t> for Model {
			fn from(m: $t) -> Self {
				Model::$variant(m)
			}
		}
	};
}
estimator!(KNNClassifier, KnnClassifier, |m| m.samples().as_slice().len());
estimator!(KNNRegressor, KnnRegressor, |m| m.samples().as_slice().len());
estimator!(LogisticRegression, Logistic, |m| m.coefficients().len());
estimator!(LinearRegression, Linear, |m| m.coefficients().len());

/// The estimator of a [`Pipeline`]: one of the four plain [`Model`]s.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Estimator {
	/// k-NN classifier.
	KnnClassifier(KNNClassifier),
	/// k-NN regressor.
	KnnRegressor(KNNRegressor),
	/// Logistic regression.
	Logistic(LogisticRegression),
	/// Linear regression.
	Linear(LinearRegression),
}

impl Estimator {
	fn predictor(&self) -> &dyn Predictor {
		match self {
			Estimator::KnnClassifier(m) => m,
			Estimator::KnnRegressor(m) => m,
			Estimator::Logistic(m) => m,
			Estimator::Linear(m) => m,
		}
	}
}

/// smartcore's `StandardScaler` followed by an estimator: a query is standardised with the
/// scaler fitted on the training rows, then answered by an estimator trained on the
/// standardised rows. Without it a distance (k-NN) or a coefficient's size (linear models) is
/// dominated by the feature with the largest scale: a count of days outweighs a count of
/// credentials by its unit alone.
///
/// The explanation is the estimator's, in standardised units (for k-NN, the neighbours'
/// distances after scaling; for linear models, coefficient × standardised value).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Pipeline {
	scaler: StandardScaler,
	estimator: Estimator,
}

impl Pipeline {
	/// Joins a scaler and an estimator; [`Error::DimensionMismatch`] if their feature counts
	/// differ, and any error of [`Model::validate`].
	pub fn new(scaler: StandardScaler, estimator: Estimator) -> Result<Self> {
		let pipeline = Pipeline { scaler, estimator };
		pipeline.validate()?;
		Ok(pipeline)
	}

	/// The scaler.
	pub fn scaler(&self) -> &StandardScaler {
		&self.scaler
	}

	/// The estimator.
	pub fn estimator(&self) -> &Estimator {
		&self.estimator
	}

	fn validate(&self) -> Result<()> {
		let estimator = self.estimator.predictor();
		estimator.validate()?;
		self.scaler.validate(estimator.n_features())
	}

	fn predict_explained(&self, features: &[Fixed]) -> Result<(Output, Explanation)> {
		let scaled = self.scaler.transform(features)?;
		self.estimator.predictor().predict_explained(&scaled)
	}
}

/// Any supported predictor, storable on chain (`MaxEncodedLen` is bounded by the largest
/// variant, a scaled k-NN model with [`crate::MAX_CELLS`] cells).
///
/// The first four variants are plain estimators; [`Model::Scaled`] standardises the query
/// first. New variants are only ever appended, so stored models keep their encoding.
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
	/// A [`StandardScaler`] then an estimator.
	Scaled(Pipeline),
}

impl Model {
	/// The scaler (if any) and the estimator.
	fn parts(&self) -> (Option<&StandardScaler>, &dyn Predictor) {
		match self {
			Model::KnnClassifier(m) => (None, m),
			Model::KnnRegressor(m) => (None, m),
			Model::Logistic(m) => (None, m),
			Model::Linear(m) => (None, m),
			Model::Scaled(p) => (Some(&p.scaler), p.estimator.predictor()),
		}
	}

	/// The scaler of a [`Model::Scaled`] model.
	pub fn scaler(&self) -> Option<&StandardScaler> {
		self.parts().0
	}

	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		self.parts().1.n_features()
	}

	/// How many fixed-point numbers the model holds (samples × features for k-NN, coefficients
	/// for linear models, plus a mean and a standard deviation per feature for a scaler). The
	/// cost of a prediction, and so its weight, grows with it.
	pub fn n_cells(&self) -> u32 {
		let (scaler, estimator) = self.parts();
		let scaler_cells = scaler.map_or(0, |s| s.n_cells());
		estimator.n_cells().saturating_add(scaler_cells)
	}

	/// Checks every structural invariant of the model, as a decoded (untrusted) value:
	///
	/// - k-NN: `1..=`[`crate::MAX_FEATURES`] features, `1..=`[`crate::MAX_SAMPLES`] samples,
	///   one label or target per sample, `k` in `1..=`[`crate::MAX_K`] and at most the number
	///   of samples; for a classifier, class labels strictly ascending, every sample's class
	///   index in range and every class used by some sample (as `fit` builds it);
	/// - logistic regression: `1..=`[`crate::MAX_FEATURES`] features, `2..=`[`MAX_CLASSES`]
	///   strictly ascending classes, one coefficient row and intercept per score;
	/// - linear regression: `1..=`[`crate::MAX_FEATURES`] coefficients;
	/// - a scaler: one mean and one standard deviation per feature of its estimator, every
	///   standard deviation positive when it divides by them (a constant training column
	///   would turn any other value into an overflow).
	///
	/// It evaluates no query, so its cost grows with the model's size only. A model that
	/// passes answers every query of [`Model::n_features`] values, through
	/// [`Model::predict`] and [`Model::predict_explained`] alike, or reports the same
	/// [`Error::Overflow`] through both.
	pub fn validate(&self) -> Result<()> {
		match self {
			Model::Scaled(p) => p.validate(),
			_ => self.parts().1.validate(),
		}
	}

	/// Predicts without building an explanation: the output of [`Model::predict_explained`],
	/// so that both succeed or fail together.
	pub fn predict(&self, features: &[Fixed]) -> Result<Output> {
		self.predict_explained(features).map(|(output, _)| output)
	}

	/// Predicts and explains. A scaled model standardises the query once, then asks its
	/// estimator.
	pub fn predict_explained(&self, features: &[Fixed]) -> Result<(Output, Explanation)> {
		match self {
			Model::Scaled(p) => p.predict_explained(features),
			_ => self.parts().1.predict_explained(features),
		}
	}
}

impl From<Estimator> for Model {
	fn from(e: Estimator) -> Self {
		match e {
			Estimator::KnnClassifier(m) => Model::KnnClassifier(m),
			Estimator::KnnRegressor(m) => Model::KnnRegressor(m),
			Estimator::Logistic(m) => Model::Logistic(m),
			Estimator::Linear(m) => Model::Linear(m),
		}
	}
}
impl From<Pipeline> for Model {
	fn from(p: Pipeline) -> Self {
		Model::Scaled(p)
	}
}
// Keeps `Error` referenced for the docs of the variants' methods.
const _: Option<Error> = None;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{KNNParameters, Matrix, StandardScalerParameters};
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

	/// Borrowers: (credentials held, days since the first loan). Good payers (class 1) hold
	/// many credentials; the days are noise, but in days' units they dwarf the counts.
	fn borrowers() -> (Matrix, Vec<u32>) {
		let rows = [[0, 400], [1, 2000], [0, 3100], [9, 900], [10, 2500], [8, 3600]];
		let x: Vec<Vec<Fixed>> = rows.iter().map(|r| vec![f(r[0]), f(r[1])]).collect();
		(Matrix::from_rows(&x).unwrap(), vec![0, 0, 0, 1, 1, 1])
	}

	#[test]
	fn a_pipeline_keeps_the_largest_scale_feature_from_deciding_alone() {
		let (x, y) = borrowers();
		let params = KNNParameters::default().with_k(1);
		// Ten credentials, 2,050 days: the nearest in raw units is the 2,000-day sample with one
		// credential, a bad payer.
		let query = [f(10), f(2050)];
		let raw: Model = KNNClassifier::fit(x.clone(), &y, params).unwrap().into();
		assert_eq!(raw.predict(&query).unwrap().label(), Some(0));
		// Standardised, ten credentials weigh as much as they should.
		let scaler = StandardScaler::fit(&x, Default::default()).unwrap();
		let knn = KNNClassifier::fit(scaler.transform_matrix(&x).unwrap(), &y, params).unwrap();
		let scaled: Model = Pipeline::new(scaler.clone(), knn.clone().into()).unwrap().into();
		assert_eq!(scaled.predict(&query).unwrap().label(), Some(1));
		// The pipeline is exactly the estimator on the standardised query, explanation too.
		let z = scaler.transform(&query).unwrap();
		assert_eq!(scaled.predict_explained(&query), Model::from(knn).predict_explained(&z));
		assert_eq!(scaled.validate(), Ok(()));
		assert_eq!(scaled.n_features(), 2);
		// Cells: 6 samples × 2 features, plus a mean and a standard deviation per feature.
		assert_eq!(scaled.n_cells(), 12 + 4);
		assert_eq!(scaled.scaler(), Some(&scaler));
		assert_eq!(raw.scaler(), None);
		// Wrong query length: the same error as the plain estimator.
		assert_eq!(scaled.predict(&[f(1)]), Err(Error::DimensionMismatch));
	}

	#[test]
	fn plain_models_keep_their_encoding_and_pipelines_are_appended() {
		let plain = knn();
		let Model::KnnClassifier(inner) = plain.clone() else { panic!() };
		assert_eq!(plain.encode()[0], 0);
		assert_eq!(plain.encode()[1..], inner.encode()[..]);
		let (x, _) = borrowers();
		let scaler = StandardScaler::fit(&x, Default::default()).unwrap();
		let linear = LinearRegression::new(vec![f(1), f(2)], f(3)).unwrap();
		let scaled: Model = Pipeline::new(scaler, linear.into()).unwrap().into();
		let bytes = scaled.encode();
		assert_eq!(bytes[0], 4);
		assert_eq!(Model::decode(&mut &bytes[..]).unwrap(), scaled);
	}

	#[test]
	fn validate_rejects_scalers_that_do_not_fit_their_estimator() {
		let linear = |n: usize| -> Estimator {
			LinearRegression::new(vec![f(1); n], Fixed::ZERO).unwrap().into()
		};
		let p = StandardScalerParameters::default();
		let scaler = |stds: Vec<Fixed>| {
			StandardScaler::from_parts(vec![Fixed::ZERO; stds.len()], stds, p).unwrap()
		};
		// One feature too many or too few.
		assert_eq!(
			Pipeline::new(scaler(vec![f(1), f(1)]), linear(3)).map(|_| ()),
			Err(Error::DimensionMismatch)
		);
		// A zero standard deviation would overflow every query off the training mean.
		assert_eq!(
			Pipeline::new(scaler(vec![f(1), Fixed::ZERO]), linear(2)).map(|_| ()),
			Err(Error::InvalidParameter)
		);
		// Unless the scaler does not divide.
		let centring = StandardScaler::from_parts(
			vec![f(5), f(5)],
			vec![Fixed::ZERO, Fixed::ZERO],
			p.with_std(false),
		)
		.unwrap();
		let centred: Model = Pipeline::new(centring, linear(2)).unwrap().into();
		assert_eq!(centred.predict(&[f(6), f(7)]).unwrap().value(), Some(f(3)));
		// A decoded pipeline whose scaler lost a feature, or holds a negative deviation.
		let good: Model = Pipeline::new(scaler(vec![f(1), f(2)]), linear(2)).unwrap().into();
		assert_eq!(good.validate(), Ok(()));
		let mut bytes = good.encode();
		// After the variant byte: compact(2) means, 2 × 8 bytes, compact(2) stds, 2 × 8.
		let std_1 = 1 + 1 + 16 + 1 + 8;
		bytes[std_1..std_1 + 8].copy_from_slice(&(-1i64).to_le_bytes());
		let negative = Model::decode(&mut &bytes[..]).unwrap();
		assert_eq!(negative.validate(), Err(Error::InvalidParameter));
		let short: Model =
			Model::Scaled(Pipeline { scaler: scaler(vec![f(1)]), estimator: linear(2) });
		assert_eq!(short.validate(), Err(Error::DimensionMismatch));
	}
}
