//! Linear and logistic regression prediction from (off-chain trained) coefficients.

use crate::fixed::{from_i128_bits, round_shr, sigmoid_q64, softmax_q64};
use crate::model::{Explanation, Output};
use crate::{
	us, Classes, Error, FeatureVec, Fixed, Probabilities, Result, FRAC_BITS, MAX_CLASSES,
	MAX_COEFFICIENTS, MAX_FEATURES,
};
use alloc::vec::Vec;
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// How a linear score was formed: `score = Σ contributions + intercept`.
///
/// Each contribution is `coefficient_j × x_j` rounded to [`Fixed`]; the score itself is
/// computed from the exact products and rounded once, so it may differ from the sum of the
/// rounded contributions by at most `n_features × 2^-33`.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ScoreBreakdown {
	/// For logistic regression, the class whose score this is (binary models report one
	/// breakdown, the log-odds of `classes[1]`); `None` for linear regression.
	pub class: Option<u32>,
	/// Per-feature contributions `coefficient_j × x_j`.
	pub contributions: FeatureVec,
	/// The intercept (bias).
	pub intercept: Fixed,
	/// The score (linear regression: the prediction; logistic: the logit).
	pub score: Fixed,
}

/// Exact `intercept + Σ coef_j x_j` in Q64.64 bits.
///
/// [`Error::Overflow`] if the sum, or any contribution `coef_j x_j` rounded to [`Fixed`] (as
/// the explanation reports it), does not fit: a prediction fails exactly when its explanation
/// would.
fn exact_score(coef: &[Fixed], intercept: Fixed, x: &[Fixed]) -> Result<i128> {
	let mut acc = i128::from(intercept.to_bits()) << FRAC_BITS;
	for (w, v) in coef.iter().zip(x) {
		// |w * v| < 2^126; the running sum is checked.
		let p = i128::from(w.to_bits()) * i128::from(v.to_bits());
		// The contribution as `Fixed::checked_mul` rounds it must fit.
		from_i128_bits(round_shr(p, FRAC_BITS))?;
		acc = acc.checked_add(p).ok_or(Error::Overflow)?;
	}
	Ok(acc)
}

fn q64_to_fixed(v: i128) -> Result<Fixed> {
	from_i128_bits(round_shr(v, FRAC_BITS))
}

fn breakdown(
	class: Option<u32>,
	coef: &[Fixed],
	intercept: Fixed,
	x: &[Fixed],
) -> Result<ScoreBreakdown> {
	let mut contributions = FeatureVec::new();
	for (w, v) in coef.iter().zip(x) {
		contributions.try_push(w.checked_mul(*v)?).map_err(|_| Error::TooManyFeatures)?;
	}
	let score = q64_to_fixed(exact_score(coef, intercept, x)?)?;
	Ok(ScoreBreakdown { class, contributions, intercept, score })
}

/// Linear regression (smartcore's `LinearRegression`): `y = x · coefficients + intercept`,
/// built from coefficients trained elsewhere.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct LinearRegression {
	coefficients: FeatureVec,
	intercept: Fixed,
}

impl LinearRegression {
	/// Builds the model. Errors: [`Error::EmptyModel`] for no coefficients,
	/// [`Error::TooManyFeatures`] for more than [`MAX_FEATURES`].
	pub fn new(coefficients: Vec<Fixed>, intercept: Fixed) -> Result<Self> {
		if coefficients.is_empty() {
			return Err(Error::EmptyModel);
		}
		let coefficients =
			FeatureVec::try_from(coefficients).map_err(|_| Error::TooManyFeatures)?;
		Ok(LinearRegression { coefficients, intercept })
	}

	/// The coefficients, one per feature.
	pub fn coefficients(&self) -> &[Fixed] {
		&self.coefficients
	}

