
//! Weights for `pallet_lending`, measured by `agora-node benchmark pallet` (frame-benchmarking v2).
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
	fn borrow_isolated() -> Weight;
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
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Lending::CounterForMarkets` (r:1 w:1)
	/// Proof: `Lending::CounterForMarkets` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:0 w:1)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	fn add_market() -> Weight {
		// Proof size: measured `315`, estimated `3857`.
		// Minimum execution time: 28_833_000 ps.
		Weight::from_parts(40_731_000, 3857)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn set_market() -> Weight {
		// Proof size: measured `1114`, estimated `3857`.
		// Minimum execution time: 35_423_000 ps.
		Weight::from_parts(42_904_000, 3857)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1829`, estimated `6196`.
		// Minimum execution time: 129_613_000 ps.
		Weight::from_parts(139_137_000, 6196)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
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
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
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
		// Proof size: measured `11888`, estimated `329694`.
		// Minimum execution time: 1_260_112_000 ps.
		Weight::from_parts(1_409_474_000, 329694)
			.saturating_add(T::DbWeight::get().reads(187))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
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
		// Proof size: measured `11770`, estimated `329694`.
		// Minimum execution time: 1_227_464_000 ps.
		Weight::from_parts(1_363_256_000, 329694)
			.saturating_add(T::DbWeight::get().reads(187))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Lending::Markets` (r:9 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:9 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:0)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
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
	/// Storage: `Assets::Account` (r:4 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Parameters` (r:1 w:0)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedBorrows` (r:8 w:1)
	/// Proof: `Lending::IsolatedBorrows` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrowers` (r:1 w:0)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn borrow_isolated() -> Weight {
		// Proof size: measured `12321`, estimated `329694`.
		// Minimum execution time: 1_029_801_000 ps.
		Weight::from_parts(1_412_299_000, 329694)
			.saturating_add(T::DbWeight::get().reads(191))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:1 w:1)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardCheckpoints` (r:1 w:1)
	/// Proof: `Lending::RewardCheckpoints` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:3 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Lending::RewardsAccrued` (r:1 w:1)
	/// Proof: `Lending::RewardsAccrued` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Lending::LendTokens` (r:1 w:0)
	/// Proof: `Lending::LendTokens` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedBorrows` (r:1 w:1)
	/// Proof: `Lending::IsolatedBorrows` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrowers` (r:1 w:1)
	/// Proof: `Lending::Borrowers` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn repay() -> Weight {
		// Proof size: measured `2170`, estimated `8817`.
		// Minimum execution time: 136_793_000 ps.
		Weight::from_parts(210_222_000, 8817)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(9))
	}
	/// Storage: `Lending::Markets` (r:9 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:2 w:1)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:1)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn enable_collateral() -> Weight {
		// Proof size: measured `1977`, estimated `26793`.
		// Minimum execution time: 109_883_000 ps.
		Weight::from_parts(148_580_000, 26793)
			.saturating_add(T::DbWeight::get().reads(20))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Lending::Markets` (r:9 w:0)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Collateral` (r:8 w:1)
	/// Proof: `Lending::Collateral` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Lending::Borrows` (r:8 w:0)
	/// Proof: `Lending::Borrows` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:8 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:8 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
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
		// Proof size: measured `11331`, estimated `329694`.
		// Minimum execution time: 1_207_925_000 ps.
		Weight::from_parts(1_865_823_000, 329694)
			.saturating_add(T::DbWeight::get().reads(182))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Lending::Markets` (r:9 w:2)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:9 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Lending::IsolatedIn` (r:1 w:0)
	/// Proof: `Lending::IsolatedIn` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
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
		// Proof size: measured `13139`, estimated `329694`.
		// Minimum execution time: 1_138_732_000 ps.
		Weight::from_parts(1_766_675_000, 329694)
			.saturating_add(T::DbWeight::get().reads(194))
			.saturating_add(T::DbWeight::get().writes(16))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn add_reserves() -> Weight {
		// Proof size: measured `1462`, estimated `6196`.
		// Minimum execution time: 82_102_000 ps.
		Weight::from_parts(126_148_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Lending::Markets` (r:1 w:1)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Governance::SpentInBlock` (r:1 w:1)
	/// Proof: `Governance::SpentInBlock` (`max_values`: Some(1), `max_size`: Some(20), added: 515, mode: `MaxEncodedLen`)
	/// Storage: `Governance::Parameters` (r:1 w:0)
	/// Proof: `Governance::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn reduce_reserves() -> Weight {
		// Proof size: measured `1141`, estimated `6196`.
		// Minimum execution time: 77_134_000 ps.
		Weight::from_parts(121_931_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Lending::Markets` (r:9 w:8)
	/// Proof: `Lending::Markets` (`max_values`: None, `max_size`: Some(392), added: 2867, mode: `MaxEncodedLen`)
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
		// Proof size: measured `964 + n * (688 ±0)`, estimated `6196 + n * (2867 ±0)`.
		// Minimum execution time: 120_970_000 ps.
		Weight::from_parts(117_454_025, 6196)
			.saturating_add(Weight::from_parts(60_882_210, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2867).saturating_mul(n.into()))
	}
	/// Storage: `Lending::Parameters` (r:0 w:1)
	/// Proof: `Lending::Parameters` (`max_values`: Some(1), `max_size`: Some(38), added: 533, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 6_209_000 ps.
		Weight::from_parts(13_310_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with RocksDB database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_market() -> Weight {
		Weight::from_parts(40_731_000, 3857)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_market() -> Weight {
		Weight::from_parts(42_904_000, 3857)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn supply() -> Weight {
		Weight::from_parts(139_137_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn redeem() -> Weight {
		Weight::from_parts(1_409_474_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(187))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn borrow() -> Weight {
		Weight::from_parts(1_363_256_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(187))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn borrow_isolated() -> Weight {
		Weight::from_parts(1_412_299_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(191))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn repay() -> Weight {
		Weight::from_parts(210_222_000, 8817)
			.saturating_add(RocksDbWeight::get().reads(14))
			.saturating_add(RocksDbWeight::get().writes(9))
	}
	fn enable_collateral() -> Weight {
		Weight::from_parts(148_580_000, 26793)
			.saturating_add(RocksDbWeight::get().reads(20))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn disable_collateral() -> Weight {
		Weight::from_parts(1_865_823_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(182))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn liquidate() -> Weight {
		Weight::from_parts(1_766_675_000, 329694)
			.saturating_add(RocksDbWeight::get().reads(194))
			.saturating_add(RocksDbWeight::get().writes(16))
	}
	fn add_reserves() -> Weight {
		Weight::from_parts(126_148_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn reduce_reserves() -> Weight {
		Weight::from_parts(121_931_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn claim_rewards(n: u32, ) -> Weight {
		Weight::from_parts(117_454_025, 6196)
			.saturating_add(Weight::from_parts(60_882_210, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2867).saturating_mul(n.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(13_310_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
