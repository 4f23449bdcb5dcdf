
//! Weights for `pallet_lending`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
	fn set_params() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Lending::CounterForMarkets` (r:1 w:1)
	/// Proof: `Lending::CounterForMarkets` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:0 w:1)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn add_market() -> Weight {
		// Proof size: measured `321`, estimated `3823`.
		// Minimum execution time: 36_876_000 ps.
		Weight::from_parts(48_040_000, 3823)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn set_market() -> Weight {
		// Proof size: measured `1102`, estimated `3823`.
		// Minimum execution time: 43_100_000 ps.
		Weight::from_parts(71_033_000, 3823)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Storage: `Lending::Borrowers` (r:1 w:0)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn supply() -> Weight {
		// Proof size: measured `1781`, estimated `6196`.
		// Minimum execution time: 146_892_000 ps.
		Weight::from_parts(244_965_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:128 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:8 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Parameters` (r:1 w:0)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
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
		// Proof size: measured `11717`, estimated `329694`.
		// Minimum execution time: 1_385_622_000 ps.
		Weight::from_parts(1_587_235_000, 329694)
			.saturating_add(T::DbWeight::get().reads(186))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:128 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:8 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Parameters` (r:1 w:0)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrowers` (r:1 w:0)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn borrow() -> Weight {
		// Proof size: measured `11599`, estimated `329694`.
		// Minimum execution time: 1_345_050_000 ps.
		Weight::from_parts(2_108_082_000, 329694)
			.saturating_add(T::DbWeight::get().reads(186))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Storage: `Lending::Borrowers` (r:1 w:1)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn repay() -> Weight {
		// Proof size: measured `1781`, estimated `6196`.
		// Minimum execution time: 135_396_000 ps.
		Weight::from_parts(152_596_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Lending::Markets` (r:1 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:1 w:1)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn enable_collateral() -> Weight {
		// Proof size: measured `359`, estimated `3823`.
		// Minimum execution time: 26_188_000 ps.
		Weight::from_parts(32_522_000, 3823)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:9 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:128 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Delayed` (r:8 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Parameters` (r:1 w:0)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	fn disable_collateral() -> Weight {
		// Proof size: measured `11160`, estimated `329694`.
		// Minimum execution time: 1_242_020_000 ps.
		Weight::from_parts(1_341_598_000, 329694)
			.saturating_add(T::DbWeight::get().reads(181))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:9 w:2)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
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
	/// Storage: `Oracle::Delayed` (r:8 w:0)
	/// Proof: `Oracle::Delayed` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Parameters` (r:1 w:0)
	/// Proof: `Oracle::Parameters` (`max_values`: Some(1), `max_size`: Some(28), added: 523, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeds` (r:128 w:0)
	/// Proof: `Oracle::Feeds` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:3 w:3)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:2 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrowers` (r:1 w:1)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lending::MovingShares` (r:0 w:1)
	/// Proof: `Lending::MovingShares` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn liquidate() -> Weight {
		// Proof size: measured `12968`, estimated `329694`.
		// Minimum execution time: 1_219_300_000 ps.
		Weight::from_parts(1_413_477_000, 329694)
			.saturating_add(T::DbWeight::get().reads(193))
			.saturating_add(T::DbWeight::get().writes(16))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn add_reserves() -> Weight {
		// Proof size: measured `1450`, estimated `6196`.
		// Minimum execution time: 93_492_000 ps.
		Weight::from_parts(167_227_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(34), added: 529, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reduce_reserves() -> Weight {
		// Proof size: measured `1158`, estimated `6196`.
		// Minimum execution time: 86_198_000 ps.
		Weight::from_parts(98_215_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Lending::Markets` (r:9 w:8)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(358), added: 2833, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:8 w:8)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 8]`.
	fn claim_rewards(n: u32, ) -> Weight {
		// Proof size: measured `935 + n * (671 ±0)`, estimated `6196 + n * (2833 ±0)`.
		// Minimum execution time: 125_729_000 ps.
		Weight::from_parts(95_334_244, 6196)
			.saturating_add(Weight::from_parts(42_897_867, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2833).saturating_mul(n.into()))
	}
	/// Storage: `Lending::Parameters` (r:0 w:1)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 7_323_000 ps.
		Weight::from_parts(11_224_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_market() -> Weight {
		Weight::from_parts(48_040_000, 3823)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_market() -> Weight {
		Weight::from_parts(71_033_000, 3823)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn supply() -> Weight {
		Weight::from_parts(244_965_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn redeem() -> Weight {
		Weight::from_parts(1_587_235_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(186))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn borrow() -> Weight {
		Weight::from_parts(2_108_082_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(186))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn repay() -> Weight {
		Weight::from_parts(152_596_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn enable_collateral() -> Weight {
		Weight::from_parts(32_522_000, 3823)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn disable_collateral() -> Weight {
		Weight::from_parts(1_341_598_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(181))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(1_413_477_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(193))
			.saturating_add(RocksDbWeight::get().writes(16))
	}
	fn add_reserves() -> Weight {
		Weight::from_parts(167_227_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn reduce_reserves() -> Weight {
		Weight::from_parts(98_215_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn claim_rewards(n: u32, ) -> Weight {
		Weight::from_parts(95_334_244, 6196)
			.saturating_add(Weight::from_parts(42_897_867, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2833).saturating_mul(n.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(11_224_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