	/// The intercept.
	pub fn intercept(&self) -> Fixed {
		self.intercept
	}

	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		u32::try_from(self.coefficients.len()).unwrap_or(0)
	}

	/// Checks the invariants `new` establishes (for decoded values): `1..=`[`MAX_FEATURES`]
	/// coefficients. Errors: [`Error::EmptyModel`].
	pub fn validate(&self) -> Result<()> {
		if self.coefficients.is_empty() {
			return Err(Error::EmptyModel);
		}
		Ok(())
	}

	fn check(&self, x: &[Fixed]) -> Result<()> {
		if self.coefficients.is_empty() {
			return Err(Error::EmptyModel);
		}
		if x.len() != self.coefficients.len() {
			return Err(Error::DimensionMismatch);
		}
		Ok(())
	}

	/// `x · coefficients + intercept`, exact then rounded once (error ≤ 2^-33).
	pub fn predict(&self, x: &[Fixed]) -> Result<Fixed> {
		self.check(x)?;
		q64_to_fixed(exact_score(&self.coefficients, self.intercept, x)?)
	}

	/// The per-feature contributions of the prediction for `x`.
	pub fn explain(&self, x: &[Fixed]) -> Result<ScoreBreakdown> {
		self.check(x)?;
		breakdown(None, &self.coefficients, self.intercept, x)
	}

	/// Prediction ([`Output::Value`]) and explanation ([`Explanation::Linear`]).
	pub fn predict_explained(&self, x: &[Fixed]) -> Result<(Output, Explanation)> {
		let b = self.explain(x)?;
		Ok((Output::Value(b.score), Explanation::Linear(b)))
	}
}

/// Logistic regression (smartcore's `LogisticRegression`), built from coefficients trained
/// elsewhere.
///
/// As in smartcore 0.7: with **two classes** there is one coefficient row `w` and intercept
/// `b`; the model predicts `classes[1]` iff `sigmoid(w·x + b) > 0.5` (i.e. the exact score is
/// positive) and `P(classes[1]) = sigmoid(w·x + b)`. With **more than two classes** the model is
/// **multinomial** (smartcore minimises the softmax cross-entropy jointly, not one-vs-rest):
/// one row and intercept per class, prediction = arg-max score (lowest class index on ties),
/// probabilities = softmax of the scores. smartcore 0.7 itself has no `predict_proba` for
/// logistic regression; ours follows from the model's definition, with absolute error
/// ≤ 2^-32 with respect to the exact scores.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct LogisticRegression {
	n_features: u32,
	coefficients: BoundedVec<Fixed, ConstU32<MAX_COEFFICIENTS>>,
	intercept: BoundedVec<Fixed, ConstU32<MAX_CLASSES>>,
	classes: Classes,
}

impl LogisticRegression {
	/// Builds the model from row-major `coefficients` (`rows × n_features`, where `rows` is 1
	/// for two classes and `classes.len()` otherwise), one intercept per row, and the class
	/// labels, strictly ascending (smartcore's sorted unique labels).
	///
	/// Errors: [`Error::TooManyFeatures`] (`n_features` 0 or above [`MAX_FEATURES`]),
	/// [`Error::TooManyClasses`] (fewer than 2 or more than [`MAX_CLASSES`] classes),
	/// [`Error::InvalidParameter`] (labels not strictly ascending),
	/// [`Error::DimensionMismatch`] (wrong number of coefficients or intercepts).
	pub fn new(
		n_features: u32,
		coefficients: Vec<Fixed>,
		intercept: Vec<Fixed>,
		classes: Vec<u32>,
	) -> Result<Self> {
		let model = LogisticRegression {
			n_features,
			coefficients: BoundedVec::try_from(coefficients)
				.map_err(|_| Error::DimensionMismatch)?,
			intercept: BoundedVec::try_from(intercept).map_err(|_| Error::DimensionMismatch)?,
			classes: Classes::try_from(classes).map_err(|_| Error::TooManyClasses)?,
		};
		model.validate()?;
		Ok(model)
	}

