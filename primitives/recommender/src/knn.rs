//! k-nearest-neighbour classifier and regressor (smartcore's `KNNClassifier` / `KNNRegressor`).

use crate::distance::{cosine_key, manhattan, squared_euclidean, CosineNorm};
use crate::fixed::{div_round, div_round_u, from_i128_bits};
use crate::model::{Explanation, Output};
use crate::{
	u32_of, us, Classes, Distance, Error, Fixed, Matrix, Probabilities, Result, MAX_CLASSES, MAX_K,
	MAX_SAMPLES,
};
use alloc::vec::Vec;
use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// How the k nearest neighbours are weighted (smartcore's `KNNWeightFunction`).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum KNNWeightFunction {
	/// All k neighbours weigh the same. The default, as in smartcore.
	#[default]
	Uniform,
	/// Weight `1 / distance`. If one or more of the k neighbours is at distance exactly 0,
	/// those get weight 1 and the others 0 (smartcore's rule).
	Distance,
}

/// Parameters of a k-NN model (smartcore's `KNNClassifierParameters` /
/// `KNNRegressorParameters`, without `algorithm`: the search is always an exact linear scan).
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
pub struct KNNParameters {
	/// Number of neighbours, `1..=`[`MAX_K`] and at most the number of samples. Default 3.
	pub k: u32,
	/// Distance metric. Default [`Distance::Euclidian`].
	pub distance: Distance,
	/// Weighting of the neighbours. Default [`KNNWeightFunction::Uniform`].
	pub weight: KNNWeightFunction,
}

/// smartcore's name for the classifier's parameters.
pub type KNNClassifierParameters = KNNParameters;
/// smartcore's name for the regressor's parameters.
pub type KNNRegressorParameters = KNNParameters;

impl Default for KNNParameters {
	fn default() -> Self {
		KNNParameters { k: 3, distance: Distance::Euclidian, weight: KNNWeightFunction::Uniform }
	}
}

impl KNNParameters {
	/// Sets `k`.
	pub fn with_k(mut self, k: u32) -> Self {
		self.k = k;
		self
	}
	/// Sets the distance metric.
	pub fn with_distance(mut self, distance: Distance) -> Self {
		self.distance = distance;
		self
	}
	/// Sets the weight function.
	pub fn with_weight(mut self, weight: KNNWeightFunction) -> Self {
		self.weight = weight;
		self
	}
}

/// What a neighbour contributes: its class label or its regression target.
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
pub enum Target {
	/// Class label of a classifier's training sample.
	Class(u32),
	/// Target value of a regressor's training sample.
	Value(Fixed),
}

/// One of the k nearest neighbours of a query, as reported in an explanation.
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
pub struct Neighbour {
	/// Index of the training sample (row of the fitted matrix).
	pub index: u32,
	/// Its distance to the query (the true distance, not the squared ranking key).
	pub distance: Fixed,
	/// Its normalised weight: its share of the vote / average, in `[0, 1]`; the weights of
	/// all neighbours sum to 1 up to rounding.
	pub weight: Fixed,
	/// Its label or target.
	pub target: Target,
}

/// The k nearest neighbours, closest first (ties: lower sample index first).
pub type Neighbours = BoundedVec<Neighbour, ConstU32<MAX_K>>;

const K_CAP: usize = MAX_K as usize;

/// Fixed-capacity sorted selection of the k smallest `(key, index)` pairs.
pub(crate) struct TopK {
	items: [(u128, u32); K_CAP],
	len: usize,
	k: usize,
}

impl TopK {
	pub(crate) fn new(k: usize) -> Self {
		TopK { items: [(0, 0); K_CAP], len: 0, k: k.min(K_CAP) }
	}

	/// Offers a candidate. Candidates must arrive in increasing index order, so inserting after
	/// equal keys keeps the lower index first.
	#[inline(always)]
	pub(crate) fn offer(&mut self, key: u128, idx: u32) {
		if self.len == self.k {
			match self.items.get(self.len.wrapping_sub(1)) {
				Some(&(worst, _)) if key >= worst => return,
				_ => {},
			}
		}
		self.insert(key, idx);
	}

