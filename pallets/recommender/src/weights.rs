
//! Weights for `pallet_recommender`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 20, repeat 10;
//! machine `vm`, CPU `Intel(R) Xeon(R) Processor`; execution Compiled, db cache 1024 MiB.
//!
//! Command:
//!   /var/tmp/agora-target/release/agora-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /var/tmp/agora-target/release/wbuild/agora-runtime/agora_runtime.compact.compressed.wasm
//!   --genesis-builder
//!   runtime
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
		// Minimum execution time: 30_010_000 ps.
		Weight::from_parts(44_235_708, 1489)
			.saturating_add(Weight::from_parts(7_516, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 64_366_000 ps.
		Weight::from_parts(87_471_279, 7849)
			.saturating_add(Weight::from_parts(7_631, 0).saturating_mul(c.into()))
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
		// Minimum execution time: 41_341_000 ps.
		Weight::from_parts(52_496_000, 7849)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_773_000 ps.
		Weight::from_parts(24_056_213, 1068462)
			.saturating_add(Weight::from_parts(205_780, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 27_369_000 ps.
		Weight::from_parts(30_234_000, 1068462)
			.saturating_add(Weight::from_parts(20_997, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_852_000 ps.
		Weight::from_parts(32_218_533, 1068462)
			.saturating_add(Weight::from_parts(266_307, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 27_206_000 ps.
		Weight::from_parts(9_841_317, 1068462)
			.saturating_add(Weight::from_parts(15_382, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_789_000 ps.
		Weight::from_parts(21_854_547, 1068462)
			.saturating_add(Weight::from_parts(389_930, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 28_457_000 ps.
		Weight::from_parts(30_201_000, 1068462)
			.saturating_add(Weight::from_parts(25_940, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_239_000 ps.
		Weight::from_parts(23_933_706, 1068462)
			.saturating_add(Weight::from_parts(209_396, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 26_830_000 ps.
		Weight::from_parts(5_464_713, 1068462)
			.saturating_add(Weight::from_parts(17_585, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_053_000 ps.
		Weight::from_parts(18_290_232, 1068462)
			.saturating_add(Weight::from_parts(199_214, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 26_582_000 ps.
		Weight::from_parts(10_235_059, 1068462)
			.saturating_add(Weight::from_parts(13_955, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1068462`.
		// Minimum execution time: 15_381_000 ps.
		Weight::from_parts(17_811_197, 1068462)
			.saturating_add(Weight::from_parts(391_193, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 27_771_000 ps.
		Weight::from_parts(29_660_000, 1068462)
			.saturating_add(Weight::from_parts(25_116, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 64]`.
	fn recommend_linear(c: u32, ) -> Weight {
		// Proof size: measured `239 + c * (14 ±0)`, estimated `1068462`.
		// Minimum execution time: 13_179_000 ps.
		Weight::from_parts(16_193_252, 1068462)
			.saturating_add(Weight::from_parts(213_877, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1064997), added: 1067472, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[16, 1024]`.
	fn recommend_logistic(c: u32, ) -> Weight {
		// Proof size: measured `335 + c * (8 ±0)`, estimated `1068462`.
		// Minimum execution time: 22_858_000 ps.
		Weight::from_parts(28_501_432, 1068462)
			.saturating_add(Weight::from_parts(46_207, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn upload_model(c: u32, ) -> Weight {
		Weight::from_parts(44_235_708, 1489)
			.saturating_add(Weight::from_parts(7_516, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn replace_model(c: u32, ) -> Weight {
		Weight::from_parts(87_471_279, 7849)
			.saturating_add(Weight::from_parts(7_631, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(52_496_000, 7849)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(24_056_213, 1068462)
			.saturating_add(Weight::from_parts(205_780, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(30_234_000, 1068462)
			.saturating_add(Weight::from_parts(20_997, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(32_218_533, 1068462)
			.saturating_add(Weight::from_parts(266_307, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(9_841_317, 1068462)
			.saturating_add(Weight::from_parts(15_382, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(21_854_547, 1068462)
			.saturating_add(Weight::from_parts(389_930, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(30_201_000, 1068462)
			.saturating_add(Weight::from_parts(25_940, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(23_933_706, 1068462)
			.saturating_add(Weight::from_parts(209_396, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(5_464_713, 1068462)
			.saturating_add(Weight::from_parts(17_585, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(18_290_232, 1068462)
			.saturating_add(Weight::from_parts(199_214, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(10_235_059, 1068462)
			.saturating_add(Weight::from_parts(13_955, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(17_811_197, 1068462)
			.saturating_add(Weight::from_parts(391_193, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(29_660_000, 1068462)
			.saturating_add(Weight::from_parts(25_116, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_linear(c: u32, ) -> Weight {
		Weight::from_parts(16_193_252, 1068462)
			.saturating_add(Weight::from_parts(213_877, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_logistic(c: u32, ) -> Weight {
		Weight::from_parts(28_501_432, 1068462)
			.saturating_add(Weight::from_parts(46_207, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
}