	/// Checks every invariant `new` establishes (for decoded values): the shape, and class
	/// labels strictly ascending. Errors as [`LogisticRegression::new`].
	pub fn validate(&self) -> Result<()> {
		self.shape()?;
		if self.classes.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
			return Err(Error::InvalidParameter);
		}
		Ok(())
	}

	/// Checks the shape; returns `(rows, n_features)`.
	fn shape(&self) -> Result<(usize, usize)> {
		let n = us(self.n_features);
		if n == 0 || self.n_features > MAX_FEATURES {
			return Err(Error::TooManyFeatures);
		}
		let k = self.classes.len();
		if k < 2 {
			return Err(Error::TooManyClasses);
		}
		let rows = if k == 2 { 1 } else { k };
		if self.intercept.len() != rows || Some(self.coefficients.len()) != rows.checked_mul(n) {
			return Err(Error::DimensionMismatch);
		}
		Ok((rows, n))
	}

	/// The class labels, ascending.
	pub fn classes(&self) -> &[u32] {
		&self.classes
	}

	/// Row-major coefficients (1 row for binary models, one per class otherwise).
	pub fn coefficients(&self) -> &[Fixed] {
		&self.coefficients
	}

	/// Intercepts, one per coefficient row.
	pub fn intercept(&self) -> &[Fixed] {
		&self.intercept
	}

	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		self.n_features
	}

	/// Exact Q64.64 scores, one per row.
	fn exact_scores(&self, x: &[Fixed]) -> Result<([i128; MAX_CLASSES as usize], usize)> {
		let (rows, n) = self.shape()?;
		if x.len() != n {
			return Err(Error::DimensionMismatch);
		}
		let mut scores = [0i128; MAX_CLASSES as usize];
		for ((s, coef), b) in
			scores.iter_mut().zip(self.coefficients.chunks_exact(n)).zip(self.intercept.iter())
		{
			*s = exact_score(coef, *b, x)?;
		}
		Ok((scores, rows))
	}

	fn decide(&self, scores: &[i128], rows: usize) -> Result<u32> {
		let idx = if rows == 1 {
			usize::from(scores.first().copied().unwrap_or(0) > 0)
		} else {
			let mut best = 0usize;
			let mut best_v = i128::MIN;
			for (i, &v) in scores.iter().enumerate().take(rows) {
				if i == 0 || v > best_v {
					best = i;
					best_v = v;
				}
			}
			best
		};
		self.classes.get(idx).copied().ok_or(Error::InvalidParameter)
	}

	fn proba(scores: &[i128], rows: usize) -> Result<Probabilities> {
		if rows == 1 {
			let p1 = sigmoid_q64(scores.first().copied().unwrap_or(0));
			let p0 = Fixed::ONE.checked_sub(p1)?;
			let mut p = Probabilities::new();
			p.try_push(p0).map_err(|_| Error::TooManyClasses)?;
			p.try_push(p1).map_err(|_| Error::TooManyClasses)?;
			Ok(p)
		} else {
			softmax_q64(scores.get(..rows).ok_or(Error::InvalidParameter)?)
		}
	}

	/// Predicts the label of `x`.
	pub fn predict(&self, x: &[Fixed]) -> Result<u32> {
		let (scores, rows) = self.exact_scores(x)?;
		self.decide(&scores, rows)
	}

	/// Class probabilities aligned with [`LogisticRegression::classes`] (error ≤ 2^-32 each).
	pub fn predict_proba(&self, x: &[Fixed]) -> Result<Probabilities> {
		let (scores, rows) = self.exact_scores(x)?;
		Self::proba(&scores, rows)
	}

	/// Per-row score breakdowns (one for binary models, one per class otherwise).
	pub fn explain(
		&self,
		x: &[Fixed],
	) -> Result<BoundedVec<ScoreBreakdown, ConstU32<MAX_CLASSES>>> {
		let (rows, n) = self.shape()?;
		if x.len() != n {
			return Err(Error::DimensionMismatch);
		}
		let mut out = BoundedVec::new();
		for (r, (coef, b)) in
			self.coefficients.chunks_exact(n).zip(self.intercept.iter()).enumerate()
		{
			let class_idx = if rows == 1 { 1 } else { r };
			let class = self.classes.get(class_idx).copied();
			out.try_push(breakdown(class, coef, *b, x)?).map_err(|_| Error::TooManyClasses)?;
		}
		Ok(out)
	}

	/// Prediction ([`Output::Class`] with probabilities) and explanation
	/// ([`Explanation::Logistic`]).
	pub fn predict_explained(&self, x: &[Fixed]) -> Result<(Output, Explanation)> {
		let (scores, rows) = self.exact_scores(x)?;
		let label = self.decide(&scores, rows)?;
		let probabilities = Self::proba(&scores, rows)?;
		Ok((Output::Class { label, probabilities }, Explanation::Logistic(self.explain(x)?)))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn f(v: f64) -> Fixed {
		Fixed::from_bits((v * 4294967296.0).round() as i64)
	}

	#[test]
	fn linear_predict_and_explain() {
		let m = LinearRegression::new(vec![f(2.0), f(-0.5)], f(1.0)).unwrap();
		let x = [f(3.0), f(4.0)];
		assert_eq!(m.predict(&x).unwrap(), f(5.0));
		let b = m.explain(&x).unwrap();
		assert_eq!(b.contributions.to_vec(), vec![f(6.0), f(-2.0)]);
		assert_eq!(b.intercept, f(1.0));
		assert_eq!(b.score, f(5.0));
		assert_eq!(m.predict(&x[..1]), Err(Error::DimensionMismatch));
		assert_eq!(LinearRegression::new(vec![], Fixed::ZERO), Err(Error::EmptyModel));
		let big = LinearRegression::new(vec![Fixed::MAX; 64], Fixed::MAX).unwrap();
		assert_eq!(big.predict(&[Fixed::MAX; 64]), Err(Error::Overflow));
	}

	#[test]
	fn logistic_binary_and_multi() {
		let m =
			LogisticRegression::new(2, vec![f(1.0), f(1.0)], vec![f(-1.0)], vec![4, 9]).unwrap();
		assert_eq!(m.predict(&[f(0.5), f(0.5)]).unwrap(), 4); // score 0 -> not > 0.5
		assert_eq!(m.predict(&[f(0.5), f(0.6)]).unwrap(), 9);
		let p = m.predict_proba(&[f(0.5), f(0.5)]).unwrap();
		assert_eq!(p.to_vec(), vec![Fixed::HALF, Fixed::HALF]);
		let m = LogisticRegression::new(
			1,
			vec![f(1.0), f(0.0), f(-1.0)],
			vec![f(0.0), f(0.0), f(0.0)],
			vec![0, 1, 2],
		)
		.unwrap();
		assert_eq!(m.predict(&[f(2.0)]).unwrap(), 0);
		assert_eq!(m.predict(&[f(-2.0)]).unwrap(), 2);
		assert_eq!(m.predict(&[f(0.0)]).unwrap(), 0); // three-way tie -> lowest index
		let (out, ex) = m.predict_explained(&[f(2.0)]).unwrap();
		match (out, ex) {
			(Output::Class { label, probabilities }, Explanation::Logistic(rows)) => {
				assert_eq!(label, 0);
				assert_eq!(probabilities.len(), 3);
				assert_eq!(rows.len(), 3);
				assert_eq!(rows[2].score, f(-2.0));
				assert_eq!(rows[2].class, Some(2));
			},
			_ => panic!(),
		}
		assert_eq!(
			LogisticRegression::new(1, vec![f(1.0)], vec![f(0.0)], vec![3, 2]),
			Err(Error::InvalidParameter)
		);
		assert_eq!(
			LogisticRegression::new(1, vec![f(1.0)], vec![f(0.0)], vec![3]),
			Err(Error::TooManyClasses)
		);
		assert_eq!(
			LogisticRegression::new(2, vec![f(1.0)], vec![f(0.0)], vec![1, 3]),
			Err(Error::DimensionMismatch)
		);
	}
}