	#[inline(never)]
	fn insert(&mut self, key: u128, idx: u32) {
		let mut pos = self.len;
		while pos > 0 {
			match self.items.get(pos - 1) {
				Some(&(kk, _)) if kk > key => pos -= 1,
				_ => break,
			}
		}
		let end = if self.len < self.k { self.len + 1 } else { self.len };
		if pos >= end {
			return;
		}
		if let Some(slice) = self.items.get_mut(pos..end) {
			slice.rotate_right(1);
			if let Some(first) = slice.first_mut() {
				*first = (key, idx);
			}
		}
		self.len = end;
	}

	pub(crate) fn as_slice(&self) -> &[(u128, u32)] {
		self.items.get(..self.len).unwrap_or(&[])
	}
}

/// The shared part of both k-NN models: samples, `k`, metric and weighting.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
struct KnnCore {
	x: Matrix,
	k: u32,
	distance: Distance,
	weight: KNNWeightFunction,
}

/// The selected neighbours with their raw weights (scaled so that products fit `i128`).
struct Selection {
	/// `(sample index, distance)`, closest first.
	found: [(u32, Fixed); K_CAP],
	weights: [u128; K_CAP],
	len: usize,
	weight_sum: u128,
}

impl Selection {
	fn iter(&self) -> impl Iterator<Item = (&(u32, Fixed), &u128)> {
		self.found.iter().zip(self.weights.iter()).take(self.len)
	}

	/// Normalised weight of the `i`-th neighbour.
	fn share(&self, w: u128) -> Result<Fixed> {
		// w < 2^58, so w << 32 fits.
		let s = div_round_u(w << 32, self.weight_sum)?;
		i64::try_from(s).map(Fixed::from_bits).map_err(|_| Error::Overflow)
	}
}

impl KnnCore {
	fn new(x: Matrix, n_targets: usize, parameters: KNNParameters) -> Result<Self> {
		let (rows, _) = x.validate()?;
		if rows == 0 {
			return Err(Error::EmptyModel);
		}
		if rows != n_targets {
			return Err(Error::DimensionMismatch);
		}
		let core = KnnCore {
			x,
			k: parameters.k,
			distance: parameters.distance,
			weight: parameters.weight,
		};
		core.check_k(rows)?;
		Ok(core)
	}

	/// Checks the samples' shape against `n_targets` labels or targets, and `k`.
	fn validate(&self, n_targets: usize) -> Result<()> {
		let (rows, _) = self.x.validate()?;
		if rows == 0 {
			return Err(Error::EmptyModel);
		}
		if rows != n_targets {
			return Err(Error::InvalidParameter);
		}
		self.check_k(rows).map(|_| ())
	}

	fn check_k(&self, rows: usize) -> Result<usize> {
		let k = us(self.k);
		if k == 0 || k > K_CAP || k > rows {
			return Err(Error::InvalidK);
		}
		Ok(k)
	}

	fn parameters(&self) -> KNNParameters {
		KNNParameters { k: self.k, distance: self.distance, weight: self.weight }
	}

