//! Fixed-point `agora-recommender` predict vs smartcore 0.7 (f64) predict, same model and data.
//!
//! * KNN classifier: 1,000 synthetic samples × 16 features (deterministic LCG data, 4 classes),
//!   k = 5, Euclidean, uniform weights; a batch of 100 queries per iteration. smartcore is
//!   measured with `LinearSearch` (the same exact algorithm) and with its default `CoverTree`.
//! * Logistic regression: breast_cancer (569 rows × 30 features), binary; smartcore fits, both
//!   predict all 569 rows per iteration.
//!
//! Run: `cargo bench -p agora-benchmarks --bench recommender -- --warm-up-time 1 --measurement-time 3`

use agora_recommender::float::{matrix_from_rows, slice_to_fixed};
use agora_recommender::{Fixed, KNNClassifier, KNNParameters, LogisticRegression};
use criterion::{criterion_group, criterion_main, Criterion};
use smartcore::algorithm::neighbour::KNNAlgorithmName;
use smartcore::linalg::basic::arrays::Array;
use smartcore::linalg::basic::matrix::DenseMatrix;
use smartcore::linear::logistic_regression::{
	LogisticRegression as ScLogistic, LogisticRegressionParameters,
};
use smartcore::neighbors::knn_classifier::{
	KNNClassifier as ScKnn, KNNClassifierParameters as ScKnnParams,
};
use std::hint::black_box;

/// Deterministic pseudo-random values in [-10, 10) with 1/1024 resolution.
struct Lcg(u64);
impl Lcg {
	fn next(&mut self) -> f64 {
		self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
		((self.0 >> 33) % 20480) as f64 / 1024.0 - 10.0
	}
}

fn synthetic(n: usize, d: usize, seed: u64) -> (Vec<Vec<f64>>, Vec<u32>) {
	let mut r = Lcg(seed);
	let x: Vec<Vec<f64>> = (0..n).map(|_| (0..d).map(|_| r.next()).collect()).collect();
	let y = x.iter().map(|row| ((row[0] > 0.0) as u32) * 2 + (row[1] > 0.0) as u32).collect();
	(x, y)
}

fn knn(c: &mut Criterion) {
	let (x, y) = synthetic(1000, 16, 42);
	let (q, _) = synthetic(100, 16, 7);
	let sx = DenseMatrix::from_2d_vec(&x).unwrap();
	let sq = DenseMatrix::from_2d_vec(&q).unwrap();
	let linear = ScKnn::fit(
		&sx,
		&y,
		ScKnnParams::default().with_k(5).with_algorithm(KNNAlgorithmName::LinearSearch),
	)
	.unwrap();
	let cover = ScKnn::fit(&sx, &y, ScKnnParams::default().with_k(5)).unwrap();
	let ours =
		KNNClassifier::fit(matrix_from_rows(&x).unwrap(), &y, KNNParameters::default().with_k(5))
			.unwrap();
	let fq: Vec<Vec<Fixed>> = q.iter().map(|r| slice_to_fixed(r).unwrap()).collect();

	// Same answers before timing anything.
	let expect: Vec<u32> = linear.predict(&sq).unwrap();
	let got: Vec<u32> = fq.iter().map(|r| ours.predict(r).unwrap()).collect();
	assert_eq!(expect, got);

	let mut g = c.benchmark_group("knn_classifier_1000x16_k5_100_queries");
	g.bench_function("fixed_point", |b| {
		b.iter(|| {
			for r in &fq {
				black_box(ours.predict(black_box(r)).unwrap());
			}
		})
	});
	g.bench_function("smartcore_linear_search", |b| {
		b.iter(|| black_box(linear.predict(black_box(&sq)).unwrap()))
	});
	g.bench_function("smartcore_cover_tree", |b| {
		b.iter(|| black_box(cover.predict(black_box(&sq)).unwrap()))
	});
	g.finish();
}

fn logistic(c: &mut Criterion) {
	let ds = smartcore::dataset::breast_cancer::load_dataset();
	let x: Vec<Vec<f64>> = (0..ds.num_samples)
		.map(|i| {
			ds.data[i * ds.num_features..(i + 1) * ds.num_features]
				.iter()
				.map(|v| *v as f64)
				.collect()
		})
		.collect();
	let y: Vec<u32> = ds.target.iter().map(|v| *v as u32).collect();
	let sx = DenseMatrix::from_2d_vec(&x).unwrap();
	let sc = ScLogistic::fit(&sx, &y, LogisticRegressionParameters::default()).unwrap();
	let coef = sc.coefficients();
	let w: Vec<f64> = (0..ds.num_features).map(|j| *coef.get((0, j))).collect();
	let ours = LogisticRegression::new(
		ds.num_features as u32,
		slice_to_fixed(&w).unwrap(),
		slice_to_fixed(&[*sc.intercept().get((0, 0))]).unwrap(),
		sc.classes().clone(),
	)
	.unwrap();
	let fx: Vec<Vec<Fixed>> = x.iter().map(|r| slice_to_fixed(r).unwrap()).collect();
	let expect: Vec<u32> = sc.predict(&sx).unwrap();
	let got: Vec<u32> = fx.iter().map(|r| ours.predict(r).unwrap()).collect();
	assert_eq!(expect, got);

	let mut g = c.benchmark_group("logistic_breast_cancer_30f_569_rows");
	g.bench_function("fixed_point", |b| {
		b.iter(|| {
			for r in &fx {
				black_box(ours.predict(black_box(r)).unwrap());
			}
		})
	});
	g.bench_function("fixed_point_with_proba", |b| {
		b.iter(|| {
			for r in &fx {
				black_box(ours.predict_proba(black_box(r)).unwrap());
			}
		})
	});
	g.bench_function("smartcore", |b| b.iter(|| black_box(sc.predict(black_box(&sx)).unwrap())));
	g.finish();
}

criterion_group!(benches, knn, logistic);
criterion_main!(benches);
