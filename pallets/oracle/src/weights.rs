
//! Weights for `pallet_oracle`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
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
//!   pallet_oracle
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/oracle/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn add_feeder() -> Weight;
	fn remove_feeder() -> Weight;
	fn feed_price() -> Weight;
	fn set_params() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	fn add_feeder() -> Weight {
		// Proof size: measured `584`, estimated `1998`.
		// Minimum execution time: 16_921_000 ps.
		Weight::from_parts(18_845_000, 1998)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	fn remove_feeder() -> Weight {
		// Proof size: measured `616`, estimated `1998`.
		// Minimum execution time: 16_411_000 ps.
		Weight::from_parts(18_645_000, 1998)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:15 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::History` (r:1 w:1)
	/// Proof: `Oracle::History` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	fn feed_price() -> Weight {
		// Proof size: measured `2504`, estimated `39510`.
		// Minimum execution time: 124_734_000 ps.
		Weight::from_parts(130_444_000, 39510)
			.saturating_add(T::DbWeight::get().reads(19))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Oracle::Parameters` (r:0 w:1)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 9_117_000 ps.
		Weight::from_parts(10_330_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_feeder() -> Weight {
		Weight::from_parts(18_845_000, 1998)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(18_645_000, 1998)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn feed_price() -> Weight {
		Weight::from_parts(130_444_000, 39510)
			.saturating_add(RocksDbWeight::get().reads(19))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn set_params() -> Weight {
		Weight::from_parts(10_330_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