	/// Finds the k nearest samples of `query` and weighs them.
	fn select(&self, query: &[Fixed], n_targets: usize) -> Result<Selection> {
		let (rows, n) = self.x.validate()?;
		if rows != n_targets {
			return Err(Error::InvalidParameter);
		}
		if rows == 0 {
			return Err(Error::EmptyModel);
		}
		if query.len() != n {
			return Err(Error::DimensionMismatch);
		}
		let k = self.check_k(rows)?;
		let data = self.x.as_slice();
		let mut top = TopK::new(k);
		match self.distance {
			Distance::Euclidian => {
				for (i, row) in data.chunks_exact(n).enumerate() {
					let key = squared_euclidean(row, query).ok_or(Error::Overflow)?;
					top.offer(key, u32_of(i)?);
				}
			},
			Distance::Manhattan => {
				for (i, row) in data.chunks_exact(n).enumerate() {
					top.offer(manhattan(row, query), u32_of(i)?);
				}
			},
			Distance::Cosine => {
				// The query's norm and its square root once per query, not once per row.
				let nq = CosineNorm::of(query)?;
				for (i, row) in data.chunks_exact(n).enumerate() {
					top.offer(cosine_key(query, row, &nq)?, u32_of(i)?);
				}
			},
		}
		let mut sel = Selection {
			found: [(0, Fixed::ZERO); K_CAP],
			weights: [0; K_CAP],
			len: 0,
			weight_sum: 0,
		};
		let keys = top.as_slice();
		for (slot, &(key, idx)) in sel.found.iter_mut().zip(keys) {
			*slot = (idx, self.distance.key_to_distance(key)?);
		}
		sel.len = keys.len();
		// "Distance exactly 0" is decided on the exact ranking key, before any rounding.
		let any_zero = keys.iter().any(|(key, _)| *key == 0);
		match self.weight {
			KNNWeightFunction::Uniform => {
				sel.weights.iter_mut().take(sel.len).for_each(|w| *w = 1);
			},
			KNNWeightFunction::Distance if any_zero => {
				for (w, (key, _)) in sel.weights.iter_mut().zip(keys) {
					*w = u128::from(*key == 0);
				}
			},
			KNNWeightFunction::Distance => {
				// 1/d from the exact key as mantissa * 2^exponent, aligned to the largest
				// exponent, then scaled so the largest weight is below 2^58: weighted sums of
				// i64 values then fit i128 (32 * 2^63 * 2^58 = 2^126). Relative precision of
				// the weights that matter is ~2^-57.
				let mut inv = [(0u128, 0i32); K_CAP];
				for (slot, (key, _)) in inv.iter_mut().zip(keys) {
					*slot = self.distance.inverse(*key);
				}
				let emax = inv.iter().take(sel.len).map(|(_, e)| *e).max().unwrap_or(0);
				for (w, (m, e)) in sel.weights.iter_mut().zip(inv.iter()).take(sel.len) {
					let shift = u32::try_from(emax.saturating_sub(*e)).unwrap_or(u32::MAX);
					*w = if shift >= 128 { 0 } else { *m >> shift };
				}
				let max = sel.weights.iter().copied().max().unwrap_or(0);
				let bits = 128 - max.leading_zeros();
				if bits > 58 {
					let s = bits - 58;
					sel.weights.iter_mut().for_each(|w| *w >>= s);
				}
			},
		}
		sel.weight_sum = sel.weights.iter().take(sel.len).sum();
		if sel.weight_sum == 0 {
			// smartcore: "Sum of weights is zero; cannot compute probabilities".
			return Err(Error::DivisionByZero);
		}
		Ok(sel)
	}
}

/// k-NN classifier (smartcore's `KNNClassifier` with `KNNAlgorithmName::LinearSearch`).
///
/// `fit` stores the samples and the class index of each label; labels are sorted ascending
/// into `classes()` and probabilities are aligned with that order.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct KNNClassifier {
	core: KnnCore,
	classes: Classes,
	y: BoundedVec<u8, ConstU32<MAX_SAMPLES>>,
}

impl KNNClassifier {
	/// Fits (stores) `x` with one class label per row in `y`.
	///
	/// Errors: [`Error::DimensionMismatch`] if `y.len()` differs from the number of rows,
	/// [`Error::EmptyModel`] for no rows, [`Error::InvalidK`] if `k` is 0, above [`MAX_K`] or
	/// above the number of rows, [`Error::TooManyClasses`] for more than [`MAX_CLASSES`]
	/// distinct labels.
	pub fn fit(x: Matrix, y: &[u32], parameters: KNNParameters) -> Result<Self> {
		let core = KnnCore::new(x, y.len(), parameters)?;
		let mut classes: Vec<u32> = y.to_vec();
		classes.sort_unstable();
		classes.dedup();
		if classes.len() > us(MAX_CLASSES) {
			return Err(Error::TooManyClasses);
		}
		let mut idx = Vec::with_capacity(y.len());
		for label in y {
			let i = classes.binary_search(label).map_err(|_| Error::InvalidParameter)?;
			idx.push(u8::try_from(i).map_err(|_| Error::TooManyClasses)?);
		}
		Ok(KNNClassifier {
			core,
			classes: Classes::try_from(classes).map_err(|_| Error::TooManyClasses)?,
			y: BoundedVec::try_from(idx).map_err(|_| Error::TooManySamples)?,
		})
	}

	/// The distinct labels, ascending.
	pub fn classes(&self) -> &[u32] {
		&self.classes
	}

	/// Checks every invariant `fit` establishes (for decoded values): the samples' shape, `k`,
	/// one class index per sample, strictly ascending labels, every class index in range and
	/// every class used. Errors: [`Error::InvalidParameter`], [`Error::EmptyModel`],
	/// [`Error::InvalidK`].
	pub fn validate(&self) -> Result<()> {
		self.core.validate(self.y.len())?;
		if self.classes.is_empty() || self.classes.windows(2).any(|w| matches!(w, [a, b] if a >= b))
		{
			return Err(Error::InvalidParameter);
		}
		let mut used = [false; MAX_CLASSES as usize];
		for c in self.y.iter() {
			let c = usize::from(*c);
			if c >= self.classes.len() {
				return Err(Error::InvalidParameter);
			}
			if let Some(u) = used.get_mut(c) {
				*u = true;
			}
		}
		if used.iter().take(self.classes.len()).any(|u| !u) {
			return Err(Error::InvalidParameter);
		}
		Ok(())
	}

