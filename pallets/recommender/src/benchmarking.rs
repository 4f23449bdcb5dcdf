//! Benchmarks of the recommender pallet.
//!
//! Storing a model (`upload_model`, `replace_model`) is benchmarked with `c` fixed-point cells
//! of a k-NN classifier of `c / MAX_FEATURES` samples with `MAX_FEATURES` features (the largest
//! encoding per cell).
//!
//! Evaluating one is benchmarked for every estimator kind, every distance metric and both
//! extreme shapes, at the costliest query (see [`Pallet::evaluation_weight`] for how the
//! results combine):
//! - `recommend_{classifier,regressor}_{euclidian,manhattan,cosine}_thin(r)`: a k-NN model of
//!   `r` rows × 2 features (the per-row cost: for the cosine distance a square root and a
//!   division per row);
//! - `recommend_{classifier,regressor}_{euclidian,manhattan,cosine}_wide(c)`: a k-NN model of
//!   `c / MAX_FEATURES` rows × `MAX_FEATURES` features (the per-cell cost);
//! - `recommend_linear(c)` and `recommend_logistic(c)` (`MAX_CLASSES` classes, multinomial);
//! - `standardise(f)`: a pipeline's `StandardScaler` transforming a query of `f` features
//!   (one 128-bit division per feature, at the dividend sizes that take the long path).
//!
//! Every k-NN model has `k = min(MAX_K, rows)`, distance weights (an inverse per neighbour),
//! `MAX_CLASSES` classes for classifiers, and its rows ordered by decreasing distance to the
//! query, so that every row enters the top k and shifts it (the costliest order).

use super::*;
use agora_primitives::recommender::{
	Distance, Explanation, KNNClassifier, KNNParameters, KNNRegressor, KNNWeightFunction,
	LinearRegression, LogisticRegression, Matrix, StandardScaler, StandardScalerParameters,
	MAX_CLASSES, MAX_COEFFICIENTS, MAX_K, MAX_SAMPLES,
};
use frame_benchmarking::v2::*;
use sp_runtime::Perbill;

/// A k-NN classifier of `cells / MAX_FEATURES` samples (at least one) × `MAX_FEATURES`
/// features, with two classes.
fn knn_model(cells: u32) -> Model {
	let n_samples = (cells / MAX_FEATURES).max(1);
	let data: Vec<Fixed> = (0..n_samples * MAX_FEATURES)
		.map(|i| Fixed::from_int(((i * 7919) % 1000) as i32))
		.collect();
	let labels: Vec<u32> = (0..n_samples).map(|i| i % 2).collect();
	let x = Matrix::new(MAX_FEATURES, data).expect("within bounds");
	let k = n_samples.min(5);
	KNNClassifier::fit(x, &labels, KNNParameters::default().with_k(k)).expect("valid").into()
}

/// Features of a thin benchmark model: two, the fewest that let the cosine distance order
/// every row differently.
const THIN: u32 = 2;

/// Samples of `rows` rows × `n_features` features whose distance to [`worst_query`] strictly
/// decreases with the row index, for every metric: row `i` is `(i + 1, rows − i, 1, 1, …)`
/// and the query `(rows + 1, 0, 1, 1, …)`. The Euclidean distance is `√2 (rows − i)`, the
/// Manhattan one `2 (rows − i)`, and the cosine distance shrinks with the angle between
/// `(i + 1, rows − i)` and the first axis.
fn worst_samples(rows: u32, n_features: u32) -> Matrix {
	let rows = rows.max(1);
	let mut data = Vec::with_capacity((rows * n_features) as usize);
	for i in 0..rows {
		data.push(Fixed::from_int(i as i32 + 1));
		if n_features > 1 {
			data.push(Fixed::from_int((rows - i) as i32));
		}
		data.extend((2..n_features).map(|_| Fixed::ONE));
	}
	Matrix::new(n_features, data).expect("within bounds")
}

/// The query every row of [`worst_samples`] is closer to than the previous one.
fn worst_query(rows: u32, n_features: u32) -> Vec<Fixed> {
	(0..n_features)
		.map(|j| match j {
			0 => Fixed::from_int(rows.max(1) as i32 + 1),
			1 => Fixed::ZERO,
			_ => Fixed::ONE,
		})
		.collect()
}

/// Checks that the costliest order was benchmarked: the last row is the nearest neighbour.
fn assert_last_row_nearest(result: &Result<Recommendation, RecommendError>, rows: u32) {
	let nearest = match result {
		Ok(Recommendation { explanation: Explanation::Neighbours(n), .. }) => {
			n.first().map(|n| n.index)
		},
		_ => None,
	};
	assert_eq!(nearest, Some(rows.max(1) - 1), "the last row is the nearest");
}

/// The costliest k-NN parameters for `rows` rows and `distance`.
fn worst_parameters(rows: u32, distance: Distance) -> KNNParameters {
	KNNParameters::default()
		.with_k(rows.max(1).min(MAX_K))
		.with_distance(distance)
		.with_weight(KNNWeightFunction::Distance)
}

