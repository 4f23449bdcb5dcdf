//! # agora-recommender
//!
//! Deterministic, float-free, never-panicking fixed-point machine learning for Agora's runtime
//! (FRAME pallets in wasm). The algorithms, parameter names and tie-breaking mirror the Rust
//! [`smartcore`](https://docs.rs/smartcore/0.7.0) crate, version 0.7; the test suite checks
//! parity with it on the iris, breast-cancer, diabetes and digits datasets (see `PARITY.md`).
//!
//! | smartcore 0.7 | here |
//! | --- | --- |
//! | `neighbors::knn_classifier::KNNClassifier` | [`KNNClassifier`] |
//! | `neighbors::knn_regressor::KNNRegressor` | [`KNNRegressor`] |
//! | `KNNClassifierParameters { k, distance, weight, .. }` | [`KNNParameters`] (`k`, `distance`, `weight`) |
//! | `neighbors::KNNWeightFunction::{Uniform, Distance}` | [`KNNWeightFunction`] |
//! | `metrics::distance::{Euclidian, Manhattan, Cosine}` | [`Distance`] (smartcore's spelling `Euclidian`) |
//! | `linear::logistic_regression::LogisticRegression` | [`LogisticRegression`] |
//! | `linear::linear_regression::LinearRegression` | [`LinearRegression`] |
//! | `preprocessing::numerical::StandardScaler` | [`StandardScaler`] |
//! | — | [`ItemSimilarity`] (cosine item-to-item top-N) |
//! | — | [`Model`]: any of the four predictors behind one storable type |
//!
//! Training of linear/logistic models happens off-chain (e.g. with smartcore); on chain they
//! are built from their coefficients. k-NN models and the scaler are "trained" (fitted) in
//! fixed point directly.
//!
//! ## Example
//!
//! ```
//! use agora_recommender::{Explanation, Fixed, KNNClassifier, KNNParameters, Matrix, Model};
//!
//! let x = Matrix::from_rows(&[[Fixed::from_int(0)], [Fixed::from_int(1)], [Fixed::from_int(10)]])?;
//! let knn = KNNClassifier::fit(x, &[7, 7, 9], KNNParameters::default().with_k(1))?;
//! let model = Model::from(knn); // store this in a pallet: it is Encode + MaxEncodedLen
//! let (output, why) = model.predict_explained(&[Fixed::from_rational(17, 2)?])?;
//! assert_eq!(output.label(), Some(9));
//! if let Explanation::Neighbours(n) = why {
//! 	assert_eq!((n[0].index, n[0].distance), (2, Fixed::from_rational(3, 2)?));
//! }
//! # Ok::<(), agora_recommender::Error>(())
//! ```
//!
//! ## Fixed-point format
//!
//! Every real number is a [`Fixed`]: signed **Q32.32** in an `i64` (`value = bits / 2^32`),
//! range `[-2^31, 2^31 - 2^-32]`, resolution `2^-32 ≈ 2.33e-10`.
//!
//! * Products and sums are accumulated **exactly** in `i128`/`u128` (a Q32.32 × Q32.32
//!   product is an exact Q64.64 value) and rounded **once** at the end: dot products,
//!   linear scores, squared distances and weighted averages carry no intermediate rounding.
//! * Rounding is always to nearest, ties toward +∞ (`(v >> s) + ((v >> (s-1)) & 1)` for
//!   shifts, the same rule for quotients).
//! * Square roots use the exact integer square root of a `u128` ([`isqrt`]), rounded to
//!   nearest; the Euclidean distance is `isqrt_round(Σ (a_bits - b_bits)^2)`, which is directly
//!   Q32.32, with error ≤ 2^-33.
//! * `exp` reduces its argument by multiples of ln 2 and evaluates a Taylor series in a private
//!   Q2.62 format; [`Fixed::sigmoid`] and [`softmax`] are computed in that format and rounded
//!   once.
//!
//! ### Documented error bounds
//!
//! With respect to the exact real function of the (fixed-point) input:
//!
//! | function | max absolute error |
//! | --- | --- |
//! | [`Fixed::checked_mul`], [`Fixed::checked_div`], [`Fixed::from_rational`] | 2^-33 (one rounding) |
//! | [`Fixed::sqrt`], Euclidean distance | 2^-33 |
//! | [`Fixed::sigmoid`] (= 0 below −40 and 1 above 40, like smartcore) | **2^-32 ≈ 2.33e-10** |
//! | [`softmax`], [`LogisticRegression::predict_proba`] | **2^-32 ≈ 2.33e-10** per probability |
//! | [`Fixed::exp`] for inputs ≤ 0 | 2^-32 |
//! | linear / logistic scores, [`LinearRegression::predict`] | 2^-33 (exact sum, one rounding) |
//!
//! These bounds are asserted in the unit tests over dense grids and extremes. Against a
//! floating-point model the additional error comes only from quantising the model and inputs
//! to 2^-32 (see `PARITY.md` for measured values).
//!
//! ## Determinism and tie-breaking
//!
//! Integer arithmetic only, no floats, no hashing, no platform-dependent widths (`usize`
//! is only used for indexing and lengths bounded by the constants below), so results are
//! bit-identical on wasm32 and native.
//!
//! * k-NN neighbour selection: samples are ordered by `(distance, sample index)`: among equal
//!   distances the **lower sample index** wins (smartcore's `LinearSearch` also keeps the
//!   earlier sample on equal distance). Ranking uses the exact squared Euclidean distance
//!   (monotone), the exact Manhattan sum, or the rounded cosine distance.
//! * k-NN majority vote: the class with the largest (weighted) vote; ties go to the **lowest
//!   class index**, i.e. the smallest label (smartcore sorts labels and takes the first
//!   maximum).
//! * [`KNNWeightFunction::Distance`]: weight `1/d`; if any of the k neighbours is at distance
//!   exactly 0, those neighbours get weight 1 and all others 0 (smartcore's rule).
//! * Logistic regression: binary predicts `classes[1]` iff the exact score is `> 0` (smartcore:
//!   `sigmoid(score) > 0.5`); multi-class predicts the arg-max score, lowest index on ties.
//! * Item similarity: higher similarity first, then lower item index.
//!
//! ## Bounds
//!
//! All sizes are bounded by public constants ([`MAX_FEATURES`], [`MAX_SAMPLES`],
//! [`MAX_CLASSES`], [`MAX_K`]) so that stored models implement `MaxEncodedLen` and pallets can
//! derive weights from them. Anything beyond a bound is an [`Error`], never a panic.
//!
//! ## Off-chain helpers
//!
//! With the `std` feature (on by default, off in the runtime) the [`float`] module converts
//! between `f64` and [`Fixed`]. It is the **only** place floats appear and must not be used
//! on chain.
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
	not(test),
	deny(
		clippy::unwrap_used,
		clippy::expect_used,
		clippy::panic,
		clippy::indexing_slicing,
		clippy::float_arithmetic
	)
)]