	/// The parameters the model was fitted with.
	pub fn parameters(&self) -> KNNParameters {
		self.core.parameters()
	}

	/// The stored training samples.
	pub fn samples(&self) -> &Matrix {
		&self.core.x
	}

	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		self.core.x.n_features()
	}

	fn votes(&self, sel: &Selection) -> Result<[u128; MAX_CLASSES as usize]> {
		let mut votes = [0u128; MAX_CLASSES as usize];
		for (&(idx, _), &w) in sel.iter() {
			let c = self.y.get(us(idx)).ok_or(Error::InvalidParameter)?;
			let v = votes.get_mut(usize::from(*c)).ok_or(Error::InvalidParameter)?;
			*v = v.saturating_add(w);
		}
		Ok(votes)
	}

	fn decide(&self, votes: &[u128]) -> Result<u32> {
		let mut best = 0usize;
		let mut best_v = 0u128;
		for (i, &v) in votes.iter().enumerate().take(self.classes.len()) {
			if i == 0 || v > best_v {
				best = i;
				best_v = v;
			}
		}
		self.classes.get(best).copied().ok_or(Error::EmptyModel)
	}

	fn probabilities(&self, votes: &[u128], sum: u128) -> Result<Probabilities> {
		let mut p = Probabilities::new();
		for &v in votes.iter().take(self.classes.len()) {
			let bits = div_round_u(v << 32, sum)?;
			let bits = i64::try_from(bits).map_err(|_| Error::Overflow)?;
			p.try_push(Fixed::from_bits(bits)).map_err(|_| Error::TooManyClasses)?;
		}
		Ok(p)
	}

	/// Predicts the label of `x`: the class with the largest (weighted) vote among the k
	/// nearest samples; ties go to the smallest label.
	pub fn predict(&self, x: &[Fixed]) -> Result<u32> {
		let sel = self.core.select(x, self.y.len())?;
		self.decide(&self.votes(&sel)?)
	}

	/// Class probabilities (vote shares), aligned with [`KNNClassifier::classes`].
	pub fn predict_proba(&self, x: &[Fixed]) -> Result<Probabilities> {
		let sel = self.core.select(x, self.y.len())?;
		self.probabilities(&self.votes(&sel)?, sel.weight_sum)
	}

	/// The k nearest neighbours of `x` with distances, normalised weights and labels.
	pub fn kneighbors(&self, x: &[Fixed]) -> Result<Neighbours> {
		let sel = self.core.select(x, self.y.len())?;
		self.neighbours(&sel)
	}

	fn neighbours(&self, sel: &Selection) -> Result<Neighbours> {
		let mut out = Neighbours::new();
		for (&(idx, distance), &w) in sel.iter() {
			let c = self.y.get(us(idx)).ok_or(Error::InvalidParameter)?;
			let label = self.classes.get(usize::from(*c)).ok_or(Error::InvalidParameter)?;
			out.try_push(Neighbour {
				index: idx,
				distance,
				weight: sel.share(w)?,
				target: Target::Class(*label),
			})
			.map_err(|_| Error::InvalidK)?;
		}
		Ok(out)
	}

	/// Prediction ([`Output::Class`] with probabilities) and its explanation
	/// ([`Explanation::Neighbours`]).
	pub fn predict_explained(&self, x: &[Fixed]) -> Result<(Output, Explanation)> {
		let sel = self.core.select(x, self.y.len())?;
		let votes = self.votes(&sel)?;
		let label = self.decide(&votes)?;
		let probabilities = self.probabilities(&votes, sel.weight_sum)?;
		Ok((
			Output::Class { label, probabilities },
			Explanation::Neighbours(self.neighbours(&sel)?),
		))
	}
}

/// k-NN regressor (smartcore's `KNNRegressor` with `KNNAlgorithmName::LinearSearch`):
/// the prediction is `Σ w_i y_i / Σ w_i` over the k nearest samples.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct KNNRegressor {
	core: KnnCore,
	y: BoundedVec<Fixed, ConstU32<MAX_SAMPLES>>,
}

