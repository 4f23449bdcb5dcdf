//! Parity of the fixed-point models with smartcore 0.7 (f64) on smartcore's bundled datasets.
//!
//! Hold-out split: every 5th row (index % 5 == 0) is the test set, the rest trains.
//! smartcore's k-NN runs with `KNNAlgorithmName::LinearSearch` (the exact search whose
//! equal-distance rule this crate mirrors); one extra row per classification dataset reports
//! smartcore's default `CoverTree` for information.
//!
//! A release build of the test fails if `PARITY.md` differs from what the run computes; set
//! `AGORA_WRITE_PARITY=1` to (re)write it from the run. Tolerances are the fixed-point bound of
//! each compared row (see `markdown`) times [`BOUND_FACTOR`]; k-boundary tie rows are counted
//! and bounded by [`MAX_TIE_SHARE`].

use agora_recommender::float::{matrix_from_rows, slice_to_fixed, to_f64, to_fixed};
use agora_recommender::{
	Distance, Estimator, Explanation, Fixed, KNNClassifier, KNNParameters, KNNRegressor,
	KNNWeightFunction, LinearRegression, LogisticRegression, Matrix, Model, Output, Pipeline,
	StandardScaler, Target,
};
use smartcore::algorithm::neighbour::KNNAlgorithmName;
use smartcore::api::{Transformer, UnsupervisedEstimator};
use smartcore::linalg::basic::arrays::Array;
use smartcore::linalg::basic::matrix::DenseMatrix;
use smartcore::linear::linear_regression::{
	LinearRegression as ScLinear, LinearRegressionParameters,
};
use smartcore::linear::logistic_regression::{
	LogisticRegression as ScLogistic, LogisticRegressionParameters,
};
use smartcore::metrics::distance::{cosine::Cosine, manhattan::Manhattan, Distances};
use smartcore::neighbors::knn_classifier::{
	KNNClassifier as ScKnnC, KNNClassifierParameters as ScKnnCParams,
};
use smartcore::neighbors::knn_regressor::{
	KNNRegressor as ScKnnR, KNNRegressorParameters as ScKnnRParams,
};
use smartcore::neighbors::KNNWeightFunction as ScWeight;
use smartcore::preprocessing::numerical::{
	StandardScaler as ScScaler, StandardScalerParameters as ScScalerParams,
};

/// One unit of the last place of Q32.32, `2^-32`; inputs and parameters are rounded to half
/// of it, `2^-33`.
const ULP: f64 = 1.0 / 4_294_967_296.0;
/// Half a unit: the bound of one rounding to Q32.32.
const HALF_ULP: f64 = ULP / 2.0;
/// Every asserted error must be within this multiple of its row's fixed-point bound (the
/// bound is first-order; the factor covers second-order terms and the f64 reference's own
/// rounding).
const BOUND_FACTOR: f64 = 2.0;
/// Required class agreement.
const MIN_AGREEMENT: f64 = 0.99;
/// At most this share of a k-NN row's test queries may be skipped (not compared beyond the
/// label) because their k-th and (k+1)-th nearest samples tie.
const MAX_TIE_SHARE: f64 = 0.15;

struct Split {
	name: &'static str,
	train_x: Vec<Vec<f64>>,
	train_y: Vec<f64>,
	test_x: Vec<Vec<f64>>,
	test_y: Vec<f64>,
}

fn split<Y: Copy + Into<f64>>(
	name: &'static str,
	ds: smartcore::dataset::Dataset<f32, Y>,
) -> Split {
	let mut s = Split { name, train_x: vec![], train_y: vec![], test_x: vec![], test_y: vec![] };
	for i in 0..ds.num_samples {
		let row: Vec<f64> = ds.data[i * ds.num_features..(i + 1) * ds.num_features]
			.iter()
			.map(|v| *v as f64)
			.collect();
		let y: f64 = ds.target[i].into();
		if i % 5 == 0 {
			s.test_x.push(row);
			s.test_y.push(y);
		} else {
			s.train_x.push(row);
			s.train_y.push(y);
		}
	}
	s
}

fn datasets() -> (Split, Split, Split, Split) {
	(
		split("iris", smartcore::dataset::iris::load_dataset()),
		split("breast_cancer", smartcore::dataset::breast_cancer::load_dataset()),
		split("digits", smartcore::dataset::digits::load_dataset()),
		split("diabetes", smartcore::dataset::diabetes::load_dataset()),
	)
}

fn dense(rows: &[Vec<f64>]) -> DenseMatrix<f64> {
	DenseMatrix::from_2d_vec(&rows.to_vec()).unwrap()
}