extern crate alloc;

use bounded_collections::{BoundedVec, ConstU32};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

mod distance;
mod fixed;
#[cfg(feature = "std")]
pub mod float;
mod knn;
mod linear;
mod matrix;
mod model;
mod scaler;
mod similarity;

pub use distance::Distance;
pub use fixed::{isqrt, isqrt_round, softmax, Fixed, FRAC_BITS};
pub use knn::{
	KNNClassifier, KNNClassifierParameters, KNNParameters, KNNRegressor, KNNRegressorParameters,
	KNNWeightFunction, Neighbour, Neighbours, Target,
};
pub use linear::{LinearRegression, LogisticRegression, ScoreBreakdown};
pub use matrix::Matrix;
pub use model::{Estimator, Explanation, Model, Output, Pipeline};
pub use scaler::{StandardScaler, StandardScalerParameters};
pub use similarity::{ItemSimilarity, SimilarItem, SimilarItems};

/// Maximum number of features (columns) of any model or input.
pub const MAX_FEATURES: u32 = 64;
/// Maximum number of training samples (rows) of a k-NN model, or items of an [`ItemSimilarity`].
pub const MAX_SAMPLES: u32 = 2048;
/// Maximum number of distinct classes of a classifier.
pub const MAX_CLASSES: u32 = 16;
/// Maximum `k` of a k-NN model, and maximum `n` of [`ItemSimilarity::similar_items`].
pub const MAX_K: u32 = 32;
/// Maximum number of cells of a [`Matrix`] (`MAX_SAMPLES * MAX_FEATURES`).
pub const MAX_CELLS: u32 = MAX_SAMPLES * MAX_FEATURES;
/// Maximum number of coefficients of a [`LogisticRegression`] (`MAX_CLASSES * MAX_FEATURES`).
pub const MAX_COEFFICIENTS: u32 = MAX_CLASSES * MAX_FEATURES;

/// A bounded vector of per-feature values (one sample, coefficients, contributions, ...).
pub type FeatureVec = BoundedVec<Fixed, ConstU32<MAX_FEATURES>>;
/// A bounded vector of per-class probabilities, aligned with a classifier's `classes()`.
pub type Probabilities = BoundedVec<Fixed, ConstU32<MAX_CLASSES>>;
/// A bounded list of class labels.
pub type Classes = BoundedVec<u32, ConstU32<MAX_CLASSES>>;

/// Every way an operation of this crate can fail. Nothing in this crate panics.
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
pub enum Error {
	/// An intermediate or final value does not fit its fixed-point or integer type.
	Overflow,
	/// Division by zero.
	DivisionByZero,
	/// The number of features (or lengths of paired inputs) do not match.
	DimensionMismatch,
	/// More than [`MAX_SAMPLES`] samples (or items).
	TooManySamples,
	/// More than [`MAX_FEATURES`] features, or zero features.
	TooManyFeatures,
	/// More than [`MAX_CLASSES`] classes (or fewer than two for logistic regression).
	TooManyClasses,
	/// `k` (or `n`) is 0, larger than [`MAX_K`] or larger than the number of samples.
	InvalidK,
	/// The model (or input) holds no samples / coefficients.
	EmptyModel,
	/// A parameter is out of its domain (e.g. unsorted class labels, negative square root,
	/// unknown item index, internally inconsistent decoded model).
	InvalidParameter,
}

/// Result type of this crate.
pub type Result<T> = core::result::Result<T, Error>;

/// Lossless widening of a bounded `u32` length/index to `usize` (wasm32 and 64-bit targets).
pub(crate) const fn us(v: u32) -> usize {
	v as usize
}

/// Narrowing of a length/index known to be bounded by a `u32` constant.
pub(crate) fn u32_of(v: usize) -> Result<u32> {
	u32::try_from(v).map_err(|_| Error::Overflow)
}