impl KNNRegressor {
	/// Fits (stores) `x` with one target per row in `y`. Errors as [`KNNClassifier::fit`].
	pub fn fit(x: Matrix, y: &[Fixed], parameters: KNNParameters) -> Result<Self> {
		let core = KnnCore::new(x, y.len(), parameters)?;
		Ok(KNNRegressor {
			core,
			y: BoundedVec::try_from(y.to_vec()).map_err(|_| Error::TooManySamples)?,
		})
	}

	/// The parameters the model was fitted with.
	pub fn parameters(&self) -> KNNParameters {
		self.core.parameters()
	}

	/// The stored training samples.
	pub fn samples(&self) -> &Matrix {
		&self.core.x
	}

	/// Number of features a query must have.
	pub fn n_features(&self) -> u32 {
		self.core.x.n_features()
	}

	/// Checks every invariant `fit` establishes (for decoded values): the samples' shape, `k`
	/// and one target per sample. Errors: [`Error::InvalidParameter`], [`Error::EmptyModel`],
	/// [`Error::InvalidK`].
	pub fn validate(&self) -> Result<()> {
		self.core.validate(self.y.len())
	}

	fn average(&self, sel: &Selection) -> Result<Fixed> {
		let mut num: i128 = 0;
		for (&(idx, _), &w) in sel.iter() {
			let y = self.y.get(us(idx)).ok_or(Error::InvalidParameter)?;
			// w < 2^58 (or small integers), |y| <= 2^63: product < 2^121.
			let w = i128::try_from(w).map_err(|_| Error::Overflow)?;
			num = num.checked_add(i128::from(y.to_bits()) * w).ok_or(Error::Overflow)?;
		}
		let sum = i128::try_from(sel.weight_sum).map_err(|_| Error::Overflow)?;
		from_i128_bits(div_round(num, sum)?)
	}

	/// Predicts the (weighted) mean target of the k nearest samples, rounded once.
	pub fn predict(&self, x: &[Fixed]) -> Result<Fixed> {
		let sel = self.core.select(x, self.y.len())?;
		self.average(&sel)
	}

	/// The k nearest neighbours of `x` with distances, normalised weights and targets.
	pub fn kneighbors(&self, x: &[Fixed]) -> Result<Neighbours> {
		let sel = self.core.select(x, self.y.len())?;
		self.neighbours(&sel)
	}

	fn neighbours(&self, sel: &Selection) -> Result<Neighbours> {
		let mut out = Neighbours::new();
		for (&(idx, distance), &w) in sel.iter() {
			let y = self.y.get(us(idx)).ok_or(Error::InvalidParameter)?;
			out.try_push(Neighbour {
				index: idx,
				distance,
				weight: sel.share(w)?,
				target: Target::Value(*y),
			})
			.map_err(|_| Error::InvalidK)?;
		}
		Ok(out)
	}