/// A k-NN classifier (`MAX_CLASSES` classes) or regressor of `rows` × `n_features`, the
/// costliest to query with [`worst_query`].
fn worst_knn(classifier: bool, rows: u32, n_features: u32, distance: Distance) -> Model {
	let x = worst_samples(rows, n_features);
	let p = worst_parameters(rows, distance);
	let rows = rows.max(1);
	if classifier {
		let labels: Vec<u32> = (0..rows).map(|i| i % MAX_CLASSES).collect();
		KNNClassifier::fit(x, &labels, p).expect("valid").into()
	} else {
		let targets: Vec<Fixed> = (0..rows).map(|i| Fixed::from_int(i as i32)).collect();
		KNNRegressor::fit(x, &targets, p).expect("valid").into()
	}
}

/// Uploads `model` (with as many feature names as it has features) as the next id.
fn setup_model<T: Config>(model: Model) -> Result<ModelId, BenchmarkError> {
	let n_features = model.n_features();
	let author: T::AccountId = account("author", 0, 0);
	let metrics = if ModelKind::of(&model).is_classifier() {
		metrics()
	} else {
		TrainingMetrics { accuracy: None, r2: Some(Fixed::HALF), ..metrics() }
	};
	Pallet::<T>::upload_model(
		model_origin::<T>()?,
		name::<T>(),
		feature_names_n::<T>(n_features),
		Box::new(model),
		metrics,
		author,
	)
	.map_err(|_| BenchmarkError::Stop("setup upload failed"))?;
	Ok(NextModelId::<T>::get().saturating_sub(1))
}

fn feature_names<T: Config>() -> FeatureNamesOf<T> {
	feature_names_n::<T>(MAX_FEATURES)
}

fn feature_names_n<T: Config>(n: u32) -> FeatureNamesOf<T> {
	let names: Vec<NameOf<T>> = (0..n)
		.map(|i| {
			let mut n = b"f".to_vec();
			n.extend_from_slice(&i.to_le_bytes());
			n.truncate(T::MaxNameLen::get() as usize);
			n.try_into().expect("truncated to the bound")
		})
		.collect();
	names.try_into().expect("at most MAX_FEATURES names")
}

fn metrics() -> TrainingMetrics {
	TrainingMetrics {
		n_train: 1000,
		n_test: 200,
		accuracy: Some(Perbill::from_percent(90)),
		r2: None,
	}
}

fn name<T: Config>() -> NameOf<T> {
	let mut n = b"benchmark model".to_vec();
	n.truncate(T::MaxNameLen::get() as usize);
	n.try_into().expect("truncated to the bound")
}

