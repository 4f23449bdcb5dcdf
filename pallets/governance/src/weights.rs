
//! Weights for `pallet_governance`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
//! Do not edit by hand: regenerate with `scripts/bench-pallet.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 20, repeat 10;
//! machine `vm`, CPU `AMD EPYC`; execution Compiled, db cache 1024 MiB.
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
//!   pallet_governance
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/governance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn set_track() -> Weight;
	fn spend() -> Weight;
	fn set_params() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Referenda::DecidingCount` (r:1 w:0)
	/// Proof: `Referenda::DecidingCount` (`max_values`: None, `max_size`: Some(14), added: 2489, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Tracks` (r:1 w:1)
	/// Proof: `Governance::Tracks` (`max_values`: Some(1), `max_size`: Some(679), added: 1174, mode: `MaxEncodedLen`)
	fn set_track() -> Weight {
		// Proof size: measured `748`, estimated `3479`.
		// Minimum execution time: 13_990_000 ps.
		Weight::from_parts(15_383_000, 3479)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	fn spend() -> Weight {
		// Proof size: measured `356`, estimated `6196`.
		// Minimum execution time: 60_220_000 ps.
		Weight::from_parts(63_264_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Governance::Parameters` (r:1 w:1)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	/// Storage: `Governance::LockPeriodFloor` (r:1 w:1)
	/// Proof: `Governance::LockPeriodFloor` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Tracks` (r:1 w:0)
	/// Proof: `Governance::Tracks` (`max_values`: Some(1), `max_size`: Some(679), added: 1174, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `698`, estimated `2164`.
		// Minimum execution time: 14_721_000 ps.
		Weight::from_parts(16_054_000, 2164)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_track() -> Weight {
		Weight::from_parts(15_383_000, 3479)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn spend() -> Weight {
		Weight::from_parts(63_264_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn set_params() -> Weight {
		Weight::from_parts(16_054_000, 2164)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
}