fn labels(y: &[f64]) -> Vec<u32> {
	y.iter().map(|v| *v as u32).collect()
}

/// Rows rounded to Q32.32.
fn fixed_rows(rows: &[Vec<f64>]) -> Vec<Vec<Fixed>> {
	rows.iter().map(|r| slice_to_fixed(r).unwrap()).collect()
}

/// What the estimators see: the raw features, or the features standardised (by smartcore's
/// `StandardScaler` for smartcore, by ours, inside a [`Model::Scaled`] pipeline, for ours).
struct View {
	/// "" or "StandardScaler + ", prefixed to the rows' algorithm names.
	prefix: &'static str,
	scaler: Option<StandardScaler>,
	/// smartcore's training and test inputs.
	sc_train: Vec<Vec<f64>>,
	sc_test: Vec<Vec<f64>>,
	/// Our estimator's training rows, and each value's bound against smartcore's.
	train: Matrix,
	train_err: Vec<Vec<f64>>,
	/// The queries our model receives (raw, rounded to Q32.32), what its estimator sees
	/// (standardised for a pipeline), and each seen value's bound against smartcore's.
	queries: Vec<Vec<Fixed>>,
	seen: Vec<Vec<Fixed>>,
	seen_err: Vec<Vec<f64>>,
}

impl View {
	fn raw(s: &Split) -> View {
		let half = |rows: &[Vec<f64>]| -> Vec<Vec<f64>> {
			rows.iter().map(|r| vec![HALF_ULP; r.len()]).collect()
		};
		let queries = fixed_rows(&s.test_x);
		View {
			prefix: "",
			scaler: None,
			sc_train: s.train_x.clone(),
			sc_test: s.test_x.clone(),
			train: matrix_from_rows(&s.train_x).unwrap(),
			train_err: half(&s.train_x),
			seen: queries.clone(),
			queries,
			seen_err: half(&s.test_x),
		}
	}

	/// smartcore: its scaler fitted on the training rows transforms both sets. Ours: our
	/// scaler fitted on the rounded training rows; the estimator trains on its output and the
	/// pipeline standardises each raw query. Each standardised value's error is the measured
	/// difference from smartcore's (the scaler rows assert that difference against
	/// [`scaler_bound`]), so that a pipeline row bounds what the estimator adds to it.
	fn scaled(s: &Split) -> View {
		let sc = ScScaler::fit(&dense(&s.train_x), ScScalerParams::default()).unwrap();
		let to_rows = |m: DenseMatrix<f64>| -> Vec<Vec<f64>> {
			let (r, c) = m.shape();
			(0..r).map(|i| (0..c).map(|j| *m.get((i, j))).collect()).collect()
		};
		let sc_train = to_rows(sc.transform(&dense(&s.train_x)).unwrap());
		let sc_test = to_rows(sc.transform(&dense(&s.test_x)).unwrap());
		let ours = StandardScaler::fit(&matrix_from_rows(&s.train_x).unwrap(), Default::default())
			.unwrap();
		let transform = |rows: &[Vec<Fixed>]| -> Vec<Vec<Fixed>> {
			rows.iter().map(|r| ours.transform(r).unwrap().to_vec()).collect()
		};
		let diff = |a: &[Vec<Fixed>], b: &[Vec<f64>]| -> Vec<Vec<f64>> {
			a.iter()
				.zip(b)
				.map(|(a, b)| a.iter().zip(b).map(|(a, b)| (to_f64(*a) - b).abs()).collect())
				.collect()
		};
		let train_z = transform(&fixed_rows(&s.train_x));
		let queries = fixed_rows(&s.test_x);
		let seen = transform(&queries);
		View {
			prefix: "StandardScaler + ",
			train: Matrix::from_rows(&train_z).unwrap(),
			train_err: diff(&train_z, &sc_train),
			seen_err: diff(&seen, &sc_test),
			queries,
			seen,
			scaler: Some(ours),
			sc_train,
			sc_test,
		}
	}

	/// The model our chain would store: the estimator, behind the scaler if there is one.
	fn model(&self, estimator: impl Into<Estimator>) -> Model {
		match &self.scaler {
			None => Model::from(estimator.into()),
			Some(s) => Pipeline::new(s.clone(), estimator.into()).unwrap().into(),
		}
	}
}

