//! Unit tests of the recommender pallet: every call, every error, the `Recommend` trait and the
//! invariants.

use crate::{mock::*, *};
use agora_primitives::recommender::{
	Estimator, Explanation, KNNClassifier, KNNParameters, LinearRegression, LogisticRegression,
	Matrix, Output, Target,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_runtime::{DispatchError, Perbill};

fn f(n: i32) -> Fixed {
	Fixed::from_int(n)
}

fn name(s: &str) -> NameOf<Test> {
	s.as_bytes().to_vec().try_into().unwrap()
}

fn features(names: &[&str]) -> FeatureNamesOf<Test> {
	names.iter().map(|n| name(n)).collect::<Vec<_>>().try_into().unwrap()
}

/// Two clusters in the plane: label 0 near the origin, label 1 near (10, 10).
fn knn() -> Model {
	let x =
		Matrix::from_rows(&[[f(0), f(0)], [f(0), f(1)], [f(10), f(10)], [f(10), f(11)]]).unwrap();
	KNNClassifier::fit(x, &[0, 0, 1, 1], KNNParameters::default().with_k(3)).unwrap().into()
}

/// P(label 1) = sigmoid(x0 - x1).
fn logistic() -> Model {
	LogisticRegression::new(2, vec![f(1), f(-1)], vec![f(0)], vec![0, 1]).unwrap().into()
}

fn linear() -> Model {
	LinearRegression::new(vec![f(2), f(3)], f(1)).unwrap().into()
}

fn accuracy(pct: u32) -> TrainingMetrics {
	TrainingMetrics {
		n_train: 80,
		n_test: 20,
		accuracy: Some(Perbill::from_percent(pct)),
		r2: None,
	}
}

fn r2() -> TrainingMetrics {
	TrainingMetrics {
		n_train: 80,
		n_test: 20,
		accuracy: None,
		r2: Some(Fixed::from_rational(9, 10).unwrap()),
	}
}

fn upload(model: Model, metrics: TrainingMetrics) -> ModelId {
	let id = NextModelId::<Test>::get();
	assert_ok!(Recommender::upload_model(
		RuntimeOrigin::root(),
		name("model"),
		features(&["x0", "x1"]),
		Box::new(model),
		metrics,
		7,
	));
	id
}

#[test]
fn upload_stores_the_model_and_emits_an_event() {
	run(|| {
		let id = upload(knn(), accuracy(95));
		assert_eq!(id, 0);
		let info = Models::<Test>::get(id).unwrap();
		assert_eq!(info.kind, ModelKind::KnnClassifier);
		assert_eq!(info.version, 1);
		assert_eq!(info.n_cells, 8);
		assert_eq!(info.author, 7);
		assert_eq!(info.status, ModelStatus::Active);
		assert_eq!(info.created_at, 1);
		assert_eq!(info.feature_names, features(&["x0", "x1"]));
		assert_eq!(ModelData::<Test>::get(id), Some(knn()));
		assert_eq!(NextModelId::<Test>::get(), 1);
		assert_eq!(ActiveModels::<Test>::get(), 1);
		System::assert_last_event(
			Event::ModelUploaded { id: 0, kind: ModelKind::KnnClassifier, n_cells: 8, author: 7 }
				.into(),
		);
	});
}

#[test]
fn only_the_model_origin_uploads_replaces_and_retires() {
	run(|| {
		let signed = RuntimeOrigin::signed(7);
		assert_noop!(
			Recommender::upload_model(
				signed.clone(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			DispatchError::BadOrigin
		);
		let id = upload(knn(), accuracy(90));
		assert_noop!(
			Recommender::replace_model(
				signed.clone(),
				id,
				features(&["x0", "x1"]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			DispatchError::BadOrigin
		);
		assert_noop!(Recommender::retire_model(signed, id), DispatchError::BadOrigin);
	});
}

#[test]
fn upload_rejects_bad_input_and_changes_nothing() {
	run(|| {
		let root = || RuntimeOrigin::root();
		// Feature names must match the model's feature count.
		assert_noop!(
			Recommender::upload_model(
				root(),
				name("m"),
				features(&["x0"]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			Error::<Test>::FeatureNamesMismatch
		);
		// No empty names.
		assert_noop!(
			Recommender::upload_model(
				root(),
				name(""),
				features(&["x0", "x1"]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			Error::<Test>::EmptyName
		);
		assert_noop!(
			Recommender::upload_model(
				root(),
				name("m"),
				features(&["x0", ""]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			Error::<Test>::EmptyName
		);
		// R² for a classifier, accuracy for a regressor.
		assert_noop!(
			Recommender::upload_model(
				root(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(knn()),
				r2(),
				7
			),
			Error::<Test>::InvalidMetrics
		);
		assert_noop!(
			Recommender::upload_model(
				root(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(linear()),
				accuracy(90),
				7
			),
			Error::<Test>::InvalidMetrics
		);
		// A logistic model whose coefficients do not fit its feature count, as a decoded
		// extrinsic could carry it: variant 2, n_features 3, two coefficients.
		let bytes = (2u8, 3u32, vec![f(1), f(1)], vec![f(0)], vec![0u32, 1u32]).encode();
		let broken = Model::decode(&mut &bytes[..]).expect("decodes: the layout is valid SCALE");
		assert_noop!(
			Recommender::upload_model(
				root(),
				name("m"),
				features(&["a", "b", "c"]),
				Box::new(broken),
				accuracy(90),
				7
			),
			Error::<Test>::InvalidModel
		);
	});
}

#[test]
fn upload_rejects_a_knn_model_whose_class_index_is_out_of_range() {
	run(|| {
		// The last sample, far from the all-zero query, points at class 9 of 2: an all-zero
		// query never reaches it, a full validation does.
		let x =
			Matrix::from_rows(&[[f(0), f(0)], [f(0), f(1)], [f(1), f(0)], [f(90), f(90)]]).unwrap();
		let good: Model = KNNClassifier::fit(x, &[0, 1, 0, 1], KNNParameters::default().with_k(3))
			.unwrap()
			.into();
		let mut bytes = good.encode();
		*bytes.last_mut().unwrap() = 9;
		let broken = Model::decode(&mut &bytes[..]).unwrap();
		assert!(broken.predict(&[f(0), f(0)]).is_ok());
		assert_noop!(
			Recommender::upload_model(
				RuntimeOrigin::root(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(broken),
				accuracy(90),
				7
			),
			Error::<Test>::InvalidModel
		);
	});
}

#[test]
fn active_models_are_bounded() {
	run(|| {
		for _ in 0..3 {
			upload(knn(), accuracy(90));
		}
		assert_noop!(
			Recommender::upload_model(
				RuntimeOrigin::root(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(knn()),
				accuracy(90),
				7
			),
			Error::<Test>::TooManyModels
		);
		// Retiring one frees a place.
		assert_ok!(Recommender::retire_model(RuntimeOrigin::root(), 1));
		assert_eq!(upload(knn(), accuracy(90)), 3);
	});
}

#[test]
fn replace_bumps_the_version_and_keeps_kind_and_features() {
	run(|| {
		let id = upload(logistic(), accuracy(80));
		System::set_block_number(5);
		let better = LogisticRegression::new(2, vec![f(2), f(-2)], vec![f(1)], vec![0, 1]).unwrap();
		assert_ok!(Recommender::replace_model(
			RuntimeOrigin::root(),
			id,
			features(&["x0", "x1"]),
			Box::new(better.clone().into()),
			accuracy(85),
			9
		));
		let info = Models::<Test>::get(id).unwrap();
		assert_eq!((info.version, info.author, info.updated_at, info.created_at), (2, 9, 5, 1));
		assert_eq!(info.metrics.accuracy, Some(Perbill::from_percent(85)));
		assert_eq!(ModelData::<Test>::get(id), Some(better.into()));
		System::assert_last_event(
			Event::ModelReplaced { id, version: 2, n_cells: 2, author: 9 }.into(),
		);

		assert_noop!(
			Recommender::replace_model(
				RuntimeOrigin::root(),
				id,
				features(&["x0", "x1"]),
				Box::new(knn()),
				accuracy(90),
				9
			),
			Error::<Test>::KindMismatch
		);
		assert_noop!(
			Recommender::replace_model(
				RuntimeOrigin::root(),
				id,
				features(&["y0", "y1"]),
				Box::new(logistic()),
				accuracy(90),
				9
			),
			Error::<Test>::FeatureNamesChanged
		);
		assert_noop!(
			Recommender::replace_model(
				RuntimeOrigin::root(),
				42,
				features(&["x0", "x1"]),
				Box::new(logistic()),
				accuracy(90),
				9
			),
			Error::<Test>::UnknownModel
		);
		assert_ok!(Recommender::retire_model(RuntimeOrigin::root(), id));
		assert_noop!(
			Recommender::replace_model(
				RuntimeOrigin::root(),
				id,
				features(&["x0", "x1"]),
				Box::new(logistic()),
				accuracy(90),
				9
			),
			Error::<Test>::ModelRetired
		);
	});
}

#[test]
fn retire_removes_parameters_and_stops_answers() {
	run(|| {
		let id = upload(knn(), accuracy(90));
		assert_ok!(Recommender::retire_model(RuntimeOrigin::root(), id));
		System::assert_last_event(Event::ModelRetired { id }.into());
		assert_eq!(Models::<Test>::get(id).unwrap().status, ModelStatus::Retired);
		assert!(ModelData::<Test>::get(id).is_none());
		assert_eq!(ActiveModels::<Test>::get(), 0);
		assert_eq!(
			<Recommender as Recommend>::recommend(id, &[f(0), f(0)]),
			Err(RecommendError::ModelRetired)
		);
		assert_noop!(
			Recommender::retire_model(RuntimeOrigin::root(), id),
			Error::<Test>::ModelRetired
		);
		assert_noop!(
			Recommender::retire_model(RuntimeOrigin::root(), 9),
			Error::<Test>::UnknownModel
		);
	});
}

#[test]
fn knn_recommendation_explains_with_neighbours() {
	run(|| {
		let id = upload(knn(), accuracy(90));
		let r = <Recommender as Recommend>::recommend(id, &[f(9), f(9)]).unwrap();
		assert_eq!((r.model_id, r.model_version), (id, 1));
		assert_eq!(r.output.label(), Some(1));
		// Two of the three nearest are label 1: P(1) = 2/3 is the score.
		assert_eq!(r.score, Fixed::from_rational(2, 3).unwrap());
		let Explanation::Neighbours(n) = r.explanation else {
			panic!("k-NN explains by neighbours")
		};
		assert_eq!(n.len(), 3);
		// The closest is sample 2 at (10, 10), at distance sqrt(2).
		assert_eq!(n[0].index, 2);
		assert_eq!(n[0].target, Target::Class(1));
		assert_eq!(n[0].distance, Fixed::from_int(2).sqrt().unwrap());
	});
}

#[test]
fn logistic_recommendation_explains_with_contributions() {
	run(|| {
		let id = upload(logistic(), accuracy(90));
		let r = <Recommender as Recommend>::recommend(id, &[f(3), f(1)]).unwrap();
		let Output::Class { label, probabilities } = &r.output else { panic!("a classifier") };
		assert_eq!(*label, 1);
		assert_eq!(r.score, probabilities[1]);
		assert_eq!(r.score, f(2).sigmoid());
		let Explanation::Logistic(parts) = r.explanation else {
			panic!("per-feature contributions")
		};
		assert_eq!(parts[0].contributions.to_vec(), vec![f(3), f(-1)]);
		assert_eq!(parts[0].score, f(2));
	});
}

#[test]
fn recommend_rejects_unknown_models_and_bad_queries() {
	run(|| {
		assert_eq!(
			<Recommender as Recommend>::recommend(0, &[f(0), f(0)]),
			Err(RecommendError::UnknownModel)
		);
		let id = upload(linear(), r2());
		assert_eq!(
			<Recommender as Recommend>::recommend(id, &[f(1)]),
			Err(RecommendError::FeatureCountMismatch)
		);
		// 2 * 2^30 + 3 * 2^30 overflows Q32.32: an error, not a wrap or a panic.
		let big = Fixed::from_int(1 << 30);
		assert!(matches!(
			<Recommender as Recommend>::recommend(id, &[big, big]),
			Err(RecommendError::Model(_))
		));
	});
}

#[test]
fn rank_orders_candidates_by_score() {
	run(|| {
		let id = upload(linear(), r2());
		// Scores: 1 + 2a + 3b.
		let candidates = vec![
			("low", vec![f(0), f(0)]),
			("high", vec![f(2), f(2)]),
			("mid", vec![f(1), f(1)]),
			("mid-too", vec![f(1), f(1)]),
		];
		let top = <Recommender as Recommend>::rank(id, &candidates, 3).unwrap();
		let order: Vec<_> = top.iter().map(|r| r.id).collect();
		assert_eq!(order, vec!["high", "mid", "mid-too"]);
		assert_eq!(top[0].recommendation.score, f(11));
	});
}

#[test]
fn recommend_weight_grows_with_the_model() {
	run(|| {
		let small = upload(linear(), r2());
		let large = upload(knn(), accuracy(90));
		assert!(
			<Recommender as Recommend>::recommend_weight(large).ref_time()
				> <Recommender as Recommend>::recommend_weight(small).ref_time()
		);
		// Unknown models are charged as the largest possible.
		assert!(
			<Recommender as Recommend>::recommend_weight(99).ref_time()
				> <Recommender as Recommend>::recommend_weight(large).ref_time()
		);
	});
}

#[test]
fn models_lists_every_model_by_id() {
	run(|| {
		upload(knn(), accuracy(90));
		upload(linear(), r2());
		assert_ok!(Recommender::retire_model(RuntimeOrigin::root(), 0));
		let all = Recommender::models();
		assert_eq!(
			all.iter().map(|(id, i)| (*id, i.status)).collect::<Vec<_>>(),
			vec![(0, ModelStatus::Retired), (1, ModelStatus::Active)]
		);
		// The runtime API's pages: from an id, at most a limit.
		let page = |start, limit| -> Vec<(ModelId, ModelStatus)> {
			Recommender::model_summaries(start, limit).iter().map(|m| (m.id, m.status)).collect()
		};
		assert_eq!(page(0, 100), vec![(0, ModelStatus::Retired), (1, ModelStatus::Active)]);
		assert_eq!(page(1, 100), vec![(1, ModelStatus::Active)]);
		assert_eq!(page(0, 1), vec![(0, ModelStatus::Retired)]);
		assert!(page(2, 100).is_empty());
		assert!(page(u32::MAX, u32::MAX).is_empty());
	});
}

#[test]
fn try_state_detects_broken_invariants() {
	new_test_ext().execute_with(|| {
		let id = upload(knn(), accuracy(90));
		assert_ok!(Recommender::do_try_state());
		ModelData::<Test>::remove(id);
		assert!(Recommender::do_try_state().is_err());
		ModelData::<Test>::insert(id, knn());
		ActiveModels::<Test>::put(2);
		assert!(Recommender::do_try_state().is_err());
		ActiveModels::<Test>::put(1);
		ModelData::<Test>::insert(id, linear());
		assert!(Recommender::do_try_state().is_err());
	});
}

#[test]
fn integrity_test_passes() {
	new_test_ext().execute_with(|| {
		<Recommender as Hooks<u64>>::integrity_test();
	});
}

/// Uploads a k-NN classifier of `rows` samples × `n_features` features with metric `distance`
/// (k = 5, two classes); returns its id.
fn upload_knn_shape(
	rows: u32,
	n_features: u32,
	distance: agora_primitives::recommender::Distance,
) -> ModelId {
	let data: Vec<Fixed> = (0..rows * n_features).map(|i| f((i % 97) as i32 + 1)).collect();
	let x = Matrix::new(n_features, data).unwrap();
	let labels: Vec<u32> = (0..rows).map(|i| i % 2).collect();
	let p = KNNParameters::default().with_k(5).with_distance(distance);
	let model: Model = KNNClassifier::fit(x, &labels, p).unwrap().into();
	let names: Vec<String> = (0..n_features).map(|i| format!("x{i}")).collect();
	let names: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
	let id = NextModelId::<Test>::get();
	assert_ok!(Recommender::upload_model(
		RuntimeOrigin::root(),
		name("shape"),
		features(&names),
		Box::new(model),
		accuracy(90),
		7,
	));
	id
}

#[test]
fn a_thin_cosine_model_is_charged_more_than_a_wide_euclidean_one_of_as_many_cells() {
	use agora_primitives::recommender::Distance;
	run(|| {
		// 2,048 rows × 1 feature and 32 rows × 64 features: 2,048 cells each. The thin model
		// pays a square root and a division per row (cosine) on 64 times as many rows; a
		// per-cell charge alone bills both the same.
		let thin =
			upload_knn_shape(agora_primitives::recommender::MAX_SAMPLES, 1, Distance::Cosine);
		let wide = upload_knn_shape(32, MAX_FEATURES, Distance::Euclidian);
		assert_eq!(Models::<Test>::get(thin).unwrap().n_cells, 2048);
		assert_eq!(Models::<Test>::get(wide).unwrap().n_cells, 2048);
		let charge = |id| <Recommender as Recommend>::recommend_weight(id).ref_time();
		// The thin model's charge covers at least its rows at the per-row cost of the
		// cosine scan, i.e. far more than the wide model's.
		assert!(charge(thin) > 4 * charge(wide), "{} vs {}", charge(thin), charge(wide));
	});
}

#[test]
fn evaluation_weight_covers_every_metric_at_both_extreme_shapes() {
	use crate::weights::WeightInfo as W;
	type B = ();
	let rows = agora_primitives::recommender::MAX_SAMPLES;
	let covers = |charge: Weight, benchmarks: &[Weight]| {
		benchmarks.iter().all(|b| charge.ref_time() >= b.ref_time())
	};
	// Thin (one feature, every row) and wide (every feature, every row) models.
	for (cells, n_features) in [(rows, 1), (MAX_CELLS, MAX_FEATURES)] {
		let r = cells / n_features;
		let c = Recommender::evaluation_weight(ModelKind::KnnClassifier, cells, n_features);
		assert!(covers(
			c,
			&[
				<B as W>::recommend_classifier_euclidian_thin(r),
				<B as W>::recommend_classifier_manhattan_thin(r),
				<B as W>::recommend_classifier_cosine_thin(r),
				<B as W>::recommend_classifier_euclidian_wide(cells),
				<B as W>::recommend_classifier_manhattan_wide(cells),
				<B as W>::recommend_classifier_cosine_wide(cells),
			]
		));
		let c = Recommender::evaluation_weight(ModelKind::KnnRegressor, cells, n_features);
		assert!(covers(
			c,
			&[
				<B as W>::recommend_regressor_euclidian_thin(r),
				<B as W>::recommend_regressor_manhattan_thin(r),
				<B as W>::recommend_regressor_cosine_thin(r),
				<B as W>::recommend_regressor_euclidian_wide(cells),
				<B as W>::recommend_regressor_manhattan_wide(cells),
				<B as W>::recommend_regressor_cosine_wide(cells),
			]
		));
	}
	// The model is read once: the proof size is not doubled.
	let thin = Recommender::evaluation_weight(ModelKind::KnnClassifier, rows, 1);
	assert_eq!(thin.proof_size(), <B as W>::recommend_classifier_cosine_thin(rows).proof_size());
	// An unknown model is charged at least as much as any model.
	let max = Recommender::max_evaluation_weight();
	for (kind, cells, n) in [
		(ModelKind::KnnClassifier, MAX_CELLS, MAX_FEATURES),
		(ModelKind::KnnClassifier, rows, 1),
		(ModelKind::KnnRegressor, MAX_CELLS, MAX_FEATURES),
		(ModelKind::Logistic, agora_primitives::recommender::MAX_COEFFICIENTS, MAX_FEATURES),
		(ModelKind::Linear, MAX_FEATURES, MAX_FEATURES),
	] {
		assert!(max.all_gte(Recommender::evaluation_weight(kind, cells, n)));
	}
}

#[test]
fn rank_decodes_the_model_once_for_all_candidates() {
	run(|| {
		let id = upload(linear(), r2());
		let candidates: Vec<(u32, Vec<Fixed>)> =
			(0..50).map(|i| (i, vec![f(i as i32), f(1)])).collect();
		MODEL_DECODES.with(|n| n.set(0));
		let top = <Recommender as Recommend>::rank(id, &candidates, 3).unwrap();
		assert_eq!(top.iter().map(|r| r.id).collect::<Vec<_>>(), vec![49, 48, 47]);
		assert_eq!(MODEL_DECODES.with(|n| n.get()), 1);
		// The answers are those of one query each.
		assert_eq!(
			top[0].recommendation,
			<Recommender as Recommend>::recommend(id, &candidates[49].1).unwrap()
		);
	});
}

/// Borrowers: (credentials held, days since the first loan); good payers (1) hold many
/// credentials, the days are noise in units that dwarf the counts.
fn borrowers() -> (Matrix, Vec<u32>) {
	let rows = [[0, 400], [1, 2000], [0, 3100], [9, 900], [10, 2500], [8, 3600]];
	let x: Vec<Vec<Fixed>> = rows.iter().map(|r| vec![f(r[0]), f(r[1])]).collect();
	(Matrix::from_rows(&x).unwrap(), vec![0, 0, 0, 1, 1, 1])
}

#[test]
fn a_scaled_pipeline_replaces_a_model_decided_by_its_largest_unit() {
	use agora_primitives::recommender::{Pipeline, StandardScaler, StandardScalerParameters};
	run(|| {
		let (x, y) = borrowers();
		let params = KNNParameters::default().with_k(1);
		let raw = KNNClassifier::fit(x.clone(), &y, params).unwrap();
		let id = upload(raw.into(), accuracy(60));
		// Ten credentials, 2,050 days: in raw units the nearest borrower is the one with one
		// credential and 2,000 days.
		let query = [f(10), f(2050)];
		let r = <Recommender as Recommend>::recommend(id, &query).unwrap();
		assert_eq!(r.output.label(), Some(0));

		let scaler = StandardScaler::fit(&x, Default::default()).unwrap();
		let knn = KNNClassifier::fit(scaler.transform_matrix(&x).unwrap(), &y, params).unwrap();
		let scaled: Model = Pipeline::new(scaler, knn.into()).unwrap().into();
		assert_ok!(Recommender::replace_model(
			RuntimeOrigin::root(),
			id,
			features(&["x0", "x1"]),
			Box::new(scaled.clone()),
			accuracy(95),
			7
		));
		// Same kind; the scaler's mean and deviation per feature count as cells.
		let info = Models::<Test>::get(id).unwrap();
		assert_eq!((info.kind, info.version, info.n_cells), (ModelKind::KnnClassifier, 2, 16));
		assert_eq!(ModelData::<Test>::get(id), Some(scaled));
		let r = <Recommender as Recommend>::recommend(id, &query).unwrap();
		assert_eq!(r.output.label(), Some(1));
		// The neighbour is the borrower with ten credentials, at its standardised distance.
		let Explanation::Neighbours(n) = r.explanation else { panic!() };
		assert_eq!(n[0].index, 4);
		assert!(n[0].distance < f(1));
		// Charged the scaler's standardisation on top of the estimator.
		assert!(
			Recommender::recommend_weight(id).ref_time()
				> Recommender::estimator_weight(ModelKind::KnnClassifier, 16, 2).ref_time()
		);

		// A scaler that would divide by a zero deviation is refused at upload.
		let constant = StandardScaler::from_parts(
			vec![f(0), f(0)],
			vec![f(1), Fixed::ZERO],
			StandardScalerParameters::default(),
		)
		.unwrap();
		let knn = KNNClassifier::fit(x, &y, params).unwrap();
		let broken = Model::Scaled(
			codec::Decode::decode(&mut &(constant, Estimator::from(knn)).encode()[..]).unwrap(),
		);
		assert_noop!(
			Recommender::upload_model(
				RuntimeOrigin::root(),
				name("m"),
				features(&["x0", "x1"]),
				Box::new(broken),
				accuracy(90),
				7
			),
			Error::<Test>::InvalidModel
		);
	});
}