fn model_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ModelOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Uploads a model of `cells` cells as id 0.
fn setup<T: Config>(cells: u32) -> Result<ModelId, BenchmarkError> {
	let author: T::AccountId = account("author", 0, 0);
	Pallet::<T>::upload_model(
		model_origin::<T>()?,
		name::<T>(),
		feature_names::<T>(),
		Box::new(knn_model(cells)),
		metrics(),
		author,
	)
	.map_err(|_| BenchmarkError::Stop("setup upload failed"))?;
	Ok(NextModelId::<T>::get().saturating_sub(1))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn upload_model(c: Linear<MAX_FEATURES, MAX_CELLS>) -> Result<(), BenchmarkError> {
		let origin = model_origin::<T>()?;
		let model = knn_model(c);
		let author: T::AccountId = account("author", 0, 0);

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			name::<T>(),
			feature_names::<T>(),
			Box::new(model),
			metrics(),
			author,
		);

		assert_eq!(ActiveModels::<T>::get(), 1);
		Ok(())
	}

	#[benchmark]
	fn replace_model(c: Linear<MAX_FEATURES, MAX_CELLS>) -> Result<(), BenchmarkError> {
		let id = setup::<T>(MAX_CELLS)?;
		let origin = model_origin::<T>()?;
		let model = knn_model(c);
		let author: T::AccountId = account("author", 1, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, feature_names::<T>(), Box::new(model), metrics(), author);

		assert_eq!(Models::<T>::get(id).map(|i| i.version), Some(2));
		Ok(())
	}

	#[benchmark]
	fn retire_model() -> Result<(), BenchmarkError> {
		let id = setup::<T>(MAX_CELLS)?;
		let origin = model_origin::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(ModelData::<T>::get(id).is_none());
		Ok(())
	}

	/// An explained k-NN classifier prediction, euclidian distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_classifier_euclidian_thin(
		r: Linear<1, MAX_SAMPLES>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, r, THIN, Distance::Euclidian);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN classifier prediction, euclidian distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_classifier_euclidian_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, c / MAX_FEATURES, MAX_FEATURES, Distance::Euclidian);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained k-NN classifier prediction, manhattan distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_classifier_manhattan_thin(
		r: Linear<1, MAX_SAMPLES>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, r, THIN, Distance::Manhattan);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN classifier prediction, manhattan distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_classifier_manhattan_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, c / MAX_FEATURES, MAX_FEATURES, Distance::Manhattan);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained k-NN classifier prediction, cosine distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_classifier_cosine_thin(r: Linear<1, MAX_SAMPLES>) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, r, THIN, Distance::Cosine);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN classifier prediction, cosine distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_classifier_cosine_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(true, c / MAX_FEATURES, MAX_FEATURES, Distance::Cosine);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained k-NN regressor prediction, euclidian distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_regressor_euclidian_thin(r: Linear<1, MAX_SAMPLES>) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, r, THIN, Distance::Euclidian);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN regressor prediction, euclidian distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_regressor_euclidian_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, c / MAX_FEATURES, MAX_FEATURES, Distance::Euclidian);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained k-NN regressor prediction, manhattan distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_regressor_manhattan_thin(r: Linear<1, MAX_SAMPLES>) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, r, THIN, Distance::Manhattan);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN regressor prediction, manhattan distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_regressor_manhattan_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, c / MAX_FEATURES, MAX_FEATURES, Distance::Manhattan);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained k-NN regressor prediction, cosine distance, `r` rows × 2 features.
	#[benchmark]
	fn recommend_regressor_cosine_thin(r: Linear<1, MAX_SAMPLES>) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, r, THIN, Distance::Cosine);
		let query = worst_query(r, THIN);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, r);
		Ok(())
	}

	/// An explained k-NN regressor prediction, cosine distance, `c / MAX_FEATURES` rows ×
	/// `MAX_FEATURES` features.
	#[benchmark]
	fn recommend_regressor_cosine_wide(
		c: Linear<MAX_FEATURES, MAX_CELLS>,
	) -> Result<(), BenchmarkError> {
		let model = worst_knn(false, c / MAX_FEATURES, MAX_FEATURES, Distance::Cosine);
		let query = worst_query(c / MAX_FEATURES, MAX_FEATURES);
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert_last_row_nearest(&result, c / MAX_FEATURES);
		Ok(())
	}

	/// An explained linear-regression prediction with `c` coefficients.
	#[benchmark]
	fn recommend_linear(c: Linear<1, MAX_FEATURES>) -> Result<(), BenchmarkError> {
		let coefficients: Vec<Fixed> = (0..c).map(|j| Fixed::from_int(j as i32 - 7)).collect();
		let model = LinearRegression::new(coefficients, Fixed::ONE).expect("valid").into();
		let query: Vec<Fixed> = (0..c).map(|j| Fixed::from_int(j as i32)).collect();
		let query = query;
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert!(result.is_ok());
		Ok(())
	}

	/// An explained multinomial logistic-regression prediction with `MAX_CLASSES` classes and
	/// `c / MAX_CLASSES` features (`c` coefficients).
	#[benchmark]
	fn recommend_logistic(c: Linear<MAX_CLASSES, MAX_COEFFICIENTS>) -> Result<(), BenchmarkError> {
		let n_features = (c / MAX_CLASSES).max(1);
		let coefficients: Vec<Fixed> = (0..MAX_CLASSES * n_features)
			.map(|j| Fixed::from_rational(i64::from(j % 13) - 6, 10).expect("small"))
			.collect();
		let intercept: Vec<Fixed> = (0..MAX_CLASSES).map(|i| Fixed::from_int(i as i32)).collect();
		let model = LogisticRegression::new(
			n_features,
			coefficients,
			intercept,
			(0..MAX_CLASSES).collect(),
		)
		.expect("valid")
		.into();
		let query: Vec<Fixed> = (0..n_features).map(|j| Fixed::from_int((j % 5) as i32)).collect();
		let query = query;
		let id = setup_model::<T>(model)?;
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert!(result.is_ok());
		Ok(())
	}

	/// A pipeline's scaler standardising a query of `f` features: means 0, standard
	/// deviations just above 1 and values near 2^30, so that every division has a 94-bit
	/// dividend and a quotient near the top of Q32.32 (the slowest path of the 128-bit
	/// division, short of an overflow).
	#[benchmark]
	fn standardise(f: Linear<1, MAX_FEATURES>) -> Result<(), BenchmarkError> {
		let scaler = StandardScaler::from_parts(
			(0..f).map(|_| Fixed::ZERO).collect(),
			(0..f).map(|j| Fixed::from_bits((1 << 32) + 2 * i64::from(j) + 1)).collect(),
			StandardScalerParameters::default(),
		)
		.map_err(|_| BenchmarkError::Stop("scaler"))?;
		let query: Vec<Fixed> = (0..f).map(|j| Fixed::from_int((1 << 30) - 1 - j as i32)).collect();
		let result;

		#[block]
		{
			result = scaler.transform(&query);
		}

		assert!(result.is_ok());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
