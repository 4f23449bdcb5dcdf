
//! Weights for `pallet_lending`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
//!   pallet_lending
//!   --extrinsic
//!   *
//!   --steps
//!   20
//!   --repeat
//!   10
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/lending/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call (and of each benchmarked operation other pallets use).
pub trait WeightInfo {
	fn add_market() -> Weight;
	fn set_market() -> Weight;
	fn supply() -> Weight;
	fn redeem() -> Weight;
	fn borrow() -> Weight;
	fn repay() -> Weight;
	fn enable_collateral() -> Weight;
	fn disable_collateral() -> Weight;
	fn liquidate() -> Weight;
	fn add_reserves() -> Weight;
	fn reduce_reserves() -> Weight;
	fn claim_rewards(n: u32, ) -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Lending::CounterForMarkets` (r:1 w:1)
	/// Proof: `Lending::CounterForMarkets` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:0 w:1)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn add_market() -> Weight {
		// Proof size: measured `213`, estimated `3807`.
		// Minimum execution time: 43_231_000 ps.
		Weight::from_parts(47_739_000, 3807)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn set_market() -> Weight {
		// Proof size: measured `949`, estimated `3807`.
		// Minimum execution time: 45_506_000 ps.
		Weight::from_parts(49_954_000, 3807)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:1 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn supply() -> Weight {
		// Proof size: measured `1518`, estimated `6196`.
		// Minimum execution time: 155_632_000 ps.
		Weight::from_parts(168_566_000, 6196)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:0)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:8 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lending::MovingShares` (r:0 w:1)
	/// Proof: `Lending::MovingShares` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn redeem() -> Weight {
		// Proof size: measured `7434`, estimated `26343`.
		// Minimum execution time: 549_110_000 ps.
		Weight::from_parts(646_663_000, 26343)
			.saturating_add(T::DbWeight::get().reads(57))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:0)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:1)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:8 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn borrow() -> Weight {
		// Proof size: measured `7225`, estimated `26343`.
		// Minimum execution time: 493_075_000 ps.
		Weight::from_parts(543_650_000, 26343)
			.saturating_add(T::DbWeight::get().reads(56))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:1 w:1)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn repay() -> Weight {
		// Proof size: measured `1518`, estimated `6196`.
		// Minimum execution time: 141_365_000 ps.
		Weight::from_parts(151_384_000, 6196)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Lending::Markets` (r:1 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:1 w:1)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn enable_collateral() -> Weight {
		// Proof size: measured `256`, estimated `3807`.
		// Minimum execution time: 28_763_000 ps.
		Weight::from_parts(33_042_000, 3807)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:9 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:1)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:8 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn disable_collateral() -> Weight {
		// Proof size: measured `6877`, estimated `26343`.
		// Minimum execution time: 398_498_000 ps.
		Weight::from_parts(451_898_000, 26343)
			.saturating_add(T::DbWeight::get().reads(52))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:9 w:2)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:9 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:0)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:11 w:4)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:9 w:1)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:8 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:3 w:3)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:2 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lending::MovingShares` (r:0 w:1)
	/// Proof: `Lending::MovingShares` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn liquidate() -> Weight {
		// Proof size: measured `7702`, estimated `29689`.
		// Minimum execution time: 661_531_000 ps.
		Weight::from_parts(754_456_000, 29689)
			.saturating_add(T::DbWeight::get().reads(64))
			.saturating_add(T::DbWeight::get().writes(15))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn add_reserves() -> Weight {
		// Proof size: measured `1297`, estimated `6196`.
		// Minimum execution time: 103_735_000 ps.
		Weight::from_parts(180_579_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reduce_reserves() -> Weight {
		// Proof size: measured `879`, estimated `6196`.
		// Minimum execution time: 88_656_000 ps.
		Weight::from_parts(96_311_000, 6196)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Markets` (r:9 w:8)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(342), added: 2817, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:8 w:8)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 8]`.
	fn claim_rewards(n: u32, ) -> Weight {
		// Proof size: measured `779 + n * (655 ±0)`, estimated `6196 + n * (2817 ±0)`.
		// Minimum execution time: 162_064_000 ps.
		Weight::from_parts(130_668_913, 6196)
			.saturating_add(Weight::from_parts(68_080_625, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2817).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_market() -> Weight {
		Weight::from_parts(47_739_000, 3807)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_market() -> Weight {
		Weight::from_parts(49_954_000, 3807)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn supply() -> Weight {
		Weight::from_parts(168_566_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn redeem() -> Weight {
		Weight::from_parts(646_663_000, 26343)
			.saturating_add(RocksDbWeight::get().reads(57))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn borrow() -> Weight {
		Weight::from_parts(543_650_000, 26343)
			.saturating_add(RocksDbWeight::get().reads(56))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn repay() -> Weight {
		Weight::from_parts(151_384_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(9))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn enable_collateral() -> Weight {
		Weight::from_parts(33_042_000, 3807)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn disable_collateral() -> Weight {
		Weight::from_parts(451_898_000, 26343)
			.saturating_add(RocksDbWeight::get().reads(52))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(754_456_000, 29689)
			.saturating_add(RocksDbWeight::get().reads(64))
			.saturating_add(RocksDbWeight::get().writes(15))
	}
	fn add_reserves() -> Weight {
		Weight::from_parts(180_579_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn reduce_reserves() -> Weight {
		Weight::from_parts(96_311_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn claim_rewards(n: u32, ) -> Weight {
		Weight::from_parts(130_668_913, 6196)
			.saturating_add(Weight::from_parts(68_080_625, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2817).saturating_mul(n.into()))
	}
}
