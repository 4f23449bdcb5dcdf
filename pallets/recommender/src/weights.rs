
//! Weights for `pallet_recommender`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! **Pending regeneration.** `upload_model`, `replace_model` and `retire_model` are the measured
//! values of 2026-11-25. The `recommend_*` functions are new benchmarks (one per estimator kind,
//! distance metric and shape) whose values below are conservative hand *estimates* derived
//! from the old `recommend` measurement (12_439 ps per cell, Euclidean, 64 features) and the
//! extra work per row of each metric; they were not measured.
//!
//! Benchmark CLI 64.0.0, 2026-11-25; steps 20, repeat 10;
//! machine `vm`, CPU `AMD EPYC`; execution Compiled, db cache 1024 MiB.
//!
//! Command:
//!   /var/tmp/agora-target/release/agora-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/agora-target/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm
//!   --genesis-builder-preset
//!   development
//!   --pallet
//!   pallet_recommender
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/recommender/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn upload_model(c: u32, ) -> Weight;
	fn replace_model(c: u32, ) -> Weight;
	fn retire_model() -> Weight;
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight;
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight;
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight;
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight;
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight;
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight;
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight;
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight;
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight;
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight;
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight;
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight;
	fn recommend_linear(c: u32, ) -> Weight;
	fn recommend_logistic(c: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Recommender::ActiveModels` (r:1 w:1)
	/// Proof: `Recommender::ActiveModels` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::NextModelId` (r:1 w:1)
	/// Proof: `Recommender::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::Models` (r:0 w:1)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:0 w:1)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn upload_model(c: u32, ) -> Weight {
		// Proof size: measured `6`, estimated `1489`.
		// Minimum execution time: 28_803_000 ps.
		Weight::from_parts(26_507_090, 1489)
			.saturating_add(Weight::from_parts(18_802, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Recommender::Models` (r:1 w:1)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:0 w:1)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn replace_model(c: u32, ) -> Weight {
		// Proof size: measured `599`, estimated `7849`.
		// Minimum execution time: 48_642_000 ps.
		Weight::from_parts(98_645_017, 7849)
			.saturating_add(Weight::from_parts(18_386, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:1)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ActiveModels` (r:1 w:1)
	/// Proof: `Recommender::ActiveModels` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:0 w:1)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size: measured `599`, estimated `7849`.
		// Minimum execution time: 33_089_000 ps.
		Weight::from_parts(43_905_000, 7849)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(75_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(75_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 64]`.
	fn recommend_linear(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(30_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[16, 1024]`.
	fn recommend_logistic(c: u32, ) -> Weight {
		// ESTIMATE (not measured): regenerate.
		Weight::from_parts(25_000_000, 1068462)
			.saturating_add(Weight::from_parts(30_000, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn upload_model(c: u32, ) -> Weight {
		Weight::from_parts(26_507_090, 1489)
			.saturating_add(Weight::from_parts(18_802, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn replace_model(c: u32, ) -> Weight {
		Weight::from_parts(98_645_017, 7849)
			.saturating_add(Weight::from_parts(18_386, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(43_905_000, 7849)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(75_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(300_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(13_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(75_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_linear(c: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1068462)
			.saturating_add(Weight::from_parts(30_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_logistic(c: u32, ) -> Weight {
		Weight::from_parts(25_000_000, 1068462)
			.saturating_add(Weight::from_parts(30_000, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
}