/// First-order bound of our standardised value against smartcore's, for a value `z`
/// standard deviations from the mean of a column of (our) standard deviation `s`: the input
/// rounded to Q32.32 (2^-33); the mean, from inputs rounded so, then rounded itself (2^-32);
/// the standard deviation, which moves by at most the inputs' largest rounding, then rounded
/// (2^-32, moving the value by |z| × that / s); and the final rounding (2^-33).
fn scaler_bound(z: f64, s: f64) -> f64 {
	HALF_ULP + (3.0 * HALF_ULP + z.abs() * ULP) / s
}

#[derive(Default)]
struct Row {
	dataset: String,
	algorithm: String,
	n_test: usize,
	agree: Option<usize>,
	max_proba_err: Option<f64>,
	max_rel_err: Option<f64>,
	max_abs_err: Option<f64>,
	/// Test rows whose k-th and (k+1)-th nearest distances tie: the neighbour set is then not
	/// unique (smartcore's heap keeps an arbitrary one of the tied samples, we keep the lowest
	/// index), so probabilities are not compared on them.
	ties: Option<usize>,
	/// The largest fixed-point error bound of a compared test row (absolute).
	max_bound: Option<f64>,
	/// The largest ratio error / bound over the compared test rows.
	max_ratio: Option<f64>,
	asserted: bool,
}

/// Tracks the largest error, bound and error / bound ratio over test rows.
#[derive(Default)]
struct Worst {
	err: f64,
	bound: f64,
	ratio: f64,
}

impl Worst {
	fn add(&mut self, err: f64, bound: f64) {
		self.err = self.err.max(err);
		self.bound = self.bound.max(bound);
		self.ratio = self.ratio.max(err / bound);
	}
}

impl Row {
	fn agreement(&self) -> Option<f64> {
		self.agree.map(|a| a as f64 / self.n_test as f64)
	}
	fn markdown(&self) -> String {
		let f = |v: Option<f64>| v.map(|v| format!("{v:.2e}")).unwrap_or_else(|| "—".into());
		let a = match (self.agree, self.agreement()) {
			(Some(a), Some(p)) => format!("{a}/{} ({:.2}%)", self.n_test, p * 100.0),
			_ => "—".into(),
		};
		format!(
			"| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
			self.dataset,
			self.algorithm,
			self.n_test,
			a,
			self.ties.map(|t| t.to_string()).unwrap_or_else(|| "—".into()),
			f(self.max_proba_err),
			if self.max_rel_err.is_some() { f(self.max_rel_err) } else { f(self.max_abs_err) },
			f(self.max_bound),
			self.max_ratio.map(|r| format!("{r:.3}")).unwrap_or_else(|| "—".into()),
			if self.asserted { "yes" } else { "info" }
		)
	}
}

fn knn_classifier_rows(s: &Split, v: &View, rows: &mut Vec<Row>) {
	let y = labels(&s.train_y);
	let sx = dense(&v.sc_train);
	let sy = y.clone();
	let tx = dense(&v.sc_test);
	for (name, p) in knn_configs() {
		let estimator = KNNClassifier::fit(v.train.clone(), &y, p).unwrap();
		let ours = v.model(estimator.clone());
		let weight = sc_weight(p.weight);
		macro_rules! sc {
			($d:expr) => {{
				let params = ScKnnCParams::default()
					.with_k(p.k as usize)
					.with_weight(weight)
					.with_algorithm(KNNAlgorithmName::LinearSearch)
					.with_distance($d);
				let m = ScKnnC::fit(&sx, &sy, params).unwrap();
				(m.predict(&tx).unwrap(), m.predict_proba(&tx).unwrap())
			}};
		}
		let (pred, proba): (Vec<u32>, Vec<Vec<f64>>) = match p.distance {
			Distance::Euclidian => sc!(Distances::euclidian()),
			Distance::Manhattan => sc!(Manhattan::new()),
			Distance::Cosine => sc!(Cosine::new()),
		};
		let mut agree = 0;
		let mut worst = Worst::default();
		let mut ties = 0;
		for (i, qf) in v.queries.iter().enumerate() {
			let tie = boundary_tie(&v.train, &v.seen[i], p.distance, p.k as usize);
			ties += usize::from(tie);
			let (out, ex) = ours.predict_explained(qf).unwrap();
			let Output::Class { label, probabilities } = out else { panic!() };
			assert_eq!(label, estimator.predict(&v.seen[i]).unwrap());
			let Explanation::Neighbours(n) = ex else { panic!() };
			assert_eq!(n.len(), p.k as usize);
			if label == pred[i] {
				agree += 1;
				if !tie {
					// Shares of weights with relative error ρ move by at most 2ρ; each
					// probability is then rounded once.
					let bound = HALF_ULP + 2.0 * weight_error(&n, p, v, i);
					for (a, b) in probabilities.iter().zip(&proba[i]) {
						worst.add((to_f64(*a) - b).abs(), bound);
					}
				}
			}
		}
		rows.push(Row {
			dataset: s.name.into(),
			algorithm: format!("{}KNNClassifier {name}", v.prefix),
			n_test: s.test_x.len(),
			agree: Some(agree),
			ties: Some(ties),
			max_proba_err: Some(worst.err),
			max_bound: Some(worst.bound),
			max_ratio: Some(worst.ratio),
			asserted: true,
			..Default::default()
		});
	}
	if v.scaler.is_some() {
		return;
	}
	// smartcore's default (CoverTree) search, for information.
	let m = ScKnnC::fit(&sx, &sy, ScKnnCParams::default()).unwrap();
	let pred = m.predict(&tx).unwrap();
	let ours = KNNClassifier::fit(v.train.clone(), &y, KNNParameters::default()).unwrap();
	let agree =
		v.queries.iter().zip(&pred).filter(|(q, p)| ours.predict(q).unwrap() == **p).count();
	rows.push(Row {
		dataset: s.name.into(),
		algorithm: "KNNClassifier k=3 Euclidian Uniform vs smartcore CoverTree".into(),
		n_test: s.test_x.len(),
		agree: Some(agree),
		..Default::default()
	});
}

