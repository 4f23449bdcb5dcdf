//! Benchmarks of the recommender pallet. Model size is the component: `c` fixed-point cells,
//! a k-NN classifier of `c / MAX_FEATURES` samples with `MAX_FEATURES` features (the most
//! expensive kind to store and to evaluate per cell).

use super::*;
use agora_primitives::recommender::{KNNClassifier, KNNParameters, Matrix};
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

fn feature_names<T: Config>() -> FeatureNamesOf<T> {
	let names: Vec<NameOf<T>> = (0..MAX_FEATURES)
		.map(|i| {
			let mut n = b"f".to_vec();
			n.extend_from_slice(&i.to_le_bytes());
			n.truncate(T::MaxNameLen::get() as usize);
			n.try_into().expect("truncated to the bound")
		})
		.collect();
	names.try_into().expect("MAX_FEATURES names")
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

	/// One explained prediction through [`Recommend::recommend`], as other pallets make it.
	#[benchmark]
	fn recommend(c: Linear<MAX_FEATURES, MAX_CELLS>) -> Result<(), BenchmarkError> {
		let id = setup::<T>(c)?;
		let query: Vec<Fixed> = (0..MAX_FEATURES).map(|i| Fixed::from_int(i as i32)).collect();
		let result;

		#[block]
		{
			result = <Pallet<T> as Recommend>::recommend(id, &query);
		}

		assert!(result.is_ok());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
