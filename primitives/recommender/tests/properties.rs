//! Property tests: determinism, and extreme / malformed inputs return `Err` instead of
//! panicking.

use agora_recommender::{
	softmax, Distance, Error, Fixed, ItemSimilarity, KNNClassifier, KNNParameters, KNNRegressor,
	KNNWeightFunction, LinearRegression, LogisticRegression, Matrix, Model, StandardScaler, MAX_K,
	MAX_SAMPLES,
};
use codec::{Decode, Encode, MaxEncodedLen};
use proptest::prelude::*;

/// Raw Q32.32 bits biased toward extremes and small values.
fn bits() -> impl Strategy<Value = i64> {
	prop_oneof![
		3 => -(64i64 << 32)..(64i64 << 32),
		1 => Just(i64::MAX),
		1 => Just(i64::MIN),
		1 => Just(0i64),
		1 => Just(1i64),
		1 => Just(-1i64),
		1 => any::<i64>(),
	]
}

fn fixed() -> impl Strategy<Value = Fixed> {
	bits().prop_map(Fixed::from_bits)
}

fn distance() -> impl Strategy<Value = Distance> {
	prop_oneof![Just(Distance::Euclidian), Just(Distance::Manhattan), Just(Distance::Cosine)]
}

fn weight() -> impl Strategy<Value = KNNWeightFunction> {
	prop_oneof![Just(KNNWeightFunction::Uniform), Just(KNNWeightFunction::Distance)]
}

/// (n_features, rows, labels, query)
fn dataset() -> impl Strategy<Value = (u32, Vec<Fixed>, Vec<u32>, Vec<Fixed>)> {
	(1u32..6, 0usize..24).prop_flat_map(|(nf, rows)| {
		(
			Just(nf),
			proptest::collection::vec(fixed(), rows * nf as usize),
			proptest::collection::vec(0u32..5, rows),
			proptest::collection::vec(fixed(), nf as usize),
		)
	})
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

	#[test]
	fn knn_deterministic_and_total(
		(nf, data, y, q) in dataset(),
		k in 0u32..40,
		d in distance(),
		w in weight(),
	) {
		let p = KNNParameters { k, distance: d, weight: w };
		let x = Matrix::new(nf, data).unwrap();
		let rows = x.n_samples();
		match KNNClassifier::fit(x.clone(), &y, p) {
			Ok(m) => {
				prop_assert!(k >= 1 && k <= rows && k <= MAX_K);
				let a = m.predict_explained(&q);
				let b = m.predict_explained(&q);
				prop_assert_eq!(&a, &b);
				// Same result after a SCALE round trip.
				let m2 = KNNClassifier::decode(&mut &m.encode()[..]).unwrap();
				prop_assert_eq!(&a, &m2.predict_explained(&q));
				prop_assert!(m.encode().len() <= KNNClassifier::max_encoded_len());
				if let Ok(label) = m.predict(&q) {
					prop_assert!(y.contains(&label));
					let p = m.predict_proba(&q).unwrap();
					let sum: i128 = p.iter().map(|v| v.to_bits() as i128).sum();
					prop_assert!((sum - (1i128 << 32)).abs() <= 16);
				}
				prop_assert_eq!(m.predict(&q[..q.len() - 1]), Err(Error::DimensionMismatch));
			},
			Err(e) => prop_assert!(matches!(
				e,
				Error::InvalidK | Error::EmptyModel | Error::TooManyClasses
			)),
		}
		let yf: Vec<Fixed> = y.iter().map(|v| Fixed::from_int(*v as i32)).collect();
		if let Ok(m) = KNNRegressor::fit(x, &yf, p) {
			prop_assert_eq!(m.predict(&q), m.predict(&q));
			if let Ok(v) = m.predict(&q) {
				prop_assert!(v >= Fixed::ZERO && v <= Fixed::from_int(4));
			}
		}
	}

	#[test]
	fn linear_and_logistic_total(
		coef in proptest::collection::vec(fixed(), 1..8),
		b in fixed(),
		q in proptest::collection::vec(fixed(), 1..8),
		n_classes in 0usize..5,
	) {
		let lin = LinearRegression::new(coef.clone(), b).unwrap();
		let r = lin.predict_explained(&q);
		prop_assert_eq!(&r, &lin.predict_explained(&q));
		if q.len() != coef.len() {
			prop_assert_eq!(r, Err(Error::DimensionMismatch));
		}
		let nf = q.len() as u32;
		let rows = if n_classes == 2 { 1 } else { n_classes };
		let coefs: Vec<Fixed> = coef.iter().cycle().take(rows * q.len()).copied().collect();
		let intercepts = vec![b; rows];
		let classes: Vec<u32> = (0..n_classes as u32).collect();
		match LogisticRegression::new(nf, coefs, intercepts, classes) {
			Ok(m) => {
				prop_assert!(n_classes >= 2);
				match m.predict_proba(&q) {
					Ok(p) => {
						let sum: i128 = p.iter().map(|v| v.to_bits() as i128).sum();
						prop_assert!((sum - (1i128 << 32)).abs() <= n_classes as i128);
						prop_assert!(p.iter().all(|v| *v >= Fixed::ZERO && *v <= Fixed::ONE));
						prop_assert!(m.predict(&q).is_ok());
					},
					Err(e) => prop_assert!(matches!(e, Error::Overflow | Error::DimensionMismatch)),
				}
				prop_assert_eq!(m.predict(&q), m.predict(&q));
				let _ = m.predict_explained(&q);
			},
			Err(e) => prop_assert!(matches!(e, Error::TooManyClasses | Error::DimensionMismatch)),
		}
	}

	#[test]
	fn fixed_ops_total(a in fixed(), b in fixed()) {
		let _ = (a.checked_add(b), a.checked_sub(b), a.checked_mul(b), a.checked_div(b));
		let _ = (a.saturating_mul(b), a.sqrt(), a.exp(), a.checked_abs());
		let s = a.sigmoid();
		prop_assert!(s >= Fixed::ZERO && s <= Fixed::ONE);
		if a <= b {
			prop_assert!(a.sigmoid() <= b.sigmoid());
		}
		let i: sp_arithmetic::FixedI128 = a.into();
		prop_assert_eq!(Fixed::try_from(i), Ok(a));
		let p = softmax(&[a, b]).unwrap();
		prop_assert!(p.iter().all(|v| *v >= Fixed::ZERO && *v <= Fixed::ONE));
	}

	#[test]
	fn decoded_garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200),
		q in proptest::collection::vec(fixed(), 0..6)) {
		if let Ok(m) = Model::decode(&mut &bytes[..]) {
			let _ = m.predict_explained(&q);
			let _ = m.predict(&q);
		}
		if let Ok(s) = StandardScaler::decode(&mut &bytes[..]) {
			let _ = s.transform(&q);
		}
		if let Ok(s) = ItemSimilarity::decode(&mut &bytes[..]) {
			let _ = s.similar_items(0, 3);
			let _ = s.similarity(0, 1);
		}
	}

	#[test]
	fn mutated_models_never_panic(
		flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
		q in proptest::collection::vec(fixed(), 0..4),
	) {
		let rows: Vec<Vec<Fixed>> =
			(0..6).map(|i| vec![Fixed::from_int(i), Fixed::from_int(i % 3), Fixed::ONE]).collect();
		let x = Matrix::from_rows(&rows).unwrap();
		let p = KNNParameters::default().with_weight(KNNWeightFunction::Distance);
		let models = [
			Model::from(KNNClassifier::fit(x.clone(), &[1, 1, 2, 2, 3, 3], p).unwrap()),
			Model::from(KNNRegressor::fit(x, &[Fixed::ONE; 6], p).unwrap()),
			Model::from(
				LogisticRegression::new(3, vec![Fixed::ONE; 9], vec![Fixed::ZERO; 3], vec![1, 2, 3])
					.unwrap(),
			),
		];
		for m in models {
			let mut bytes = m.encode();
			for (i, b) in &flips {
				let i = i.index(bytes.len());
				bytes[i] = *b;
			}
			if let Ok(m) = Model::decode(&mut &bytes[..]) {
				let _ = m.predict_explained(&q);
				let _ = m.predict(&q);
			}
		}
	}

	#[test]
	fn similarity_and_scaler_total((nf, data, _y, q) in dataset(), item in 0u32..30, n in 0u32..40) {
		let x = Matrix::new(nf, data).unwrap();
		if let Ok(s) = ItemSimilarity::new(x.clone()) {
			let r = s.similar_items(item, n);
			prop_assert_eq!(&r, &s.similar_items(item, n));
			if let Ok(items) = r {
				prop_assert!(items.len() as u32 <= n);
				prop_assert!(items.iter().all(|i| i.index != item));
				prop_assert!(items.windows(2).all(|w| w[0].similarity >= w[1].similarity));
			}
		}
		if let Ok(sc) = StandardScaler::fit(&x, Default::default()) {
			let _ = sc.transform(&q);
			let _ = sc.transform_matrix(&x);
		}
	}
}

