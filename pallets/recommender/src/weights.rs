
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
	fn standardise(f: u32, ) -> Weight;
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
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn upload_model(c: u32, ) -> Weight {
		// Proof size: measured `6`, estimated `1489`.
		// Minimum execution time: 28_598_000 ps.
		Weight::from_parts(28_537_880, 1489)
			.saturating_add(Weight::from_parts(6_752, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Recommender::Models` (r:1 w:1)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:0 w:1)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn replace_model(c: u32, ) -> Weight {
		// Proof size: measured `599`, estimated `7849`.
		// Minimum execution time: 55_516_000 ps.
		Weight::from_parts(73_880_418, 7849)
			.saturating_add(Weight::from_parts(6_631, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:1)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ActiveModels` (r:1 w:1)
	/// Proof: `Recommender::ActiveModels` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:0 w:1)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	fn retire_model() -> Weight {
		// Proof size: measured `599`, estimated `7849`.
		// Minimum execution time: 38_065_000 ps.
		Weight::from_parts(48_506_000, 7849)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1069493`.
		// Minimum execution time: 15_414_000 ps.
		Weight::from_parts(21_277_777, 1069493)
			.saturating_add(Weight::from_parts(226_125, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 25_852_000 ps.
		Weight::from_parts(213_091, 1069493)
			.saturating_add(Weight::from_parts(16_002, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1069493`.
		// Minimum execution time: 14_355_000 ps.
		Weight::from_parts(17_183_923, 1069493)
			.saturating_add(Weight::from_parts(204_622, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 25_002_000 ps.
		Weight::from_parts(26_837_000, 1069493)
			.saturating_add(Weight::from_parts(12_832, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		// Proof size: measured `316 + r * (17 ±0)`, estimated `1069493`.
		// Minimum execution time: 13_721_000 ps.
		Weight::from_parts(15_411_254, 1069493)
			.saturating_add(Weight::from_parts(396_981, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		// Proof size: measured `440 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 27_298_000 ps.
		Weight::from_parts(28_039_000, 1069493)
			.saturating_add(Weight::from_parts(24_148, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1069493`.
		// Minimum execution time: 14_070_000 ps.
		Weight::from_parts(19_955_929, 1069493)
			.saturating_add(Weight::from_parts(226_917, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 25_330_000 ps.
		Weight::from_parts(26_677_000, 1069493)
			.saturating_add(Weight::from_parts(15_806, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1069493`.
		// Minimum execution time: 14_364_000 ps.
		Weight::from_parts(15_852_717, 1069493)
			.saturating_add(Weight::from_parts(215_806, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 25_214_000 ps.
		Weight::from_parts(26_227_000, 1069493)
			.saturating_add(Weight::from_parts(12_931, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[1, 2048]`.
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		// Proof size: measured `256 + r * (24 ±0)`, estimated `1069493`.
		// Minimum execution time: 14_929_000 ps.
		Weight::from_parts(14_205_271, 1069493)
			.saturating_add(Weight::from_parts(400_947, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[64, 131072]`.
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		// Proof size: measured `375 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 25_602_000 ps.
		Weight::from_parts(27_523_000, 1069493)
			.saturating_add(Weight::from_parts(24_093, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 64]`.
	fn recommend_linear(c: u32, ) -> Weight {
		// Proof size: measured `239 + c * (14 ±0)`, estimated `1069493`.
		// Minimum execution time: 11_388_000 ps.
		Weight::from_parts(14_132_624, 1069493)
			.saturating_add(Weight::from_parts(191_060, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Recommender::Models` (r:1 w:0)
	/// Proof: `Recommender::Models` (`max_values`: None, `max_size`: Some(4384), added: 6859, mode: `MaxEncodedLen`)
	/// Storage: `Recommender::ModelData` (r:1 w:0)
	/// Proof: `Recommender::ModelData` (`max_values`: None, `max_size`: Some(1066028), added: 1068503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[16, 1024]`.
	fn recommend_logistic(c: u32, ) -> Weight {
		// Proof size: measured `335 + c * (8 ±0)`, estimated `1069493`.
		// Minimum execution time: 21_178_000 ps.
		Weight::from_parts(26_305_264, 1069493)
			.saturating_add(Weight::from_parts(44_230, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Component `f` ranges over `[1, 64]`.
	fn standardise(f: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 337_000 ps.
		Weight::from_parts(757_970, 0)
			.saturating_add(Weight::from_parts(54_700, 0).saturating_mul(f.into()))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn upload_model(c: u32, ) -> Weight {
		Weight::from_parts(28_537_880, 1489)
			.saturating_add(Weight::from_parts(6_752, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn replace_model(c: u32, ) -> Weight {
		Weight::from_parts(73_880_418, 7849)
			.saturating_add(Weight::from_parts(6_631, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn retire_model() -> Weight {
		Weight::from_parts(48_506_000, 7849)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn recommend_classifier_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(21_277_777, 1069493)
			.saturating_add(Weight::from_parts(226_125, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(213_091, 1069493)
			.saturating_add(Weight::from_parts(16_002, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(17_183_923, 1069493)
			.saturating_add(Weight::from_parts(204_622, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(26_837_000, 1069493)
			.saturating_add(Weight::from_parts(12_832, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(15_411_254, 1069493)
			.saturating_add(Weight::from_parts(396_981, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_classifier_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(28_039_000, 1069493)
			.saturating_add(Weight::from_parts(24_148, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_thin(r: u32, ) -> Weight {
		Weight::from_parts(19_955_929, 1069493)
			.saturating_add(Weight::from_parts(226_917, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_euclidian_wide(c: u32, ) -> Weight {
		Weight::from_parts(26_677_000, 1069493)
			.saturating_add(Weight::from_parts(15_806, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_thin(r: u32, ) -> Weight {
		Weight::from_parts(15_852_717, 1069493)
			.saturating_add(Weight::from_parts(215_806, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_manhattan_wide(c: u32, ) -> Weight {
		Weight::from_parts(26_227_000, 1069493)
			.saturating_add(Weight::from_parts(12_931, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_thin(r: u32, ) -> Weight {
		Weight::from_parts(14_205_271, 1069493)
			.saturating_add(Weight::from_parts(400_947, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_regressor_cosine_wide(c: u32, ) -> Weight {
		Weight::from_parts(27_523_000, 1069493)
			.saturating_add(Weight::from_parts(24_093, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_linear(c: u32, ) -> Weight {
		Weight::from_parts(14_132_624, 1069493)
			.saturating_add(Weight::from_parts(191_060, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn recommend_logistic(c: u32, ) -> Weight {
		Weight::from_parts(26_305_264, 1069493)
			.saturating_add(Weight::from_parts(44_230, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn standardise(f: u32, ) -> Weight {
		Weight::from_parts(757_970, 0)
			.saturating_add(Weight::from_parts(54_700, 0).saturating_mul(f.into()))
	}
}