/// Every metric × weighting the CLI offers, with the `k` of each.
fn knn_configs() -> Vec<(&'static str, KNNParameters)> {
	let p = |k, d, w| KNNParameters::default().with_k(k).with_distance(d).with_weight(w);
	use Distance::*;
	use KNNWeightFunction::{Distance as ByDistance, Uniform};
	vec![
		("k=3 Euclidian Uniform", p(3, Euclidian, Uniform)),
		("k=5 Euclidian Distance", p(5, Euclidian, ByDistance)),
		("k=5 Manhattan Uniform", p(5, Manhattan, Uniform)),
		("k=5 Manhattan Distance", p(5, Manhattan, ByDistance)),
		("k=7 Cosine Uniform", p(7, Cosine, Uniform)),
		("k=7 Cosine Distance", p(7, Cosine, ByDistance)),
	]
}

fn sc_weight(w: KNNWeightFunction) -> ScWeight {
	match w {
		KNNWeightFunction::Uniform => ScWeight::Uniform,
		KNNWeightFunction::Distance => ScWeight::Distance,
	}
}

fn norm(v: &[f64]) -> f64 {
	v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// First-order bound of the relative error of the neighbours' weights against smartcore's
/// f64 weights, for test row `i` of view `v`: 0 for uniform weights; for `1/d` weights, how
/// far the differences between our inputs and smartcore's (each value's bound in the view:
/// 2^-33 for raw values rounded to Q32.32, the measured difference of the two scalers' outputs for standardised ones) can move
/// the nearest neighbour's distance, relative to it, plus the crate's own precision of `1/d`
/// (2^-56) and, for the cosine distance, its Q2.62 key (2^-62).
fn weight_error(n: &[agora_recommender::Neighbour], p: KNNParameters, v: &View, i: usize) -> f64 {
	if p.weight == KNNWeightFunction::Uniform {
		return 0.0;
	}
	let (q, eq) = (&v.sc_test[i], &v.seen_err[i]);
	let mut rho: f64 = 0.0;
	for nb in n {
		let d = to_f64(nb.distance);
		if d == 0.0 {
			// Zero distances weigh exactly 1 (others 0) on both sides.
			return 0.0;
		}
		let (x, ex) = (&v.sc_train[nb.index as usize], &v.train_err[nb.index as usize]);
		let sum: Vec<f64> = ex.iter().zip(eq).map(|(a, b)| a + b).collect();
		let delta = match p.distance {
			Distance::Euclidian => norm(&sum),
			Distance::Manhattan => sum.iter().sum(),
			Distance::Cosine => norm(ex) / norm(x) + norm(eq) / norm(q) + 2f64.powi(-62),
		};
		rho = rho.max(delta / d);
	}
	rho + 2f64.powi(-56)
}

/// Whether the k-th and (k+1)-th smallest distances from `q` are equal, on the exact ranking
/// keys for the Euclidean (squared distance) and Manhattan metrics, and on the distance
/// rounded to Q32.32 for the cosine metric (conservative: near-ties count too).
fn boundary_tie(x: &agora_recommender::Matrix, q: &[Fixed], d: Distance, k: usize) -> bool {
	let key = |row: &[Fixed]| -> u128 {
		let diffs = row.iter().zip(q).map(|(a, b)| a.to_bits().abs_diff(b.to_bits()) as u128);
		match d {
			Distance::Euclidian => diffs.map(|v| v * v).sum(),
			Distance::Manhattan => diffs.sum(),
			Distance::Cosine => d.distance(row, q).unwrap().to_bits() as u128,
		}
	};
	let mut ds: Vec<u128> = (0..x.n_samples()).map(|i| key(x.row(i).unwrap())).collect();
	ds.sort();
	ds.len() > k && ds[k - 1] == ds[k]
}

/// Bound of the error of a linear score `b + w·x` from rounding `b` and `w` to Q32.32
/// (2^-33 each) and inputs `x` off smartcore's by `e` each (the crate then sums
/// exactly and rounds once).
fn score_bound(w: &[f64], x: &[f64], e: &[f64]) -> f64 {
	HALF_ULP * (1.0 + x.iter().map(|x| x.abs()).sum::<f64>())
		+ w.iter().zip(e).map(|(w, e)| w.abs() * e).sum::<f64>()
}

fn sigmoid(z: f64) -> f64 {
	if z < -40.0 {
		0.0
	} else if z > 40.0 {
		1.0
	} else {
		1.0 / (1.0 + (-z).exp())
	}
}

fn logistic_row(s: &Split, v: &View, rows: &mut Vec<Row>) {
	let y = labels(&s.train_y);
	let m =
		ScLogistic::fit(&dense(&v.sc_train), &y, LogisticRegressionParameters::default()).unwrap();
	let pred = m.predict(&dense(&v.sc_test)).unwrap();
	let coef = m.coefficients();
	let icpt = m.intercept();
	let (r, p) = coef.shape();
	let mut coefs = vec![];
	let mut coefs_f = vec![];
	for i in 0..r {
		let row: Vec<f64> = (0..p).map(|j| *coef.get((i, j))).collect();
		coefs.extend(slice_to_fixed(&row).unwrap());
		coefs_f.push(row);
	}
	let b: Vec<f64> = (0..r).map(|i| *icpt.get((i, 0))).collect();
	let classes = m.classes().clone();
	let ours =
		LogisticRegression::new(p as u32, coefs, slice_to_fixed(&b).unwrap(), classes.clone())
			.unwrap();
	let model = v.model(ours);
	let mut agree = 0;
	let mut worst = Worst::default();
	for (i, q) in v.sc_test.iter().enumerate() {
		// To first order a probability p moves by at most p (1 − p) × the score error for the
		// sigmoid, and 2 p (1 − p) × the largest score error for softmax (Σ_j |∂p_i/∂s_j| =
		// 2 p_i (1 − p_i)); the crate's sigmoid/softmax add at most 2^-32 (documented bound).
		let score_err =
			coefs_f.iter().map(|w| score_bound(w, q, &v.seen_err[i])).fold(0.0, f64::max);
		let slope = if r == 1 { 1.0 } else { 2.0 };
		let (out, ex) = model.predict_explained(&v.queries[i]).unwrap();
		let Output::Class { label, probabilities } = out else { panic!() };
		let Explanation::Logistic(bd) = ex else { panic!() };
		assert_eq!(bd.len(), r);
		if label == pred[i] {
			agree += 1;
		}
		// f64 reference probabilities from smartcore's own coefficients.
		let scores: Vec<f64> = coefs_f
			.iter()
			.zip(&b)
			.map(|(w, b)| w.iter().zip(q).map(|(w, x)| w * x).sum::<f64>() + b)
			.collect();
		let reference: Vec<f64> = if r == 1 {
			let p1 = sigmoid(scores[0]);
			vec![1.0 - p1, p1]
		} else {
			let mx = scores.iter().cloned().fold(f64::MIN, f64::max);
			let z: f64 = scores.iter().map(|s| (s - mx).exp()).sum();
			scores.iter().map(|s| (s - mx).exp() / z).collect()
		};
		for (a, b) in probabilities.iter().zip(&reference) {
			worst.add((to_f64(*a) - b).abs(), ULP + slope * b * (1.0 - b) * score_err);
		}
	}
	rows.push(Row {
		dataset: s.name.into(),
		algorithm: format!(
			"{}LogisticRegression ({}, {} features)",
			v.prefix,
			if r == 1 { "binary".to_string() } else { format!("multinomial, {r} classes") },
			p
		),
		n_test: s.test_x.len(),
		agree: Some(agree),
		max_proba_err: Some(worst.err),
		max_bound: Some(worst.bound),
		max_ratio: Some(worst.ratio),
		asserted: true,
		..Default::default()
	});
}

fn rel(a: f64, b: f64) -> f64 {
	(a - b).abs() / b.abs().max(1.0)
}

fn regression_rows(s: &Split, v: &View, rows: &mut Vec<Row>) {
	let sx = dense(&v.sc_train);
	let tx = dense(&v.sc_test);
	let y = slice_to_fixed(&s.train_y).unwrap();
	for (name, p) in knn_configs() {
		let k = p.k as usize;
		macro_rules! sc {
			($d:expr) => {{
				let params = ScKnnRParams::default()
					.with_k(k)
					.with_weight(sc_weight(p.weight))
					.with_algorithm(KNNAlgorithmName::LinearSearch)
					.with_distance($d);
				let m = ScKnnR::fit(&sx, &s.train_y, params).unwrap();
				m.predict(&tx).unwrap()
			}};
		}
		let pred: Vec<f64> = match p.distance {
			Distance::Euclidian => sc!(Distances::euclidian()),
			Distance::Manhattan => sc!(Manhattan::new()),
			Distance::Cosine => sc!(Cosine::new()),
		};
		let estimator = KNNRegressor::fit(v.train.clone(), &y, p).unwrap();
		let ours = v.model(estimator.clone());
		let mut worst = Worst::default();
		let mut rel_err = 0f64;
		let mut ties = 0;
		for (i, pr) in pred.iter().enumerate() {
			if boundary_tie(&v.train, &v.seen[i], p.distance, k) {
				ties += 1;
				continue;
			}
			let (out, ex) = ours.predict_explained(&v.queries[i]).unwrap();
			let val = out.value().unwrap();
			assert_eq!(estimator.predict(&v.seen[i]), Ok(val));
			let Explanation::Neighbours(n) = ex else { panic!() };
			// Targets rounded to Q32.32 (2^-33), the average rounded once (2^-33), and
			// weights with relative error ρ moving it by at most 2ρ × the targets' spread.
			let targets: Vec<f64> = n
				.iter()
				.map(|nb| match nb.target {
					Target::Value(t) => to_f64(t),
					Target::Class(_) => panic!(),
				})
				.collect();
			let spread = targets.iter().cloned().fold(f64::MIN, f64::max)
				- targets.iter().cloned().fold(f64::MAX, f64::min);
			let bound = 2.0 * HALF_ULP + 2.0 * weight_error(&n, p, v, i) * spread;
			worst.add((to_f64(val) - pr).abs(), bound);
			rel_err = rel_err.max(rel(to_f64(val), *pr));
		}
		rows.push(Row {
			dataset: s.name.into(),
			algorithm: format!("{}KNNRegressor {name}", v.prefix),
			n_test: s.test_x.len(),
			ties: Some(ties),
			max_rel_err: Some(rel_err),
			max_abs_err: Some(worst.err),
			max_bound: Some(worst.bound),
			max_ratio: Some(worst.ratio),
			asserted: true,
			..Default::default()
		});
	}
	let m = ScLinear::fit(&sx, &s.train_y, LinearRegressionParameters::default()).unwrap();
	let pred: Vec<f64> = m.predict(&tx).unwrap();
	let coef = m.coefficients();
	let (p, _) = coef.shape();
	let c: Vec<f64> = (0..p).map(|j| *coef.get((j, 0))).collect();
	let ours = v.model(
		LinearRegression::new(slice_to_fixed(&c).unwrap(), to_fixed(*m.intercept()).unwrap())
			.unwrap(),
	);
	let mut worst = Worst::default();
	let mut rel_err = 0f64;
	for (i, pr) in pred.iter().enumerate() {
		let val = ours.predict(&v.queries[i]).unwrap().value().unwrap();
		// The score's quantisation bound, then one rounding.
		let bound = score_bound(&c, &v.sc_test[i], &v.seen_err[i]) + HALF_ULP;
		worst.add((to_f64(val) - pr).abs(), bound);
		rel_err = rel_err.max(rel(to_f64(val), *pr));
	}
	rows.push(Row {
		dataset: s.name.into(),
		algorithm: format!("{}LinearRegression ({p} features)", v.prefix),
		n_test: s.test_x.len(),
		max_rel_err: Some(rel_err),
		max_abs_err: Some(worst.err),
		max_bound: Some(worst.bound),
		max_ratio: Some(worst.ratio),
		asserted: true,
		..Default::default()
	});
}

/// Our scaler's transform of the test rows against smartcore's, each value within
/// [`scaler_bound`].
fn scaler_row(s: &Split, v: &View, rows: &mut Vec<Row>) {
	let stds: Vec<f64> = v.scaler.as_ref().unwrap().stds().iter().map(|s| to_f64(*s)).collect();
	let mut worst = Worst::default();
	for (ours, theirs) in v.seen.iter().zip(&v.sc_test) {
		for ((a, b), sd) in ours.iter().zip(theirs).zip(&stds) {
			worst.add((to_f64(*a) - b).abs(), scaler_bound(*b, *sd));
		}
	}
	rows.push(Row {
		dataset: s.name.into(),
		algorithm: "StandardScaler (fit + transform)".into(),
		n_test: s.test_x.len(),
		max_abs_err: Some(worst.err),
		max_bound: Some(worst.bound),
		max_ratio: Some(worst.ratio),
		asserted: true,
		..Default::default()
	});
}

#[test]
fn parity_with_smartcore() {
	let (iris, breast, digits, diabetes) = datasets();
	assert_eq!(digits.train_x.len(), 1437);
	let mut rows = vec![];
	for s in [&iris, &breast, &digits] {
		let v = View::raw(s);
		knn_classifier_rows(s, &v, &mut rows);
		logistic_row(s, &v, &mut rows);
	}
	regression_rows(&diabetes, &View::raw(&diabetes), &mut rows);
	// Pipelines (`agora-node recommender train --scale`): breast_cancer's features span five
	// orders of magnitude, diabetes's are already centred.
	let (breast_z, diabetes_z) = (View::scaled(&breast), View::scaled(&diabetes));
	scaler_row(&breast, &breast_z, &mut rows);
	scaler_row(&diabetes, &diabetes_z, &mut rows);
	knn_classifier_rows(&breast, &breast_z, &mut rows);
	logistic_row(&breast, &breast_z, &mut rows);
	regression_rows(&diabetes, &diabetes_z, &mut rows);

	let md = markdown(&rows);
	println!("{md}");
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/PARITY.md");
	if std::env::var("AGORA_WRITE_PARITY").as_deref() == Ok("1") {
		std::fs::write(path, &md).unwrap();
	}
	for r in rows.iter().filter(|r| r.asserted) {
		let what = format!("{} {}", r.dataset, r.algorithm);
		if let Some(a) = r.agreement() {
			assert!(a >= MIN_AGREEMENT, "{what}: agreement {a}");
		}
		if let Some(t) = r.ties {
			assert!(
				t as f64 <= MAX_TIE_SHARE * r.n_test as f64,
				"{what}: {t} of {} test rows skipped for k-boundary ties",
				r.n_test
			);
		}
		let ratio = r.max_ratio.unwrap();
		assert!(ratio <= BOUND_FACTOR, "{what}: error {ratio} × its bound");
	}
	// PARITY.md holds exactly this run's figures, from a release build (the profile CI tests
	// with): smartcore's f64 training comes out slightly differently in an unoptimised build
	// (logistic regression's probabilities: 3.5e-8 against 7.8e-9), so a debug run checks the
	// assertions above but not the file.
	let on_disk = std::fs::read_to_string(path).unwrap_or_default();
	if cfg!(debug_assertions) {
		if on_disk != md {
			eprintln!("PARITY.md differs from this debug run (it holds the release figures)");
		}
	} else {
		assert!(
			on_disk == md,
			"PARITY.md is stale: regenerate it with AGORA_WRITE_PARITY=1 cargo test --release \
			 --workspace --test parity"
		);
	}
}

/// The largest value of `f` over the asserted rows whose algorithm starts with `prefix`.
fn max_of(rows: &[Row], prefix: &str, f: impl Fn(&Row) -> Option<f64>) -> f64 {
	rows.iter()
		.filter(|r| r.asserted && r.algorithm.starts_with(prefix))
		.filter_map(f)
		.fold(0.0, f64::max)
}

/// PARITY.md: the method, the headline figures (quoted in the README) and the table.
fn markdown(rows: &[Row]) -> String {
	let mut md = String::new();
	md.push_str("# Parity of agora-recommender with smartcore 0.7\n\n");
	md.push_str(
		"Generated by `tests/parity.rs`, which fails if this file differs from its run \
		 (`AGORA_WRITE_PARITY=1 cargo test --release --workspace --test parity` rewrites it, from a release build). \
		 Hold-out: every 5th row (index % 5 == 0) is the test set; the rest is the training set. \
		 smartcore runs in f64 (datasets are f32, widened), k-NN with its exact \
		 `LinearSearch`; our models get the same data and smartcore's fitted coefficients \
		 rounded to Q32.32. Every k-NN metric and weighting the CLI offers (Euclidian, \
		 Manhattan, Cosine × Uniform, Distance) is run for the classifier and the regressor.\n\n",
	);
	md.push_str(&format!(
		"Asserted: class agreement ≥ {:.0}%; every compared probability or regression output \
		 within {BOUND_FACTOR} × its row's fixed-point bound (absolute), derived from the \
		 crate's documented rounding: 2^-33 per value rounded to Q32.32 (inputs, samples, \
		 coefficients, targets) and per final rounding, 2^-32 for sigmoid/softmax; for \
		 distance weights, how far that input rounding can move the nearest neighbour's \
		 distance relative to it (plus the crate's 2^-56 precision of 1/d); for a logistic \
		 probability p, p (1 − p) × the score's bound (twice that for softmax; logistic probabilities are compared with the \
		 f64 sigmoid/softmax of smartcore's coefficients, as smartcore 0.7 has no \
		 `predict_proba` for logistic regression). The `bound` column is the largest bound of a \
		 compared row, `error / bound` the largest ratio (≤ {BOUND_FACTOR} asserted). Scaler \
		 outputs: each standardised value z of a column of standard deviation s within \
		 2^-33 + (3 × 2^-33 + |z| × 2^-32) / s of smartcore's (input, mean and standard \
		 deviation rounded, then the result). Pipelines (`StandardScaler + …` rows, what \
		 `agora-node recommender train --scale` stores): smartcore's scaler then estimator \
		 against our `Model::Scaled`, which standardises each raw query itself; the \
		 estimator's bound is derived as above with each input's error the measured \
		 difference between the two scalers' outputs (itself asserted by the scaler rows) \
		 instead of 2^-33. `k-boundary ties` \
		 counts test rows whose k-th and (k+1)-th nearest samples are equally far (on the \
		 exact ranking key for Euclidian and Manhattan, on the distance rounded to Q32.32 for \
		 Cosine, which also counts near-ties): the neighbour set is then not unique \
		 (smartcore's heap keeps an arbitrary one of the tied samples, this crate the lowest \
		 sample index), so labels are compared on them but probabilities / regression \
		 outputs are not; at most {:.0}% of a row's test rows may be skipped so (asserted). \
		 The `max output error` column is relative (|a−b| / max(|b|, 1)) for regressors and \
		 absolute for the scaler. Rows marked `info` are not asserted.\n\n",
		MIN_AGREEMENT * 100.0,
		MAX_TIE_SHARE * 100.0,
	));
	let skipped: usize = rows.iter().filter(|r| r.asserted).filter_map(|r| r.ties).sum();
	let compared: usize =
		rows.iter().filter(|r| r.asserted && r.ties.is_some()).map(|r| r.n_test).sum();
	md.push_str("## Headline figures (quoted in the README)\n\n");
	md.push_str(&format!(
		"- k-NN classifier probabilities: max error {:.2e}\n\
		 - logistic-regression probabilities: max error {:.2e}\n\
		 - k-NN regressor outputs: max relative error {:.2e}\n\
		 - linear-regression outputs: max relative error {:.2e}\n\
		 - largest error / bound ratio of any asserted row: {:.3} (asserted ≤ {BOUND_FACTOR})\n\
		 - scaler and scaled pipelines: largest error / bound ratio {:.3}\n\
		 - k-NN test queries skipped for k-boundary ties: {skipped} of {compared}\n\n",
		max_of(rows, "KNNClassifier", |r| r.max_proba_err),
		max_of(rows, "LogisticRegression", |r| r.max_proba_err),
		max_of(rows, "KNNRegressor", |r| r.max_rel_err),
		max_of(rows, "LinearRegression", |r| r.max_rel_err),
		rows.iter().filter(|r| r.asserted).filter_map(|r| r.max_ratio).fold(0.0, f64::max),
		max_of(rows, "StandardScaler", |r| r.max_ratio),
	));
	md.push_str(
		"| dataset | algorithm | test rows | class agreement | k-boundary ties | max proba error | max output error | bound | error / bound | asserted |\n",
	);
	md.push_str("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
	for r in rows {
		md.push_str(&r.markdown());
		md.push('\n');
	}
	md
}

#[test]
fn fixed_inputs_round_trip_dataset_values() {
	// Every dataset value converts and is within half a resolution step.
	let (iris, breast, digits, diabetes) = datasets();
	for s in [iris, breast, digits, diabetes] {
		for v in s.train_x.iter().flatten() {
			let f: Fixed = to_fixed(*v).unwrap();
			assert!((to_f64(f) - v).abs() <= 1.2e-10);
		}
	}
}