#[test]
fn bounds_are_enforced() {
	let one = |n: usize| vec![Fixed::ONE; n];
	// Too many features / samples.
	assert_eq!(Matrix::new(65, one(65)), Err(Error::TooManyFeatures));
	assert_eq!(Matrix::new(0, vec![]), Err(Error::TooManyFeatures));
	assert_eq!(Matrix::new(1, one(MAX_SAMPLES as usize + 1)), Err(Error::TooManySamples));
	assert_eq!(Matrix::new(2, one(3)), Err(Error::DimensionMismatch));
	// Empty model.
	let empty = Matrix::new(2, vec![]).unwrap();
	assert_eq!(KNNClassifier::fit(empty.clone(), &[], Default::default()), Err(Error::EmptyModel));
	assert_eq!(ItemSimilarity::new(empty.clone()), Err(Error::EmptyModel));
	assert_eq!(StandardScaler::fit(&empty, Default::default()), Err(Error::EmptyModel));
	// Huge k.
	let x = Matrix::new(1, one(100)).unwrap();
	let y = vec![0u32; 100];
	for k in [0, MAX_K + 1, u32::MAX] {
		let p = KNNParameters::default().with_k(k);
		assert_eq!(KNNClassifier::fit(x.clone(), &y, p), Err(Error::InvalidK));
	}
	// Extreme values: distances overflow -> Err, not panic.
	let x = Matrix::new(64, vec![Fixed::MAX; 64 * 4]).unwrap();
	let m = KNNClassifier::fit(x, &[1, 2, 3, 4], KNNParameters::default().with_k(4)).unwrap();
	assert_eq!(m.predict(&[Fixed::MIN; 64]), Err(Error::Overflow));
	// The largest model still encodes within MaxEncodedLen.
	let x = Matrix::new(64, vec![Fixed::MIN; 64 * MAX_SAMPLES as usize]).unwrap();
	let y: Vec<u32> = (0..MAX_SAMPLES).map(|i| i % 16).collect();
	let m = Model::from(KNNClassifier::fit(x, &y, KNNParameters::default().with_k(MAX_K)).unwrap());
	assert!(m.encode().len() <= Model::max_encoded_len());
	assert!(Model::max_encoded_len() < 1_100_000);
}
