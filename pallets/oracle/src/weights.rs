
//! Weights for `pallet_oracle`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 20, repeat 10;
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
	fn poke() -> Weight;
	fn set_params() -> Weight;
	fn list_asset() -> Weight;
	fn unlist_asset() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	fn add_feeder() -> Weight {
		// Proof size: measured `644`, estimated `1998`.
		// Minimum execution time: 14_668_000 ps.
		Weight::from_parts(30_107_000, 1998)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::ListedAssets` (r:1 w:0)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:0 w:32)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn remove_feeder() -> Weight {
		// Proof size: measured `842`, estimated `1998`.
		// Minimum execution time: 102_190_000 ps.
		Weight::from_parts(135_792_000, 1998)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(33))
	}
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::ListedAssets` (r:1 w:0)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:15 w:1)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::History` (r:1 w:1)
	/// Proof: `Oracle::History` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:1)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn feed_price() -> Weight {
		// Proof size: measured `2777`, estimated `39510`.
		// Minimum execution time: 184_562_000 ps.
		Weight::from_parts(303_595_000, 39510)
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Oracle::ListedAssets` (r:1 w:0)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:1 w:1)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn poke() -> Weight {
		// Proof size: measured `2203`, estimated `42078`.
		// Minimum execution time: 127_414_000 ps.
		Weight::from_parts(272_249_000, 42078)
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::Parameters` (r:1 w:1)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::ListedAssets` (r:1 w:0)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:512 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:0 w:32)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `15293`, estimated `1315806`.
		// Minimum execution time: 3_073_463_000 ps.
		Weight::from_parts(4_695_823_000, 1315806)
			.saturating_add(T::DbWeight::get().reads(516))
			.saturating_add(T::DbWeight::get().writes(33))
	}
	/// Storage: `Oracle::ListedAssets` (r:1 w:1)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	fn list_asset() -> Weight {
		// Proof size: measured `313`, estimated `1646`.
		// Minimum execution time: 15_586_000 ps.
		Weight::from_parts(33_524_000, 1646)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::ListedAssets` (r:1 w:1)
	/// Proof: `Oracle::ListedAssets` (`max_values`: Some(1), `max_size`: Some(161), added: 656, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:16 w:16)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::History` (r:0 w:1)
	/// Proof: `Oracle::History` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:0 w:1)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	fn unlist_asset() -> Weight {
		// Proof size: measured `1699`, estimated `42078`.
		// Minimum execution time: 55_424_000 ps.
		Weight::from_parts(98_281_000, 42078)
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(19))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_feeder() -> Weight {
		Weight::from_parts(30_107_000, 1998)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(135_792_000, 1998)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(33))
	}
	fn feed_price() -> Weight {
		Weight::from_parts(303_595_000, 39510)
			.saturating_add(RocksDbWeight::get().reads(21))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn poke() -> Weight {
		Weight::from_parts(272_249_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(21))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_params() -> Weight {
		Weight::from_parts(4_695_823_000, 1315806)
			.saturating_add(RocksDbWeight::get().reads(516))
			.saturating_add(RocksDbWeight::get().writes(33))
	}
	fn list_asset() -> Weight {
		Weight::from_parts(33_524_000, 1646)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn unlist_asset() -> Weight {
		Weight::from_parts(98_281_000, 42078)
			.saturating_add(RocksDbWeight::get().reads(17))
			.saturating_add(RocksDbWeight::get().writes(19))
	}
}