	/// Prediction ([`Output::Value`]) and its explanation ([`Explanation::Neighbours`]).
	pub fn predict_explained(&self, x: &[Fixed]) -> Result<(Output, Explanation)> {
		let sel = self.core.select(x, self.y.len())?;
		let v = self.average(&sel)?;
		Ok((Output::Value(v), Explanation::Neighbours(self.neighbours(&sel)?)))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn m(rows: &[&[i32]]) -> Matrix {
		let rows: Vec<Vec<Fixed>> =
			rows.iter().map(|r| r.iter().map(|v| Fixed::from_int(*v)).collect()).collect();
		Matrix::from_rows(&rows).unwrap()
	}

	#[test]
	fn smartcore_unit_examples() {
		// smartcore knn_fit_predict
		let x = m(&[&[1, 2], &[3, 4], &[5, 6], &[7, 8], &[9, 10]]);
		let y = [2, 2, 2, 3, 3];
		let knn = KNNClassifier::fit(x.clone(), &y, Default::default()).unwrap();
		for i in 0..5 {
			assert_eq!(knn.predict(x.row(i).unwrap()).unwrap(), y[i as usize]);
		}
		// smartcore knn_fit_predict_weighted
		let x = m(&[&[1], &[2], &[3], &[4], &[5]]);
		let knn = KNNClassifier::fit(
			x,
			&y,
			KNNParameters::default().with_k(5).with_weight(KNNWeightFunction::Distance),
		)
		.unwrap();
		let q = [Fixed::from_rational(41, 10).unwrap()];
		assert_eq!(knn.predict(&q).unwrap(), 3);
		// k = 0 fails
		let x = m(&[&[1], &[2]]);
		assert_eq!(
			KNNClassifier::fit(x, &[2, 3], KNNParameters::default().with_k(0)),
			Err(Error::InvalidK)
		);
	}

	#[test]
	fn ties_lowest_index_and_lowest_class() {
		// Equidistant samples: lower index wins; 1-1 vote tie: lower label wins.
		let x = m(&[&[-1], &[1], &[-1], &[1]]);
		let knn = KNNClassifier::fit(x, &[7, 5, 9, 9], KNNParameters::default().with_k(2)).unwrap();
		let n = knn.kneighbors(&[Fixed::ZERO]).unwrap();
		assert_eq!(n.iter().map(|n| n.index).collect::<Vec<_>>(), vec![0, 1]);
		assert_eq!(knn.predict(&[Fixed::ZERO]).unwrap(), 5);
	}

	#[test]
	fn zero_distance_weights() {
		let x = m(&[&[0], &[1], &[2]]);
		let y = [Fixed::from_int(10), Fixed::from_int(20), Fixed::from_int(30)];
		let p = KNNParameters::default().with_k(3).with_weight(KNNWeightFunction::Distance);
		let r = KNNRegressor::fit(x, &y, p).unwrap();
		assert_eq!(r.predict(&[Fixed::from_int(1)]).unwrap(), Fixed::from_int(20));
		let (out, ex) = r.predict_explained(&[Fixed::from_int(1)]).unwrap();
		assert_eq!(out, Output::Value(Fixed::from_int(20)));
		match ex {
			Explanation::Neighbours(n) => {
				assert_eq!(n[0].weight, Fixed::ONE);
				assert_eq!(n[1].weight, Fixed::ZERO);
				assert_eq!(n[1].distance, Fixed::ONE);
			},
			_ => panic!(),
		}
		// Non-zero distances: 1/d weighting. d = 0.5, 0.5, 1.5 -> weights 2, 2, 2/3.
		let q = [Fixed::from_rational(1, 2).unwrap()];
		let v = r.predict(&q).unwrap();
		let expect = (10.0 * 2.0 + 20.0 * 2.0 + 30.0 * (2.0 / 3.0)) / (4.0 + 2.0 / 3.0);
		assert!((v.to_bits() as f64 / 4294967296.0 - expect).abs() < 1e-9);
	}

	#[test]
	fn errors() {
		let x = m(&[&[0, 1], &[1, 1]]);
		assert_eq!(
			KNNClassifier::fit(x.clone(), &[1], KNNParameters::default().with_k(1)),
			Err(Error::DimensionMismatch)
		);
		assert_eq!(
			KNNClassifier::fit(x.clone(), &[1, 2], Default::default()),
			Err(Error::InvalidK)
		);
		let knn = KNNClassifier::fit(x, &[1, 2], KNNParameters::default().with_k(2)).unwrap();
		assert_eq!(knn.predict(&[Fixed::ZERO]), Err(Error::DimensionMismatch));
		let labels: Vec<u32> = (0..17).collect();
		let rows: Vec<Vec<Fixed>> = (0..17).map(|i| vec![Fixed::from_int(i)]).collect();
		assert_eq!(
			KNNClassifier::fit(Matrix::from_rows(&rows).unwrap(), &labels, Default::default()),
			Err(Error::TooManyClasses)
		);
	}

	#[test]
	fn cosine_takes_the_query_norm_root_once_per_query() {
		use crate::distance::ROOTS;
		// 50 rows: one square root per row for the row's norm, one for the query's.
		let rows: Vec<Vec<i32>> = (1..=50).map(|i| vec![i, 50 - i]).collect();
		let rows: Vec<&[i32]> = rows.iter().map(|r| r.as_slice()).collect();
		let x = m(&rows);
		let y: Vec<u32> = (0..50).map(|i| i % 2).collect();
		let p = KNNParameters::default().with_k(5).with_distance(Distance::Cosine);
		let knn = KNNClassifier::fit(x, &y, p).unwrap();
		ROOTS.with(|r| r.set(0));
		knn.predict_explained(&[Fixed::from_int(3), Fixed::from_int(4)]).unwrap();
		assert_eq!(ROOTS.with(|r| r.get()), 50 + 1);
	}
}
